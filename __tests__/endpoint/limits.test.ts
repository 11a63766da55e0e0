// Limits as AWS's: one bad request (an alias bomb, an item nested 1,000 deep, bodies far over any limit)
// gets the AWS error its service sends, never a hang, a crash, a reset or an empty answer, and the
// endpoint keeps answering everyone else meanwhile.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { CloudFormationClient, CreateStackCommand, ValidateTemplateCommand } from '@aws-sdk/client-cloudformation';
import { CreateTableCommand, DynamoDBClient, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { CreateQueueCommand, ListQueuesCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { dynamoDbRequestError } from '../../src/endpoint/limits';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { clientConfig } from './endpoint-clients';
import { signedHeaders } from './signed';

let endpoint: RunningEndpoint;
let sts: STSClient;
let sqs: SQSClient;
let dynamodb: DynamoDBClient;
const TABLE = 'limits';

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  sts = new STSClient(clientConfig(endpoint.url));
  sqs = new SQSClient(clientConfig(endpoint.url));
  dynamodb = new DynamoDBClient(clientConfig(endpoint.url));
  await dynamodb.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
});

afterAll(async () => {
  sts.destroy();
  sqs.destroy();
  dynamodb.destroy();
  await endpoint.close();
});

/** Still serving: a cheap call from another client is answered. */
async function stillAnswers(): Promise<void> {
  expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('000000000000');
}

async function post(service: string, headers: Record<string, string>, body: string | Buffer, path = '/'): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${endpoint.url}${path}`, { method: 'POST', headers: signedHeaders(service, headers), body });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A DynamoDB attribute value `wrappers` maps deep around a string. */
function nested(wrappers: number): AttributeValue {
  let value: AttributeValue = { S: 'bottom' };
  for (let i = 0; i < wrappers; i++) value = { M: { inner: value } };
  return value;
}

// The classic "billion laughs": nine levels of nine aliases each, 342 bytes that expand to 9^9 strings.
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
  'Resources: {Q: {Type: "AWS::SQS::Queue", Properties: {Tags: *i}}}',
].join('\n');

describe('CloudFormation templates', () => {
  const cloudformation = (): CloudFormationClient => new CloudFormationClient(clientConfig(endpoint.url));

  it('refuse a YAML alias bomb with a ValidationError, as CloudFormation refuses aliases, and keep answering', async () => {
    const client = cloudformation();
    try {
      const started = performance.now();
      for (const command of [new ValidateTemplateCommand({ TemplateBody: ALIAS_BOMB }), new CreateStackCommand({ StackName: 'bomb', TemplateBody: ALIAS_BOMB })]) {
        await expect(client.send(command as ValidateTemplateCommand)).rejects.toMatchObject({
          name: 'ValidationError',
          message: 'Template error: YAML aliases are not allowed in CloudFormation templates',
        });
      }
      process.stdout.write(`alias bomb (${Buffer.byteLength(ALIAS_BOMB)} bytes): both refusals in ${(performance.now() - started).toFixed(0)} ms\n`);
      await stillAnswers();
    } finally {
      client.destroy();
    }
  });

  it('refuse a template body over 51,200 bytes with AWS wording', async () => {
    const client = cloudformation();
    try {
      const body = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n# ${'x'.repeat(51_200)}\n`;
      await expect(client.send(new ValidateTemplateCommand({ TemplateBody: body }))).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringContaining('Member must have length less than or equal to 51200'),
      });
    } finally {
      client.destroy();
    }
  });
});

