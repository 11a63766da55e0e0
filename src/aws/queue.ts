// The send queue, as this run sees it: receive with long polling, keep and delete this run's messages, and hand
// every other message back to the queue at once (someone else may be waiting for it).
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message as SqsMessage,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { waitFor } from '../wait';
import type { WaitLimits } from './state-machine';

/** What this run expects to find on the queue, by message_id. */
export interface ExpectedMessage {
  message_id: string;
  user_name: string;
  message: string;
}

export interface ReceivedMessage {
  message_id: string;
  user?: string;
  body?: string;
}

export interface ReceiveResult {
  /** This run's messages received (first copy of each), in arrival order. */
  received: ReceivedMessage[];
  /** One line per message whose body or `user` attribute differs from what was put in the table. */
  mismatches: string[];
  /** Messages of others made visible again. */
  released: number;
  /** ReceiveMessage calls made. */
  polls: number;
}

/** SQS's longest long poll. */
const MAX_WAIT_SECONDS = 20;

const attribute = (message: SqsMessage, name: string): string | undefined => message.MessageAttributes?.[name]?.StringValue;

function batchFailures(what: string, failed: { Id?: string; Code?: string; Message?: string }[] | undefined): void {
  if (failed && failed.length > 0) {
    throw new Error(`${what} failed for ${failed.length} message(s): ${failed.map((f) => `${f.Code ?? '?'} ${f.Message ?? ''}`.trim()).join('; ')}`);
  }
}

/**
 * Receives until every expected message has arrived or the deadline passes (WaitTimeoutError saying how many
 * came). Ours are deleted in one DeleteMessageBatch per receive; others' are released at once with
 * ChangeMessageVisibilityBatch (VisibilityTimeout 0). A duplicate delivery of ours is deleted and not counted twice.
 */
export async function receiveExpected(
  sqs: SQSClient,
  queueUrl: string,
  expected: ExpectedMessage[],
  limits: WaitLimits & {
    /** Called after each poll that left messages missing, e.g. to fail early when the sending run has failed. */
    whileWaiting?: () => Promise<unknown>;
  },
): Promise<ReceiveResult> {
  const now = limits.now ?? Date.now;
  const wanted = new Map(expected.map((m) => [m.message_id, m]));
  const result: ReceiveResult = { received: [], mismatches: [], released: 0, polls: 0 };
  const seen = new Set<string>();

  const receiveOnce = async (): Promise<void> => {
    // Long poll, but never past the deadline.
    const waitSeconds = Math.max(0, Math.min(MAX_WAIT_SECONDS, Math.floor((limits.deadline - now()) / 1000)));
    const answer = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: waitSeconds,
        MessageAttributeNames: ['All'],
      }),
      { abortSignal: limits.signal },
    );
    result.polls += 1;
    const ours: SqsMessage[] = [];
    const others: SqsMessage[] = [];
    for (const message of answer.Messages ?? []) {
      const id = attribute(message, 'message_id');
      (id !== undefined && wanted.has(id) ? ours : others).push(message);
    }
    for (const message of ours) {
      const id = attribute(message, 'message_id')!;
      if (seen.has(id)) continue;
      seen.add(id);
      const want = wanted.get(id)!;
      const got: ReceivedMessage = { message_id: id, user: attribute(message, 'user'), body: message.Body };
      result.received.push(got);
      if (got.body !== want.message || got.user !== want.user_name) {
        result.mismatches.push(
          `${id}: expected user '${want.user_name}' body '${want.message}', got user '${got.user ?? '(none)'}' body '${got.body ?? '(none)'}'`,
        );
      }
    }
    await Promise.all([
      ours.length > 0 &&
        sqs
          .send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: ours.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
            }),
          )
          .then((deleted) => batchFailures('DeleteMessageBatch', deleted.Failed)),
      others.length > 0 &&
        sqs
          .send(
            new ChangeMessageVisibilityBatchCommand({
              QueueUrl: queueUrl,
              Entries: others.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
            }),
          )
          .then((changed) => {
            result.released += others.length - (changed.Failed?.length ?? 0);
          }),
    ]);
  };

  await waitFor(
    async () => {
      await receiveOnce();
      if (seen.size >= wanted.size) return { done: true, value: undefined };
      await limits.whileWaiting?.();
      return { done: false, seen: `${seen.size}/${wanted.size} of this run's messages received` };
    },
    {
      ...limits,
      what: `${wanted.size} message(s) of this run on ${queueUrl}`,
      // Long polling does the waiting; the short pause only spares an endpoint that answers empty polls at once.
      initialDelayMs: 100,
      maxDelayMs: 1000,
    },
  );
  return result;
}
