// The send queue, as this run sees it: receive with long polling, keep and delete this run's messages, set every
// other message aside until the demo ends (then hand it back), and clean up what an earlier attempt left behind.
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message as SqsMessage,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { RunInfo } from '../context';
import { waitFor } from '../wait';
import type { WaitLimits } from './sfn-retry';

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
  /** Messages of others received and set aside by this call (kept invisible until the demo ends). */
  setAside: number;
  /** Leftovers of an earlier attempt of this workflow run, deleted. */
  cleaned: number;
  /** ReceiveMessage calls made. */
  polls: number;
}

/** SQS's longest long poll. */
const MAX_WAIT_SECONDS = 20;
/** SQS's longest visibility timeout: 12 hours. */
const MAX_VISIBILITY_SECONDS = 43_200;
/** Entries per ChangeMessageVisibilityBatch / DeleteMessageBatch call. */
const BATCH = 10;

const attribute = (message: SqsMessage, name: string): string | undefined => message.MessageAttributes?.[name]?.StringValue;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function batchFailures(what: string, failed: { Id?: string; Code?: string; Message?: string }[] | undefined): void {
  if (failed && failed.length > 0) {
    throw new Error(`${what} failed for ${failed.length} message(s): ${failed.map((f) => `${f.Code ?? '?'} ${f.Message ?? ''}`.trim()).join('; ')}`);
  }
}

/**
 * Messages of others (other runs, other users of the queue) that this demo received: kept invisible while the demo
 * runs, so that each comes back to this demo's receives at most once and never crowds out its own messages, then
 * released (visibility 0) at the demo's end for whoever is waiting for them. Nothing else about them is changed:
 * they are never deleted. Their invisibility never outlasts the demo's deadline (nor SQS's 12-hour maximum), so a
 * demo killed before its end hands them back by itself.
 */
export class ForeignMessages {
  /** Receipt handle of each message set aside, by MessageId. */
  private readonly handles = new Map<string, string>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly limits: Pick<WaitLimits, 'deadline' | 'now'>,
  ) {}

  /** Distinct foreign messages received so far. */
  get received(): number {
    return this.seen.size;
  }

  /** Seconds until the deadline, at least 1 and at most SQS's 12 hours. */
  visibilitySeconds(): number {
    const now = (this.limits.now ?? Date.now)();
    return Math.max(1, Math.min(MAX_VISIBILITY_SECONDS, Math.ceil((this.limits.deadline - now) / 1000)));
  }

  /** Makes the messages invisible until the deadline; returns how many were new to this demo. */
  async setAside(messages: SqsMessage[]): Promise<number> {
    let fresh = 0;
    for (const message of messages) {
      const id = message.MessageId ?? message.ReceiptHandle ?? '';
      if (!this.seen.has(id)) fresh += 1;
      this.seen.add(id);
    }
    const visibility = this.visibilitySeconds();
    for (const batch of chunks(messages, BATCH)) {
      const answer = await this.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: batch.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: visibility })),
        }),
      );
      const failed = new Set((answer.Failed ?? []).map((f) => f.Id));
      // A message whose change failed (deleted by its owner meanwhile) is simply not held.
      batch.forEach((m, i) => {
        if (!failed.has(String(i)) && m.ReceiptHandle) this.handles.set(m.MessageId ?? m.ReceiptHandle, m.ReceiptHandle);
      });
    }
    return fresh;
  }

  /** Makes every message set aside visible again at once; returns how many were released and how many could not be. */
  async release(): Promise<{ released: number; failed: number }> {
    const entries = [...this.handles.values()];
    this.handles.clear();
    let failed = 0;
    for (const batch of chunks(entries, BATCH)) {
      try {
        const answer = await this.sqs.send(
          new ChangeMessageVisibilityBatchCommand({
            QueueUrl: this.queueUrl,
            Entries: batch.map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle, VisibilityTimeout: 0 })),
          }),
        );
        failed += answer.Failed?.length ?? 0;
      } catch {
        // They come back by themselves at the deadline.
        failed += batch.length;
      }
    }
    return { released: entries.length - failed, failed };
  }
}

