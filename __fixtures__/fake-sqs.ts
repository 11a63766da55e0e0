// An SQS queue in miniature behind aws-sdk-client-mock, with visibility timeouts on the test's clock: a received
// message is invisible for the queue's default 30 s unless its visibility is changed; every receive and every
// change is recorded per message, so tests can count how often each was received and what was done to it.
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { AwsClientStub } from 'aws-sdk-client-mock';

export interface QueuedMessage {
  message: Message;
  invisibleUntil: number;
  receives: number;
  /** Visibility timeouts set on it, in order. */
  visibilityChanges: number[];
  deleted: boolean;
}

const DEFAULT_VISIBILITY_MS = 30_000;

export class FakeQueue {
  messages: QueuedMessage[] = [];
  private handles = new Map<string, QueuedMessage>();
  private handleCount = 0;
  /** Called before each receive (e.g. to let a fake pump send). */
  beforeReceive: () => void = () => undefined;

  constructor(
    private readonly mock: AwsClientStub<SQSClient>,
    private readonly now: () => number,
  ) {}

  /** Queues a message with `message_id` and `user` attributes, as the pump sends them. */
  send(messageId: string, user: string, body: string): QueuedMessage {
    const queued: QueuedMessage = {
      message: {
        MessageId: `sqs-${messageId}-${this.messages.length}`,
        Body: body,
        MessageAttributes: { user: { DataType: 'String', StringValue: user }, message_id: { DataType: 'String', StringValue: messageId } },
      },
      invisibleUntil: 0,
      receives: 0,
      visibilityChanges: [],
      deleted: false,
    };
    this.messages.push(queued);
    return queued;
  }

  visible(): QueuedMessage[] {
    return this.messages.filter((m) => !m.deleted && m.invisibleUntil <= this.now());
  }

  install(): this {
    this.mock.on(ReceiveMessageCommand).callsFake(async (input: { MaxNumberOfMessages?: number }) => {
      this.beforeReceive();
      const batch = this.visible().slice(0, input.MaxNumberOfMessages ?? 1);
      return {
        Messages: batch.map((queued) => {
          queued.receives += 1;
          queued.invisibleUntil = this.now() + DEFAULT_VISIBILITY_MS;
          this.handleCount += 1;
          const handle = `rh-${this.handleCount}`;
          this.handles.set(handle, queued);
          return { ...queued.message, ReceiptHandle: handle };
        }),
      };
    });
    this.mock.on(ChangeMessageVisibilityBatchCommand).callsFake(async (input: { Entries: { Id: string; ReceiptHandle: string; VisibilityTimeout: number }[] }) => {
      const Failed: { Id: string; Code: string; SenderFault: boolean }[] = [];
      for (const entry of input.Entries) {
        const queued = this.handles.get(entry.ReceiptHandle);
        if (!queued || queued.deleted) {
          Failed.push({ Id: entry.Id, Code: 'ReceiptHandleIsInvalid', SenderFault: true });
          continue;
        }
        if (entry.VisibilityTimeout > 43_200) throw new Error('VisibilityTimeout above 12 hours');
        queued.visibilityChanges.push(entry.VisibilityTimeout);
        queued.invisibleUntil = this.now() + entry.VisibilityTimeout * 1000;
      }
      return { Successful: input.Entries.filter((e) => !Failed.some((f) => f.Id === e.Id)).map((e) => ({ Id: e.Id })), Failed };
    });
    this.mock.on(DeleteMessageBatchCommand).callsFake(async (input: { Entries: { Id: string; ReceiptHandle: string }[] }) => {
      for (const entry of input.Entries) {
        const queued = this.handles.get(entry.ReceiptHandle);
        if (queued) queued.deleted = true;
      }
      return { Successful: input.Entries.map((e) => ({ Id: e.Id })), Failed: [] };
    });
    return this;
  }
}
