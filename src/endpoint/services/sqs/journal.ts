// SQS's write-ahead journal (see persistence.ts): after each operation that changed a queue and before
// its answer goes out, the changed queue or messages are recorded as they now are, so a message answered
// 200 is on disk even if the process is killed before the next snapshot. Records hold whole states
// (a message as stored, a queue's settings), never operations, so replaying them over a snapshot is
// exact: no ids, handles or timestamps are made up again.
//
// Not journaled (the next snapshot, within 50 ms, holds them): messages moved to a dead-letter queue by
// a receive. Lost with a kill in that window, such a message is moved again on its next receive.
import type { AwsRequest, AwsResponse, Journaled } from '../../types';
import { messageIdOfHandle, queueNameOf, type Queue, type SqsModel, type StoredMessage, type StoredQueue } from './model';

export type SqsRecord =
  /** A queue created, or its attributes or tags changed. */
  | { queue: Omit<StoredQueue, 'messages'> }
  | { deleteQueue: string }
  | { purge: string }
  /** A message sent, received, or its visibility changed: its whole stored state. */
  | { in: string; message: StoredMessage }
  | { in: string; deleteMessage: string };

const QUEUE_CHANGES = new Set(['CreateQueue', 'SetQueueAttributes', 'TagQueue', 'UntagQueue']);

function keyOf(region: string, name: string): string {
  return `${region}/${name}`;
}

function queueRecord(queue: Queue): SqsRecord {
  const { messages: _messages, ...settings } = queue;
  return { queue: settings };
}

function parse(text: string | Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text.toString());
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function entries(input: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(input.Entries) ? (input.Entries as Record<string, unknown>[]) : [];
}

export class SqsJournal implements Journaled {
  private append?: (record: SqsRecord) => void;

  constructor(private readonly model: SqsModel) {}

  attach(append: (record: unknown) => void): void {
    this.append = append;
  }

  /** Whether changes are being journaled (only with a state directory). */
  get active(): boolean {
    return this.append !== undefined;
  }

  /** A queue's settings as they now are (created by CloudFormation, say). */
  queueChanged(queue: Queue | undefined): void {
    if (queue) this.append?.(queueRecord(queue));
  }

  queueDeleted(region: string, name: string): void {
    this.append?.({ deleteQueue: keyOf(region, name) });
  }

  /** A message as it is now stored, or its deletion when it is gone. */
  messageChanged(queue: Queue, id: string): void {
    const message = queue.messages.get(id);
    this.append?.(message ? { in: keyOf(queue.region, queue.name), message } : { in: keyOf(queue.region, queue.name), deleteMessage: id });
  }

  /** Records what a wire operation answered with 200 changed; called before the answer is sent. */
  recordWire(request: AwsRequest, response: AwsResponse): void {
    const append = this.append;
    const target = request.target;
    if (!append || response.status !== 200 || !target) return;
    if (target.startsWith('Get') || target.startsWith('List')) return;
    const input = parse(request.body);
    const queueName = typeof input.QueueUrl === 'string' ? input.QueueUrl : typeof input.QueueName === 'string' ? input.QueueName : '';
    if (target === 'DeleteQueue') {
      const name = queueNameOf(queueName);
      if (name) this.queueDeleted(request.region, name);
      return;
    }
    const queue = this.model.findQueue(request.region, queueName);
    if (!queue) return;
    if (QUEUE_CHANGES.has(target)) return this.queueChanged(queue);
    if (target === 'PurgeQueue') return append({ purge: keyOf(queue.region, queue.name) });
    const ids: string[] = [];
    if (target === 'SendMessage' || target === 'SendMessageBatch' || target === 'ReceiveMessage') {
      const output = parse(typeof response.body === 'string' ? response.body : response.body.toString('utf8'));
      if (typeof output.MessageId === 'string') ids.push(output.MessageId);
      for (const list of [output.Successful, output.Messages]) {
        if (Array.isArray(list)) for (const item of list as { MessageId?: unknown }[]) if (typeof item.MessageId === 'string') ids.push(item.MessageId);
      }
    } else {
      // Deletes and visibility changes name their messages by receipt handle.
      const handles = [input.ReceiptHandle, ...entries(input).map((entry) => entry.ReceiptHandle)];
      for (const handle of handles) {
        const id = typeof handle === 'string' ? messageIdOfHandle(handle) : undefined;
        if (id) ids.push(id);
      }
    }
    for (const id of ids) this.messageChanged(queue, id);
  }

  replay(snapshot: unknown, records: unknown[]): StoredQueue[] {
    const queues = new Map<string, Omit<StoredQueue, 'messages'> & { messages: Map<string, StoredMessage> }>();
    for (const stored of (snapshot as StoredQueue[] | undefined) ?? []) {
      queues.set(keyOf(stored.region, stored.name), { ...stored, messages: new Map(stored.messages.map((m) => [m.id, m])) });
    }
    for (const record of records as SqsRecord[]) {
      if ('queue' in record) {
        const key = keyOf(record.queue.region, record.queue.name);
        queues.set(key, { ...record.queue, messages: queues.get(key)?.messages ?? new Map() });
      } else if ('deleteQueue' in record) {
        queues.delete(record.deleteQueue);
      } else if ('purge' in record) {
        queues.get(record.purge)?.messages.clear();
      } else if ('message' in record) {
        queues.get(record.in)?.messages.set(record.message.id, record.message);
      } else {
        queues.get(record.in)?.messages.delete(record.deleteMessage);
      }
    }
    return [...queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] }));
  }
}