/**
 * Whether a message_id is a leftover of an earlier attempt of this workflow run: ids are
 * `<runId>-<attempt>-<index>-<8 hex>` (messageIdFor). An earlier attempt has ended before a re-run starts, so its
 * messages are this action's and nobody waits for them; the same attempt is not matched (a parallel job of the same
 * run shares it).
 */
export function leftoverOfEarlierAttempt(run: Pick<RunInfo, 'runId' | 'runAttempt'>): (messageId: string) => boolean {
  return (messageId) => {
    const match = /^(\d+)-(\d+)-\d+-[0-9a-f]{8}$/.exec(messageId);
    return match !== null && Number(match[1]) === run.runId && Number(match[2]) < run.runAttempt;
  };
}

/**
 * Receives until every expected message has arrived or the deadline passes (WaitTimeoutError saying how many
 * came). Ours are deleted in one DeleteMessageBatch per receive (a duplicate delivery too, counted once); leftovers
 * of an earlier attempt of this run are deleted; every other message is set aside in `foreign` (released by the
 * caller at its end; without `foreign`, before this returns). Receives follow each other at once while messages
 * come, so a queue full of others' messages is worked through before the next pause.
 */
export async function receiveExpected(
  sqs: SQSClient,
  queueUrl: string,
  expected: ExpectedMessage[],
  limits: WaitLimits & {
    /** Called after each poll that left messages missing, e.g. to fail early when the sending run has failed. */
    whileWaiting?: () => Promise<unknown>;
    foreign?: ForeignMessages;
    isLeftover?: (messageId: string) => boolean;
  },
): Promise<ReceiveResult> {
  const now = limits.now ?? Date.now;
  const wanted = new Map(expected.map((m) => [m.message_id, m]));
  const result: ReceiveResult = { received: [], mismatches: [], setAside: 0, cleaned: 0, polls: 0 };
  const seen = new Set<string>();
  const foreign = limits.foreign ?? new ForeignMessages(sqs, queueUrl, limits);

  const receiveOnce = async (): Promise<number> => {
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
    const leftovers: SqsMessage[] = [];
    const others: SqsMessage[] = [];
    for (const message of answer.Messages ?? []) {
      const id = attribute(message, 'message_id');
      if (id !== undefined && wanted.has(id)) ours.push(message);
      else if (id !== undefined && limits.isLeftover?.(id)) leftovers.push(message);
      else others.push(message);
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
    const toDelete = [...ours, ...leftovers];
    await Promise.all([
      toDelete.length > 0 &&
        sqs
          .send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: toDelete.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
            }),
          )
          .then((deleted) => batchFailures('DeleteMessageBatch', deleted.Failed)),
      others.length > 0 &&
        foreign.setAside(others).then((fresh) => {
          result.setAside += fresh;
        }),
    ]);
    result.cleaned += leftovers.length;
    return answer.Messages?.length ?? 0;
  };

  try {
    await waitFor(
      async () => {
        // Drain: receive again at once while messages keep coming (others' are set aside, so each comes once).
        let came = 0;
        for (let got = await receiveOnce(); got > 0; got = await receiveOnce()) {
          came += got;
          if (seen.size >= wanted.size || now() >= limits.deadline) break;
        }
        if (seen.size >= wanted.size) return { done: true, value: undefined };
        await limits.whileWaiting?.();
        // Messages came: the queue is moving, receive again at once; an empty long poll is the idle case.
        return { done: false, seen: `${seen.size}/${wanted.size} of this run's messages received`, progressed: came > 0 };
      },
      {
        ...limits,
        what: `${wanted.size} message(s) of this run on ${queueUrl}`,
        // Long polling does the waiting; the short pause only spares an endpoint that answers empty polls at once.
        initialDelayMs: 100,
        maxDelayMs: 1000,
        progressDelayMs: 0,
      },
    );
  } finally {
    if (!limits.foreign) await foreign.release();
  }
  return result;
}
