// What an earlier attempt of this workflow run left in the message table: its items that were never sent (a
// cancelled or failed demo). The demo's runs are scoped to their own attempt's ids, so nothing would ever process
// these; they are this action's own data and nobody waits for them, so a re-run deletes them. Only a re-run looks
// (attempt > 1), and only at ids of this run: others' items are never read back or written.
import { BatchWriteCommand, paginateScan, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RunInfo } from '../context';
import type { BatchOptions, MessageKey } from './messages';
import { leftoverOfEarlierAttempt } from './queue';

/** BatchWriteItem takes 25 requests; unprocessed ones are sent again this many times at most. */
const WRITE_BATCH = 25;
const MAX_BATCH_ATTEMPTS = 8;

/** This run's earlier attempts' unsent items in the table (one Scan, filtered on this run's id prefix). */
export async function findEarlierAttemptItems(
  docs: DynamoDBDocumentClient,
  tableName: string,
  run: Pick<RunInfo, 'runId' | 'runAttempt'>,
): Promise<MessageKey[]> {
  if (run.runAttempt <= 1) return [];
  const isLeftover = leftoverOfEarlierAttempt(run);
  const found: MessageKey[] = [];
  const pages = paginateScan(
    { client: docs },
    {
      TableName: tableName,
      FilterExpression: '#sent = :unsent AND begins_with(#id, :run)',
      ProjectionExpression: '#user, #id',
      ExpressionAttributeNames: { '#sent': 'sent', '#user': 'user_name', '#id': 'message_id' },
      ExpressionAttributeValues: { ':unsent': false, ':run': `${run.runId}-` },
    },
  );
  for await (const page of pages) {
    for (const item of (page.Items ?? []) as MessageKey[]) if (isLeftover(item.message_id)) found.push({ user_name: item.user_name, message_id: item.message_id });
  }
  return found;
}

/** Deletes the keys with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
async function deleteKeys(docs: DynamoDBDocumentClient, tableName: string, keys: MessageKey[], options: BatchOptions): Promise<void> {
  for (let first = 0; first < keys.length; first += WRITE_BATCH) {
    let requests = keys.slice(first, first + WRITE_BATCH).map((Key) => ({ DeleteRequest: { Key: { ...Key } } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error(`DynamoDB left ${requests.length} leftover message(s) undeleted in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
      if (attempt > 0) await options.sleep(Math.random() * Math.min(5000, 100 * 2 ** attempt), options.signal);
      const answer = await docs.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (answer.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** Deletes the unsent items earlier attempts of this run left in the table; returns their ids. */
export async function cleanEarlierAttempts(
  docs: DynamoDBDocumentClient,
  tableName: string,
  run: Pick<RunInfo, 'runId' | 'runAttempt'>,
  options: BatchOptions,
): Promise<string[]> {
  const leftovers = await findEarlierAttemptItems(docs, tableName, run);
  await deleteKeys(docs, tableName, leftovers, options);
  return leftovers.map((key) => key.message_id);
}
