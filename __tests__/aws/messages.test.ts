import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedException, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { messageIdFor, newMessages, putMessages, readMessages, resetMessages } from '../../src/aws/messages';
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
  it('writes 60 messages in 3 BatchWriteItem calls of at most 25, all sent=false', async () => {
    docsMock.on(BatchWriteCommand).resolves({});
    const items = many(60);
    await putMessages(docs, table, items, options);
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
