// End to end on the real endpoint with unmodified SDK clients: a zipped scan function that reads the
// table through the SDK it gets from the runtime (AWS_ENDPOINT_URL pointing back at the endpoint),
// and the message pump with its SQS state, run, observed through the table and the queue, and stopped.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, waitUntilFunctionActiveV2 } from '@aws-sdk/client-lambda';
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { waitFor } from '../../../src/wait';
import { allowAllRoleSpec } from '../iam-standin';
import { buildZip } from '../lambda/zip-builder';
import { pumpDefinition } from './support';

const TABLE = 'doc-example-stepfunctions-messages';
const ROLE_ARN = 'arn:aws:iam::000000000000:role/StepRole';
const SCAN_CODE = `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, ScanCommand } = require('@aws-sdk/lib-dynamodb');
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
exports.handler = async () => {
  const { Items = [] } = await documents.send(new ScanCommand({
    TableName: process.env.TABLE_NAME, FilterExpression: 'sent = :f', ExpressionAttributeValues: { ':f': false },
  }));
  return Items.map(({ user_name, message, message_id, sent }) => ({ user_name, message, message_id, sent }));
};`;

let endpoint: RunningEndpoint;
let config: { region: string; endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number };
beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, timeScale: 0.001 });
  for (const name of ['StepRole', 'ScanRole']) endpoint.backends.iam.createRole(allowAllRoleSpec(name));
  config = { region: 'us-east-1', endpoint: endpoint.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 };
});
afterAll(() => endpoint?.close());

const until = <T>(what: string, poll: () => Promise<T | undefined>): Promise<T> =>
  waitFor<T>(
    async () => {
      const value = await poll();
      return value === undefined ? { done: false } : { done: true, value };
    },
    { what, deadline: Date.now() + 20_000, initialDelayMs: 20, maxDelayMs: 200 },
  );

describe('Lambda and Step Functions through the SDK', () => {
  it('runs the pump end to end: scan Lambda, SQS send, DynamoDB update, Wait shortened, stop', async () => {
    const dynamodb = new DynamoDBClient(config);
    const documents = DynamoDBDocumentClient.from(dynamodb);
    const lambda = new LambdaClient(config);
    const sfn = new SFNClient(config);
    const sqs = new SQSClient(config);

    await dynamodb.send(
      new CreateTableCommand({
        TableName: TABLE,
        KeySchema: [{ AttributeName: 'user_name', KeyType: 'HASH' }, { AttributeName: 'message_id', KeyType: 'RANGE' }],
        AttributeDefinitions: [{ AttributeName: 'user_name', AttributeType: 'S' }, { AttributeName: 'message_id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'doc-example-stepfunctions-queue' }));
    const created = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'scan-messages',
        Runtime: 'nodejs24.x',
        Role: 'arn:aws:iam::000000000000:role/ScanRole',
        Handler: 'index.handler',
        Timeout: 30,
        Code: { ZipFile: buildZip({ 'index.js': SCAN_CODE }) },
        Environment: { Variables: { TABLE_NAME: TABLE } },
      }),
    );
    await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 10 }, { FunctionName: 'scan-messages' });

    const messages = [
      { user_name: 'wills', message: 'Brevity is the soul of wit.', message_id: 'e2e-1', sent: false },
      { user_name: 'janea', message: 'Let us never underestimate the power of a well-written letter.', message_id: 'e2e-2', sent: false },
      { user_name: 'lewisc', message: 'Why is a raven like a writing-desk?', message_id: 'e2e-3', sent: false },
    ];
    for (const item of messages) await documents.send(new PutCommand({ TableName: TABLE, Item: item }));

    // The function on its own first: it reads the table through the endpoint.
    const direct = await lambda.send(new InvokeCommand({ FunctionName: created.FunctionArn, Payload: Buffer.from('{}') }));
    expect(direct.FunctionError).toBeUndefined();
    expect(direct.ExecutedVersion).toBe('$LATEST');
    expect(JSON.parse(Buffer.from(direct.Payload ?? []).toString())).toHaveLength(3);

    const definition = pumpDefinition(String(created.FunctionArn), true).replace('http://127.0.0.1:9/000000000000/doc-example-stepfunctions-queue', String(QueueUrl));
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'doc-example-dynamodb-message-pump', definition, roleArn: ROLE_ARN }));
    const { executionArn, startDate } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));
    expect(startDate).toBeInstanceOf(Date);
    expect(Math.abs((startDate as Date).getTime() - Date.now())).toBeLessThan(600_000);

    const received = new Map<string, { user?: string; body?: string }>();
    await until('the three messages on the queue', async () => {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
      for (const m of Messages) received.set(String(m.MessageAttributes?.message_id?.StringValue), { user: m.MessageAttributes?.user?.StringValue, body: m.Body });
      return received.size >= 3 ? received : undefined;
    });
    expect(received.get('e2e-3')).toEqual({ user: 'lewisc', body: 'Why is a raven like a writing-desk?' });
    await until('every message marked sent', async () => {
      const items = await Promise.all(messages.map((m) => documents.send(new GetCommand({ TableName: TABLE, Key: { user_name: m.user_name, message_id: m.message_id } }))));
      return items.every((i) => i.Item?.sent === true) ? true : undefined;
    });

    await sfn.send(new StopExecutionCommand({ executionArn }));
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.status).toBe('ABORTED');
    expect(described.stopDate).toBeInstanceOf(Date);

    const { events = [] } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('ExecutionStarted');
    expect(types[types.length - 1]).toBe('ExecutionAborted');
    expect(types).toEqual(expect.arrayContaining(['LambdaFunctionSucceeded', 'TaskScheduled', 'TaskSucceeded', 'MapIterationSucceeded', 'WaitStateEntered']));
    const sqsTask = events.find((e) => e.type === 'TaskScheduled' && e.taskScheduledEventDetails?.resourceType === 'sqs');
    expect(sqsTask?.taskScheduledEventDetails?.resource).toBe('sendMessage');
    // Every <Type>StateEntered/Exited event carries its state's name where the SDK reads it.
    const entered = events.find((e) => e.type === 'TaskStateEntered');
    expect(entered?.stateEnteredEventDetails?.name).toBe('Scan DynamoDB For Messages');
    const exited = events.find((e) => e.type === 'MapStateExited');
    expect(exited?.stateExitedEventDetails?.name).toBe('Send Messages');
    expect(events.every((e) => Math.abs((e.timestamp as Date).getTime() - Date.now()) < 600_000)).toBe(true);
  }, 60_000);

  it('returns function errors as the Lambda API does', async () => {
    const lambda = new LambdaClient(config);
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'always-fails',
        Runtime: 'nodejs24.x',
        Role: 'arn:aws:iam::000000000000:role/ScanRole',
        Handler: 'index.handler',
        Code: { ZipFile: buildZip({ 'index.js': "exports.handler = async () => { throw new TypeError('bad input'); };" }) },
      }),
    );
    const failed = await lambda.send(new InvokeCommand({ FunctionName: 'always-fails', Payload: Buffer.from('{}') }));
    expect(failed.StatusCode).toBe(200);
    expect(failed.FunctionError).toBe('Unhandled');
    expect(JSON.parse(Buffer.from(failed.Payload ?? []).toString())).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
    await expect(lambda.send(new InvokeCommand({ FunctionName: 'missing' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  }, 30_000);
});
