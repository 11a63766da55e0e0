import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedException, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { messageIdFor, newMessages, putMessages, readMessages, resetMessages, SentFlags } from '../../src/aws/messages';
import { createTestContext } from '../../__fixtures__/context';

const docsMock = mockClient(DynamoDBDocumentClient);
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const table = 'messages';
const run = createTestContext().run;
const options = { sleep: createTestContext().sleep };
const many = (n: number) => newMessages(run, Array.from({ length: n }, (_, i) => ({ user_name: `u${i % 3}`, message: `m${i}` })));

beforeEach(() => {
  docsMock.reset();
});

describe('message ids', () => {
  it('are unique to the run, attempt and index', () => {
    expect(messageIdFor(run, 7)).toMatch(/^42-1-7-[0-9a-f]{8}$/);
    const ids = many(50).map((m) => m.message_id);
    expect(new Set(ids).size).toBe(50);
  });

  it('number from the given index (the late message follows the seeded ones)', () => {
    expect(newMessages(run, [{ user_name: 'wills', message: 'late' }], 3)[0]).toEqual({
      user_name: 'wills',
      message: 'late',
      message_id: expect.stringMatching(/^42-1-3-/),
      sent: false,
    });
  });
});

describe('putMessages', () => {
  const unsupported = () => Object.assign(new Error('TransactWriteItems is not implemented'), { name: 'UnknownOperationException' });
  const putItems = (calls: { args: [TransactWriteCommand] }[]) => calls.flatMap((c) => c.args[0].input.TransactItems!.map((t) => t.Put!));

  it('writes 250 messages in 3 TransactWriteItems calls of at most 100 puts, all sent=false', async () => {
    docsMock.on(TransactWriteCommand).resolves({});
    const items = many(250);
    await putMessages(docs, table, items, options);
    const calls = docsMock.commandCalls(TransactWriteCommand);
    expect(calls.map((c) => c.args[0].input.TransactItems!.length)).toEqual([100, 100, 50]);
    expect(putItems(calls).map((put) => put.Item)).toEqual(items);
    expect(putItems(calls).every((put) => put.TableName === table)).toBe(true);
    expect(docsMock).toHaveReceivedCommandTimes(BatchWriteCommand, 0);
  });

  it('keeps each transaction inside DynamoDB\'s 4 MB', async () => {
    docsMock.on(TransactWriteCommand).resolves({});
    const items = newMessages(run, Array.from({ length: 30 }, () => ({ user_name: 'u', message: 'x'.repeat(200_000) })));
    await putMessages(docs, table, items, options);
    const calls = docsMock.commandCalls(TransactWriteCommand);
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) {
      const bytes = call.args[0].input.TransactItems!.reduce((sum, t) => sum + JSON.stringify(t.Put!.Item).length, 0);
      expect(bytes).toBeLessThan(4 * 1024 * 1024);
    }
    expect(putItems(calls).map((put) => put.Item)).toEqual(items);
  });

  it('sends a cancelled transaction again, and gives up after a bounded number of attempts', async () => {
    const cancelled = () => new TransactionCanceledException({ message: 'conflict', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }] });
    docsMock.on(TransactWriteCommand).rejectsOnce(cancelled()).resolves({});
    await putMessages(docs, table, many(3), options);
    expect(docsMock).toHaveReceivedCommandTimes(TransactWriteCommand, 2);
    docsMock.reset();
    docsMock.on(TransactWriteCommand).rejects(cancelled());
    await expect(putMessages(docs, table, many(3), options)).rejects.toThrow('DynamoDB did not write 3 message(s) into messages after 8 attempts');
  });

  describe('where the endpoint has no transactions', () => {
    beforeEach(() => {
      docsMock.on(TransactWriteCommand).rejects(unsupported());
    });

    it('writes 60 messages in 3 BatchWriteItem calls of at most 25, all sent=false', async () => {
      docsMock.on(BatchWriteCommand).resolves({});
      const items = many(60);
      await putMessages(docs, table, items, options);
      expect(docsMock).toHaveReceivedCommandTimes(TransactWriteCommand, 1);
      const calls = docsMock.commandCalls(BatchWriteCommand);
      expect(calls.map((c) => c.args[0].input.RequestItems![table].length)).toEqual([25, 25, 10]);
      const written = calls.flatMap((c) => c.args[0].input.RequestItems![table].map((r) => r.PutRequest!.Item));
      expect(written).toEqual(items);
    });

    it('sends unprocessed items again', async () => {
      const items = many(3);
      docsMock
        .on(BatchWriteCommand)
        .resolvesOnce({ UnprocessedItems: { [table]: [{ PutRequest: { Item: items[2] } }] } })
        .resolves({});
      await putMessages(docs, table, items, options);
      expect(docsMock).toHaveReceivedCommandTimes(BatchWriteCommand, 2);
      expect(docsMock.commandCalls(BatchWriteCommand)[1].args[0].input.RequestItems![table]).toEqual([{ PutRequest: { Item: items[2] } }]);
    });

    it('gives up after a bounded number of attempts, saying how many are left', async () => {
      const items = many(2);
      docsMock.on(BatchWriteCommand).resolves({ UnprocessedItems: { [table]: [{ PutRequest: { Item: items[0] } }] } });
      await expect(putMessages(docs, table, items, options)).rejects.toThrow('DynamoDB left 1 message(s) unwritten in messages after 8 attempts');
    });
  });
});