describe('DynamoDB', () => {
  it('refuses a PutItem nested 1,000 deep with a ValidationException, before dynalite, and keeps answering', async () => {
    const body = JSON.stringify({ TableName: TABLE, Item: { id: { S: 'deep' }, doc: nested(1000) } });
    const answer = await post('dynamodb', { 'x-amz-target': 'DynamoDB_20120810.PutItem', 'content-type': 'application/x-amz-json-1.0' }, body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message: 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit',
    });
    await stillAnswers();
  });

  it('takes 32 levels (31 maps around a scalar) and refuses 33, as AWS does', async () => {
    await dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'at-limit' }, doc: nested(31) } }));
    await expect(dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'over' }, doc: nested(32) } }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('Nesting Levels have exceeded supported limits'),
    });
  });

  it('counts lists as levels too, and values in expressions and batches', () => {
    let list: AttributeValue = { N: '1' };
    for (let i = 0; i < 32; i++) list = { L: [list] };
    expect(dynamoDbRequestError(JSON.stringify({ TableName: TABLE, ExpressionAttributeValues: { ':v': list } }))).toBeDefined();
    expect(dynamoDbRequestError(JSON.stringify({ RequestItems: { [TABLE]: [{ PutRequest: { Item: { id: { S: 'x' }, doc: nested(32) } } }] } }))).toBeDefined();
    expect(dynamoDbRequestError(JSON.stringify({ RequestItems: { [TABLE]: [{ PutRequest: { Item: { id: { S: 'x' }, doc: nested(31) } } }] } }))).toBeUndefined();
    // Deep structure outside any attribute value is dynalite's to reject (it does not recurse into it).
    expect(dynamoDbRequestError(`{"TableName":"t","Junk":${'['.repeat(100)}${']'.repeat(100)}}`)).toBeUndefined();
  });

  it('refuses expressions parenthesised too deeply for its parser at once, and takes those within the bound', async () => {
    // 20 redundant parentheses took dynalite's parser about a minute, the endpoint blocked meanwhile.
    const redundant = `${'('.repeat(20)}attribute_not_exists(id)${')'.repeat(20)}`;
    let valid = 'attribute_not_exists(id)';
    for (let i = 0; i < 6; i++) valid = `(attribute_not_exists(id) AND ${valid})`;
    for (const ConditionExpression of [redundant, valid]) {
      await expect(dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'paren' } }, ConditionExpression }))).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringMatching(/^Invalid ConditionExpression: parentheses nested (21|7) deep; the local endpoint takes at most 6/),
      });
    }
    let within = 'attribute_not_exists(id)';
    for (let i = 0; i < 5; i++) within = `(attribute_not_exists(id) AND ${within})`;
    await dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'paren' } }, ConditionExpression: within }));
    await stillAnswers();
  });

  it('answers a body over 16 MB with an AWS-shaped 413, not an empty one', async () => {
    const body = JSON.stringify({ TableName: TABLE, Item: { id: { S: 'big' }, blob: { S: 'x'.repeat(17 * 1024 * 1024) } } });
    const answer = await post('dynamodb', { 'x-amz-target': 'DynamoDB_20120810.PutItem', 'content-type': 'application/x-amz-json-1.0' }, body);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ __type: expect.stringMatching(/#RequestEntityTooLargeException$/), message: expect.stringContaining('16777216') });
    await stillAnswers();
  });
});

describe('SQS', () => {
  it('answers a 70 MB SendMessage with its message-size error instead of a reset', async () => {
    const body = JSON.stringify({ QueueUrl: 'q', MessageBody: 'x'.repeat(70 * 1024 * 1024) });
    const answer = await post('sqs', { 'x-amz-target': 'AmazonSQS.SendMessage', 'content-type': 'application/x-amz-json-1.0' }, body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-amzn-query-error')).toBe('InvalidParameterValue;Sender');
    expect(JSON.parse(answer.text)).toEqual({ __type: 'com.amazonaws.sqs#InvalidParameterValue', message: 'One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.' });
    await stillAnswers();
  });

  it('refuses a batch whose messages add up to more than 1 MiB with BatchRequestTooLong', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'limits-batch' }));
    const Entries = Array.from({ length: 6 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'y'.repeat(200 * 1024) }));
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }))).rejects.toMatchObject({
      name: 'BatchRequestTooLong',
      message: `Batch requests cannot be longer than 1048576 bytes. You have sent ${6 * 200 * 1024} bytes.`,
    });
    // Five of them fit.
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: Entries.slice(0, 5) }))).resolves.toMatchObject({ Successful: expect.any(Array) });
  });
});

