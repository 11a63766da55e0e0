// SQS's write-ahead journal (see persistence.ts): after each operation that changed a queue and before
// its answer goes out, the changed queue or messages are recorded as they now are, so a message answered
// 200 is on disk even if the process is killed before the next snapshot. Records hold whole states
// (a message as stored, a queue's settings), never operations, so replaying them over a snapshot is
// exact: no ids, handles or timestamps are made up again.
//
// Not journaled (the next snapshot, within 50 ms, holds them): messages moved to a dead-letter queue by
// a receive. Lost with a kill in that window, such a message is moved again on its next receive.
import type { AwsRequest, AwsResponse, Journaled } from '../../types';
import { messageIdOfHandle, queueNameOf, type Queue, type SqsModel, type SqsSnapshot, type StoredMessage, type StoredQueue } from './model';

export type SqsRecord =
  /** A queue created, or its attributes or tags changed. */
  | { queue: Omit<StoredQueue, 'messages'> }
  /** A queue deleted, and when (its name's cooldown runs from then, also across a restart). */
  | { deleteQueue: string; at?: number }
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

/**
 * A top-level string member read without parsing the whole body (a send carries up to 1 MiB of message).
 * A key inside a string value has its quotes escaped, so only real members match; a value with escapes of
 * its own is left to the full parse.
 */
function stringMember(text: string, name: string): string | undefined {
  const match = new RegExp(`"${name}"\\s*:\\s*"([^"\\\\]*)"`).exec(text);
  return match ? match[1] : undefined;
}

/** Every MessageId in an answer (SendMessage, SendMessageBatch's Successful, ReceiveMessage's Messages). */
function messageIds(text: string): string[] {
  return [...text.matchAll(/"MessageId"\s*:\s*"([0-9a-f-]{36})"/g)].map((match) => match[1]);
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
    this.append?.({ deleteQueue: keyOf(region, name), at: Date.now() });
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
    const text = request.body.toString('utf8');
    const sends = target === 'SendMessage' || target === 'SendMessageBatch' || target === 'ReceiveMessage';
    const quick = sends ? stringMember(text, 'QueueUrl') : undefined;
    const input = quick === undefined ? parse(text) : {};
    const queueName = quick ?? (typeof input.QueueUrl === 'string' ? input.QueueUrl : typeof input.QueueName === 'string' ? input.QueueName : '');
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
    if (sends) {
      ids.push(...messageIds(typeof response.body === 'string' ? response.body : response.body.toString('utf8')));
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

  /** The snapshot (this version's, or the bare queue list earlier versions wrote) with the records applied. */
  replay(snapshot: unknown, records: unknown[]): SqsSnapshot {
    const base = (Array.isArray(snapshot) ? { queues: snapshot as StoredQueue[], deletedAt: {} } : (snapshot as SqsSnapshot | undefined)) ?? { queues: [], deletedAt: {} };
    const deletedAt: Record<string, number> = { ...base.deletedAt };
    const queues = new Map<string, Omit<StoredQueue, 'messages'> & { messages: Map<string, StoredMessage> }>();
    for (const stored of base.queues ?? []) {
      queues.set(keyOf(stored.region, stored.name), { ...stored, messages: new Map(stored.messages.map((m) => [m.id, m])) });
    }
    for (const record of records as SqsRecord[]) {
      if ('queue' in record) {
        const key = keyOf(record.queue.region, record.queue.name);
        queues.set(key, { ...record.queue, messages: queues.get(key)?.messages ?? new Map() });
      } else if ('deleteQueue' in record) {
        queues.delete(record.deleteQueue);
        if (record.at !== undefined) deletedAt[record.deleteQueue] = record.at;
      } else if ('purge' in record) {
        queues.get(record.purge)?.messages.clear();
      } else if ('message' in record) {
        queues.get(record.in)?.messages.set(record.message.id, record.message);
      } else {
        queues.get(record.in)?.messages.delete(record.deleteMessage);
      }
    }
    return { queues: [...queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] })), deletedAt };
  }
}