describe('SentFlags', () => {
  /** A table in which the listed ids are sent; answers BatchGetItem for the keys asked. */
  const tableWith = (items: ReturnType<typeof many>, sentIds: Set<string>) => {
    docsMock.on(BatchGetCommand).callsFake((input: { RequestItems: Record<string, { Keys: { message_id: string }[] }> }) => {
      const asked = new Set(input.RequestItems[table].Keys.map((k) => k.message_id));
      return { Responses: { [table]: items.filter((m) => asked.has(m.message_id)).map((m) => ({ ...m, sent: sentIds.has(m.message_id) })) } };
    });
  };
  const keysRead = () => docsMock.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems![table].Keys!.map((k) => k.message_id as string));

  it('reads one batch of 100 while the first batch is not all sent, and only keys not yet seen sent', async () => {
    const items = many(250);
    const sentIds = new Set(items.filter((_, i) => i % 2 === 0).map((m) => m.message_id));
    tableWith(items, sentIds);
    const flags = new SentFlags(docs, table, items, options);
    await expect(flags.check()).resolves.toBe(50);
    expect(keysRead()).toHaveLength(1);
    expect(flags.sent).toBe(50);
    expect(flags.done).toBe(false);
    docsMock.resetHistory();
    // Next check: the 50 still unsent of the first batch, then the next 50 keys; never one seen sent.
    await flags.check();
    const read = keysRead();
    expect(read).toHaveLength(1);
    expect(read[0]).toHaveLength(100);
    expect(read[0].some((id) => sentIds.has(id) && items.findIndex((m) => m.message_id === id) < 100)).toBe(false);
  });

  it('reads on, at most one BatchGetItem per 100 messages, once every batch comes back all sent', async () => {
    const items = many(250);
    tableWith(items, new Set());
    const flags = new SentFlags(docs, table, items, options);
    await expect(flags.check()).resolves.toBe(0);
    tableWith(items, new Set(items.map((m) => m.message_id)));
    docsMock.resetHistory();
    await expect(flags.check()).resolves.toBe(250);
    expect(keysRead().map((keys) => keys.length)).toEqual([100, 100, 50]);
    expect(flags.done).toBe(true);
    expect(flags.sent).toBe(250);
  });

  it('counts an item that no longer exists as not sent', async () => {
    const items = many(2);
    docsMock.on(BatchGetCommand).resolves({ Responses: { [table]: [{ ...items[0], sent: true }] } });
    const flags = new SentFlags(docs, table, items, options);
    await expect(flags.check()).resolves.toBe(1);
    expect(flags.done).toBe(false);
  });
});