describe('Step Functions', () => {
  it('refuses a definition over 1,048,576 characters with AWS wording', async () => {
    const sfn = new SFNClient(clientConfig(endpoint.url));
    try {
      const definition = JSON.stringify({ Comment: 'c'.repeat(1_048_576), StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
      await expect(
        sfn.send(new CreateStateMachineCommand({ name: 'too-long', definition, roleArn: 'arn:aws:iam::000000000000:role/r' })),
      ).rejects.toMatchObject({
        name: 'ValidationException',
        message: "1 validation error detected: Value at 'definition' failed to satisfy constraint: Member must have length less than or equal to 1048576",
      });
    } finally {
      sfn.destroy();
    }
  });
});

describe('other bodies over their service limit', () => {
  it('a Lambda invocation over 6 MB: 413 RequestEntityTooLargeException with Lambda wording', async () => {
    const answer = await post('lambda', { 'content-type': 'application/json' }, Buffer.alloc(7 * 1024 * 1024, 0x20), '/2015-03-31/functions/any/invocations');
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({
      __type: expect.stringMatching(/#RequestEntityTooLargeException$/),
      message: 'Request must be smaller than 6291456 bytes for the InvokeFunction operation',
    });
  });

  it('a query-protocol body over 1 MiB: an XML 413', async () => {
    const answer = await post('sts', { 'content-type': 'application/x-www-form-urlencoded' }, `Action=GetCallerIdentity&Version=2011-06-15&Pad=${'p'.repeat(2 * 1024 * 1024)}`);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('<Code>RequestEntityTooLarge</Code>');
  });
});

describe('watchdog: the endpoint answers others while a heavy request is in flight', () => {
  it('while a large body is still arriving', async () => {
    const item = JSON.stringify({ TableName: TABLE, Item: { id: { S: 'slow' }, blob: { S: 'z'.repeat(300 * 1024) } } });
    const half = Math.floor(item.length / 2);
    const socket = connect({ host: '127.0.0.1', port: endpoint.port });
    let heavyAnswer = '';
    const heavyDone = new Promise<void>((resolve) => {
      socket.on('data', (chunk: Buffer) => {
        heavyAnswer += chunk.toString();
        if (heavyAnswer.includes('\r\n\r\n')) resolve();
      });
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const head = Object.entries(signedHeaders('dynamodb', { 'x-amz-target': 'DynamoDB_20120810.PutItem', 'content-type': 'application/x-amz-json-1.0' }))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n${head}Content-Length: ${Buffer.byteLength(item)}\r\n\r\n${item.slice(0, half)}`);
    // Twenty calls from other clients, all answered while the heavy request is half sent.
    const others = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? sts.send(new GetCallerIdentityCommand({})) : sqs.send(new ListQueuesCommand({})))));
    expect(others).toHaveLength(20);
    expect(heavyAnswer).toBe('');
    socket.write(item.slice(half));
    await heavyDone;
    expect(heavyAnswer).toMatch(/^HTTP\/1\.1 200 /);
    socket.destroy();
  });

  it('while a template at the size limit is parsed and checked', async () => {
    const resources = [];
    for (let i = 0; Buffer.byteLength(resources.join('')) < 50_000; i++) {
      resources.push(`  Queue${i}:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "\${AWS::StackName}-q${i}"\n`);
    }
    const body = `Resources:\n${resources.join('')}`;
    const client = new CloudFormationClient(clientConfig(endpoint.url));
    try {
      const started = performance.now();
      let heavyMs = 0;
      const heavy = client.send(new ValidateTemplateCommand({ TemplateBody: body })).then(() => (heavyMs = performance.now() - started));
      const others = await Promise.all(Array.from({ length: 20 }, () => sts.send(new GetCallerIdentityCommand({}))));
      await heavy;
      expect(others.every((identity) => identity.Account === '000000000000')).toBe(true);
      process.stdout.write(`template of ${Buffer.byteLength(body)} bytes (${resources.length} resources) validated in ${heavyMs.toFixed(0)} ms; 20 other calls answered meanwhile\n`);
    } finally {
      client.destroy();
    }
  });
});
