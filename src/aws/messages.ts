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

/** AWS limits: BatchWriteItem takes 25 requests, BatchGetItem 100 keys, TransactWriteItems 100 actions (4 MB in all). */
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

/**
 * Writes the items, 100 per TransactWriteItems call (a quarter of the calls BatchWriteItem's 25 would take), within
 * the transaction's 4 MB; where the endpoint has no transactions, with BatchWriteItem. Items are new (ids unique to
 * the run), so a transaction cancelled by a conflict or throttling is simply sent again after a back-off.
 */
export async function putMessages(docs: DynamoDBDocumentClient, tableName: string, items: StoredMessage[], options: BatchOptions): Promise<void> {
  const transactions = bySize(items, TRANSACT_BATCH, TRANSACT_BYTES);
  for (let index = 0; index < transactions.length; index += 1) {
    const outcome = await putInTransaction(docs, tableName, transactions[index], options);
    if (outcome === 'unsupported') return putInBatches(docs, tableName, transactions.slice(index).flat(), options);
  }
}

/** DynamoDB's cap on a transaction's total size is 4 MB; items are measured generously to stay well inside it. */
const TRANSACT_BYTES = 3 * 1024 * 1024;

/** An item's size as DynamoDB counts it (attribute names and values in UTF-8), rounded up with room to spare. */
function itemBytes(item: StoredMessage): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(String(value)) + 8, 100);
}

/** Consecutive groups of at most `count` items and `bytes` bytes (an item larger than `bytes` goes alone). */
function bySize(items: StoredMessage[], count: number, bytes: number): StoredMessage[][] {
  const groups: StoredMessage[][] = [];
  let group: StoredMessage[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = itemBytes(item);
    if (group.length > 0 && (group.length >= count || size + itemSize > bytes)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += itemSize;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

async function putInTransaction(docs: DynamoDBDocumentClient, tableName: string, items: StoredMessage[], options: BatchOptions): Promise<'done' | 'unsupported'> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await docs.send(new TransactWriteCommand({ TransactItems: items.map((item) => ({ Put: { TableName: tableName, Item: { ...item } } })) }));
      return 'done';
    } catch (err) {
      if (attempt === 0 && isUnsupported(err)) return 'unsupported';
      if (errorName(err) !== 'TransactionCanceledException') throw err;
      if (attempt + 1 >= MAX_BATCH_ATTEMPTS) {
        throw new Error(`DynamoDB did not write ${items.length} message(s) into ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`, { cause: err });
      }
      // A conflict or throttling (the items are new: no condition can fail): wait a little before trying again.
      await backOff(attempt + 1, options);
    }
  }
}

/** Writes the items with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
async function putInBatches(docs: DynamoDBDocumentClient, tableName: string, items: StoredMessage[], options: BatchOptions): Promise<void> {
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

const keyOf = (key: MessageKey): string => `${key.user_name}\u0000${key.message_id}`;

/**
 * Follows which of this run's items the pump has marked sent, for as little reading as possible: a check reads only
 * items not yet seen sent, 100 keys per BatchGetItem, and goes on to the next 100 only while the batch it read came
 * back all sent. The pump marks items in its scan's order, not ours, so a batch that is not all sent yet says the
 * run is not done; every batch is read again only once each earlier one is complete. A check costs one read while
 * the pump is at work and ceil(n/100) reads in all at its end, never more than one read per 100 messages.
 */
export class SentFlags {
  /** Not yet seen sent, in the caller's order. */
  private readonly pending: MessageKey[];
  readonly total: number;

  constructor(
    private readonly docs: DynamoDBDocumentClient,
    private readonly tableName: string,
    keys: MessageKey[],
    private readonly options: BatchOptions,
  ) {
    this.pending = [...keys];
    this.total = keys.length;
  }

  /** Items seen sent so far (once seen sent, an item is not read again). */
  get sent(): number {
    return this.total - this.pending.length;
  }

  get done(): boolean {
    return this.pending.length === 0;
  }

  /** One check; returns how many items were newly seen sent. */
  async check(): Promise<number> {
    let turned = 0;
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, READ_BATCH);
      const stored = await readMessages(this.docs, this.tableName, batch, this.options);
      const sent = new Set(stored.filter((m) => m.sent === true).map((m) => keyOf(m)));
      const left = batch.filter((key) => !sent.has(keyOf(key)));
      this.pending.splice(0, batch.length, ...left);
      turned += batch.length - left.length;
      // Some of this batch still unsent: the run has not finished, the later batches can wait for the next check.
      if (left.length > 0) break;
    }
    return turned;
  }
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