describe('readMessages', () => {
  it('reads 150 keys in 2 consistent BatchGetItem calls and follows unprocessed keys', async () => {
    const items = many(150);
    docsMock
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { [table]: items.slice(0, 99) }, UnprocessedKeys: { [table]: { Keys: [{ user_name: items[99].user_name, message_id: items[99].message_id }] } } })
      .resolvesOnce({ Responses: { [table]: [items[99]] } })
      .resolvesOnce({ Responses: { [table]: items.slice(100) } });
    const found = await readMessages(docs, table, items, options);
    expect(found).toHaveLength(150);
    const calls = docsMock.commandCalls(BatchGetCommand);
    expect(calls.map((c) => c.args[0].input.RequestItems![table].Keys!.length)).toEqual([100, 1, 50]);
    expect(calls[0].args[0].input.RequestItems![table].ConsistentRead).toBe(true);
    // Only keys are sent: never a scan of others' items.
    expect(calls[0].args[0].input.RequestItems![table].Keys![0]).toEqual({ user_name: items[0].user_name, message_id: items[0].message_id });
  });
});

describe('resetMessages', () => {
  const unsupported = () => Object.assign(new Error('TransactWriteItems is not implemented'), { name: 'UnknownOperationException' });

  it('resets 150 items in 2 TransactWriteItems calls of conditional updates', async () => {
    docsMock.on(TransactWriteCommand).resolves({});
    const items = many(150);
    await expect(resetMessages(docs, table, items, options)).resolves.toBe(150);
    const calls = docsMock.commandCalls(TransactWriteCommand);
    expect(calls.map((c) => c.args[0].input.TransactItems!.length)).toEqual([100, 50]);
    expect(calls[0].args[0].input.TransactItems![0]).toEqual({
      Update: {
        TableName: table,
        Key: { user_name: items[0].user_name, message_id: items[0].message_id },
        UpdateExpression: 'SET #s = :unsent',
        ConditionExpression: 'attribute_exists(#m)',
        ExpressionAttributeNames: { '#s': 'sent', '#m': 'message_id' },
        ExpressionAttributeValues: { ':unsent': false },
      },
    });
    expect(docsMock).toHaveReceivedCommandTimes(UpdateCommand, 0);
  });

  it('drops an item found gone (the transaction is cancelled) and resets the rest', async () => {
    const items = many(3);
    docsMock
      .on(TransactWriteCommand)
      .rejectsOnce(
        new TransactionCanceledException({
          message: 'cancelled',
          $metadata: {},
          CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
        }),
      )
      .resolves({});
    await expect(resetMessages(docs, table, items, options)).resolves.toBe(2);
    const retried = docsMock.commandCalls(TransactWriteCommand)[1].args[0].input.TransactItems!.map((t) => t.Update!.Key!.message_id);
    expect(retried).toEqual([items[0].message_id, items[2].message_id]);
  });

  it("falls back to one conditional UpdateItem per item where transactions are not offered", async () => {
    const items = many(3);
    docsMock.on(TransactWriteCommand).rejects(unsupported());
    docsMock.on(UpdateCommand).resolves({});
    docsMock
      .on(UpdateCommand, { Key: { user_name: items[1].user_name, message_id: items[1].message_id } })
      .rejects(new ConditionalCheckFailedException({ message: 'gone', $metadata: {} }));
    await expect(resetMessages(docs, table, items, options)).resolves.toBe(2);
    expect(docsMock).toHaveReceivedCommandTimes(TransactWriteCommand, 1);
    expect(docsMock).toHaveReceivedCommandTimes(UpdateCommand, 3);
    expect(docsMock).toHaveReceivedCommandWith(UpdateCommand, {
      TableName: table,
      Key: { user_name: items[0].user_name, message_id: items[0].message_id },
      ConditionExpression: 'attribute_exists(#m)',
    });
  });
});
