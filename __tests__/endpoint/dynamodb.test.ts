// DynamoDB through the port (dynalite behind the router) and through the in-process backend.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactGetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { AwsError } from '../../src/endpoint/types';
import { clientConfig } from './endpoint-clients';

let endpoint: RunningEndpoint;
let dynamodb: DynamoDBClient;
let documents: DynamoDBDocumentClient;

const TABLE = 'doc-example-stepfunctions-messages';

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  dynamodb = new DynamoDBClient(clientConfig(endpoint.url));
  documents = DynamoDBDocumentClient.from(dynamodb);
  await dynamodb.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [
        { AttributeName: 'user_name', KeyType: 'HASH' },
        { AttributeName: 'message_id', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'user_name', AttributeType: 'S' },
        { AttributeName: 'message_id', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
});

afterAll(async () => {
  dynamodb.destroy();
  await endpoint.close();
});

describe('through the port', () => {
  it('creates a table that is ACTIVE at once', async () => {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.TableArn).toMatch(new RegExp(`^arn:aws:dynamodb:[a-z0-9-]+:000000000000:table/${TABLE}$`));
    expect((await dynamodb.send(new ListTablesCommand({}))).TableNames).toContain(TABLE);
  });

  it('puts, scans with a filter and queries by key', async () => {
    const items = [
      { user_name: 'wills', message_id: 'm1', message: 'Brevity is the soul of wit.', sent: false },
      { user_name: 'janea', message_id: 'm2', message: 'Let us never underestimate the power of a well-written letter.', sent: false },
      { user_name: 'wills', message_id: 'm3', message: 'Action is eloquence.', sent: true },
    ];
    for (const item of items) await documents.send(new PutCommand({ TableName: TABLE, Item: item }));
    const unsent = await documents.send(
      new ScanCommand({ TableName: TABLE, FilterExpression: 'sent = :f', ExpressionAttributeValues: { ':f': false } }),
    );
    expect(unsent.Items?.map((i) => i.message_id).sort()).toEqual(['m1', 'm2']);
    const wills = await documents.send(
      new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'user_name = :u', ExpressionAttributeValues: { ':u': 'wills' } }),
    );
    expect(wills.Items?.map((i) => i.message_id)).toEqual(['m1', 'm3']);
  });

  it('reports DynamoDB errors with their names', async () => {
    await expect(documents.send(new ScanCommand({ TableName: 'no-such-table' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(
      documents.send(
        new UpdateCommand({
          TableName: TABLE,
          Key: { user_name: 'nobody', message_id: 'x' },
          UpdateExpression: 'SET sent = :t',
          ConditionExpression: 'attribute_exists(user_name)',
          ExpressionAttributeValues: { ':t': true },
        }),
      ),
    ).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });
});

describe('table definitions (kept parsed for item operations)', () => {
  const NAME = 'definition-changes';
  const create = (key: string) =>
    dynamodb.send(
      new CreateTableCommand({
        TableName: NAME,
        KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  const waitActive = async () => {
    const deadline = Date.now() + 5000;
    while ((await dynamodb.send(new DescribeTableCommand({ TableName: NAME }))).Table?.TableStatus !== 'ACTIVE') {
      if (Date.now() > deadline) throw new Error(`${NAME} did not become ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };

  it('follows a table deleted and created again under the same name with another key', async () => {
    await create('id');
    await waitActive();
    await dynamodb.send(new PutItemCommand({ TableName: NAME, Item: { id: { S: 'a' } } }));
    await dynamodb.send(new DeleteTableCommand({ TableName: NAME }));
    await expect(dynamodb.send(new PutItemCommand({ TableName: NAME, Item: { id: { S: 'b' } } }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    const deadline = Date.now() + 5000;
    while ((await dynamodb.send(new ListTablesCommand({}))).TableNames?.includes(NAME)) {
      if (Date.now() > deadline) throw new Error(`${NAME} was not deleted`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await create('pk');
    await waitActive();
    // An item keyed as the old table was is now missing the new table's key.
    await expect(dynamodb.send(new PutItemCommand({ TableName: NAME, Item: { id: { S: 'c' } } }))).rejects.toMatchObject({ name: 'ValidationException' });
    await dynamodb.send(new PutItemCommand({ TableName: NAME, Item: { pk: { S: 'c' } } }));
  });
});

describe('transactions', () => {
  const key = (message_id: string) => ({ user_name: 'tx', message_id });

  it('applies every action of a TransactWriteItems whose conditions hold', async () => {
    await documents.send(new PutCommand({ TableName: TABLE, Item: { ...key('t1'), sent: true } }));
    await documents.send(new PutCommand({ TableName: TABLE, Item: { ...key('t2'), sent: true } }));
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: TABLE, Key: key('t1'), UpdateExpression: 'SET sent = :f', ConditionExpression: 'attribute_exists(message_id)', ExpressionAttributeValues: { ':f': false } } },
          { Put: { TableName: TABLE, Item: { ...key('t3'), sent: false }, ConditionExpression: 'attribute_not_exists(message_id)' } },
          { Delete: { TableName: TABLE, Key: key('t2') } },
          { ConditionCheck: { TableName: TABLE, Key: key('t0'), ConditionExpression: 'attribute_not_exists(message_id)' } },
        ],
      }),
    );
    const { Responses } = await documents.send(
      new TransactGetCommand({ TransactItems: ['t1', 't2', 't3'].map((id) => ({ Get: { TableName: TABLE, Key: key(id) } })) }),
    );
    expect(Responses?.map((r) => r.Item?.sent)).toEqual([false, undefined, false]);
  });

  it('cancels the whole transaction when one condition fails, saying which', async () => {
    await documents.send(new PutCommand({ TableName: TABLE, Item: { ...key('c1'), sent: true } }));
    const failure = documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: TABLE, Key: key('c1'), UpdateExpression: 'SET sent = :f', ExpressionAttributeValues: { ':f': false } } },
          { Update: { TableName: TABLE, Key: key('missing'), UpdateExpression: 'SET sent = :f', ConditionExpression: 'attribute_exists(message_id)', ExpressionAttributeValues: { ':f': false } } },
        ],
      }),
    );
    await expect(failure).rejects.toMatchObject({
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }],
    });
    const { Item } = await documents.send(new GetCommand({ TableName: TABLE, Key: key('c1') }));
    expect(Item?.sent).toBe(true);
    // Nothing was created for the failed update either.
    expect((await documents.send(new GetCommand({ TableName: TABLE, Key: key('missing') }))).Item).toBeUndefined();
  });

  it('rejects two actions on one item and unknown tables', async () => {
    await expect(
      documents.send(new TransactWriteCommand({ TransactItems: [{ Delete: { TableName: TABLE, Key: key('d') } }, { Delete: { TableName: TABLE, Key: key('d') } }] })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      documents.send(new TransactWriteCommand({ TransactItems: [{ Delete: { TableName: 'no-such-table', Key: key('d') } }] })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('runs through the in-process backend too', async () => {
    await endpoint.backends.dynamodb.call(
      'TransactWriteItems',
      { TransactItems: [{ Put: { TableName: TABLE, Item: { user_name: { S: 'tx' }, message_id: { S: 'b1' } } } }] },
      'us-east-1',
    );
    expect((await documents.send(new GetCommand({ TableName: TABLE, Key: key('b1') }))).Item).toEqual(key('b1'));
  });
});

describe('unsigned callers', () => {
  it('are refused before dynalite sees them, as AWS refuses a request with no signature', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'content-type': 'application/x-amz-json-1.0' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: expect.stringMatching(/#MissingAuthenticationTokenException$/) });
  });
});

describe('in-process backend', () => {
  it('updates an item the SDK then reads', async () => {
    await documents.send(new PutCommand({ TableName: TABLE, Item: { user_name: 'lewisc', message_id: 'm4', sent: false } }));
    const output = await endpoint.backends.dynamodb.call(
      'UpdateItem',
      {
        TableName: TABLE,
        Key: { user_name: { S: 'lewisc' }, message_id: { S: 'm4' } },
        UpdateExpression: 'SET sent = :s',
        ExpressionAttributeValues: { ':s': { BOOL: true } },
        ReturnValues: 'ALL_NEW',
      },
      'us-east-1',
    );
    expect(output.Attributes).toMatchObject({ sent: { BOOL: true } });
    const { Items } = await documents.send(
      new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'user_name = :u', ExpressionAttributeValues: { ':u': 'lewisc' } }),
    );
    expect(Items?.[0].sent).toBe(true);
  });

  it('throws AwsError with dynalite\'s code', async () => {
    const failure = endpoint.backends.dynamodb.call('DescribeTable', { TableName: 'missing' }, 'us-east-1');
    await expect(failure).rejects.toBeInstanceOf(AwsError);
    await expect(failure).rejects.toMatchObject({ code: 'ResourceNotFoundException', status: 400 });
  });

  it('rejects invalid input the way the wire does', async () => {
    await expect(endpoint.backends.dynamodb.call('PutItem', { TableName: TABLE }, 'us-east-1')).rejects.toMatchObject({ code: 'ValidationException' });
  });
});
