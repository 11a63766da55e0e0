// The message table, as this run sees it: put this run's messages, read them back, reset them. Other items are
// never read or written: every call names this run's keys (message ids unique to the run).
import { randomBytes } from 'node:crypto';
import { BatchGetCommand, BatchWriteCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RunInfo } from '../context';
import type { Message } from '../inputs';
import type { Sleep } from '../wait';

/** The table's key: partition user_name, sort message_id. */
export interface MessageKey {
  user_name: string;
  message_id: string;
}

export interface StoredMessage extends MessageKey {
  message: string;
  sent: boolean;
}

/** AWS limits: BatchWriteItem takes 25 requests, BatchGetItem 100 keys, TransactWriteItems 100 actions. */
const WRITE_BATCH = 25;
const READ_BATCH = 100;
const TRANSACT_BATCH = 100;
/** How many times unprocessed items are sent again before giving up (DynamoDB asks callers to back off and retry). */
const MAX_BATCH_ATTEMPTS = 8;
/** UpdateItem calls in flight at once when resetting one by one (endpoints without transactions). */
const RESET_CONCURRENCY = 10;

export interface BatchOptions {
  sleep: Sleep;
  signal?: AbortSignal;
}

/** A message id unique to this workflow run and attempt: `<runId>-<attempt>-<index>-<random>`. */
export function messageIdFor(run: RunInfo, index: number): string {
  return `${run.runId}-${run.runAttempt}-${index}-${randomBytes(4).toString('hex')}`;
}

/**
 * The prefix every message_id of this workflow run's attempt starts with (messageIdFor): handed to the pump's runs as
 * their `scope`, so the demo's runs process only this attempt's messages and never another's unsent items.
 */
export function messageScope(run: Pick<RunInfo, 'runId' | 'runAttempt'>): string {
  return `${run.runId}-${run.runAttempt}-`;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Full-jitter exponential back-off before retrying unprocessed items. */
function backOff(attempt: number, options: BatchOptions): Promise<void> {
  return options.sleep(Math.random() * Math.min(5000, 100 * 2 ** attempt), options.signal);
}

/** The messages as items of this run (sent=false), ids numbered from `firstIndex`. */
export function newMessages(run: RunInfo, messages: Message[], firstIndex = 0): StoredMessage[] {
  return messages.map((m, i) => ({
    user_name: m.user_name,
    message: m.message,
    message_id: messageIdFor(run, firstIndex + i),
    sent: false,
  }));
}

/** Writes the items with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
export async function putMessages(docs: DynamoDBDocumentClient, tableName: string, items: StoredMessage[], options: BatchOptions): Promise<void> {
  for (const batch of chunks(items, WRITE_BATCH)) {
    let requests = batch.map((item) => ({ PutRequest: { Item: { ...item } } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt >= MAX_BATCH_ATTEMPTS) {
        throw new Error(`DynamoDB left ${requests.length} message(s) unwritten in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
      }
      if (attempt > 0) await backOff(attempt, options);
      const answer = await docs.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (answer.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** This run's items as they are now (BatchGetItem, 100 keys a call); items that no longer exist are absent. */
export async function readMessages(docs: DynamoDBDocumentClient, tableName: string, keys: MessageKey[], options: BatchOptions): Promise<StoredMessage[]> {
  const found: StoredMessage[] = [];
  for (const batch of chunks(keys, READ_BATCH)) {
    let wanted: Record<string, unknown>[] = batch.map((key) => ({ user_name: key.user_name, message_id: key.message_id }));
    for (let attempt = 0; wanted.length > 0; attempt += 1) {
      if (attempt >= MAX_BATCH_ATTEMPTS) {
        throw new Error(`DynamoDB left ${wanted.length} message(s) unread in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
      }
      if (attempt > 0) await backOff(attempt, options);
      const answer = await docs.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: wanted,
              // Strongly consistent: the check must see the pump's latest write, not an older replica.
              ConsistentRead: true,
              ProjectionExpression: '#u, #m, #b, #s',
              ExpressionAttributeNames: { '#u': 'user_name', '#m': 'message_id', '#b': 'message', '#s': 'sent' },
            },
          },
        }),
      );
      found.push(...((answer.Responses?.[tableName] ?? []) as StoredMessage[]));
      wanted = answer.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return found;
}

/** Runs `work` over the items with at most `limit` in flight. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The update that marks one of this run's items not sent; the condition keeps a deleted item deleted. */
function unsentUpdate(tableName: string, key: MessageKey) {
  return {
    TableName: tableName,
    Key: { user_name: key.user_name, message_id: key.message_id },
    UpdateExpression: 'SET #s = :unsent',
    ConditionExpression: 'attribute_exists(#m)',
    ExpressionAttributeNames: { '#s': 'sent', '#m': 'message_id' },
    ExpressionAttributeValues: { ':unsent': false },
  };
}

const errorName = (err: unknown): string => (err instanceof Error ? err.name : '');

/** Endpoints without TransactWriteItems (dynalite, so the local endpoint) answer with these. */
function isUnsupported(err: unknown): boolean {
  return ['UnknownOperationException', 'NotImplementedException'].includes(errorName(err)) || /not (yet )?implemented/i.test((err as Error)?.message ?? '');
}

/**
 * Resets up to 100 items in one TransactWriteItems call. A transaction fails as a whole when one condition
 * fails, so items found gone are dropped and the rest sent again. Returns how many were reset, or 'unsupported'.
 */
async function resetInTransaction(
  docs: DynamoDBDocumentClient,
  tableName: string,
  keys: MessageKey[],
  options: BatchOptions,
): Promise<number | 'unsupported'> {
  let pending = keys;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error(`DynamoDB did not reset ${pending.length} message(s) in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
    try {
      await docs.send(new TransactWriteCommand({ TransactItems: pending.map((key) => ({ Update: unsentUpdate(tableName, key) })) }));
      return pending.length;
    } catch (err) {
      if (attempt === 0 && isUnsupported(err)) return 'unsupported';
      if (errorName(err) !== 'TransactionCanceledException') throw err;
      const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      const gone = new Set(reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : [])));
      if (gone.size > 0) pending = pending.filter((_, index) => !gone.has(index));
      // A conflict or throttling, not a missing item: wait a little before trying again.
      else await backOff(attempt + 1, options);
    }
  }
  return 0;
}

/** Resets items one UpdateItem at a time (bounded concurrency), skipping those gone. */
async function resetEach(docs: DynamoDBDocumentClient, tableName: string, keys: MessageKey[]): Promise<number> {
  const outcomes = await inParallel(keys, RESET_CONCURRENCY, async (key) => {
    try {
      await docs.send(new UpdateCommand(unsentUpdate(tableName, key)));
      return true;
    } catch (err) {
      if (errorName(err) === 'ConditionalCheckFailedException') return false;
      throw err;
    }
  });
  return outcomes.filter(Boolean).length;
}

/**
 * Sets sent=false on this run's items, 100 per TransactWriteItems call (one UpdateItem each where the endpoint
 * has no transactions). Conditional, so a deleted item is not recreated. Returns how many were reset.
 */
export async function resetMessages(
  docs: DynamoDBDocumentClient,
  tableName: string,
  keys: MessageKey[],
  options: BatchOptions,
): Promise<number> {
  let reset = 0;
  for (let first = 0; first < keys.length; first += TRANSACT_BATCH) {
    const outcome = await resetInTransaction(docs, tableName, keys.slice(first, first + TRANSACT_BATCH), options);
    if (outcome === 'unsupported') return reset + (await resetEach(docs, tableName, keys.slice(first)));
    reset += outcome;
  }
  return reset;
}
