// Step Functions driven through its wire handler, with the real Lambda service and recording
// stand-ins for DynamoDB, SQS and IAM (the endpoint's own ones are exercised end to end elsewhere).
import { randomUUID } from 'node:crypto';
import { createLambdaService } from '../../../src/endpoint/services/lambda/index';
import { createStepFunctionsService } from '../../../src/endpoint/services/stepfunctions/index';
import { AwsError, type Backends, type LambdaBackend, type RoleSpec, type ServiceInstance, type StepFunctionsBackend } from '../../../src/endpoint/types';
import { waitFor } from '../../../src/wait';
import { testSettings } from '../lambda/support';
import { allowAllRole, iamViews } from '../iam-standin';

export interface Recorded {
  dynamodb: { operation: string; input: Record<string, unknown> }[];
  sqs: { QueueUrl: string; MessageBody: string; MessageAttributes?: unknown }[];
}

export interface Harness {
  call(operation: string, input?: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Like call, but throws unless the answer is 200. */
  ok(operation: string, input?: Record<string, unknown>): Promise<Record<string, unknown>>;
  recorded: Recorded;
  lambda: LambdaBackend;
  service: ServiceInstance<StepFunctionsBackend>;
  roles: Map<string, RoleSpec & { Arn: string; RoleId: string }>;
  /** Makes the DynamoDB stand-in fail the next calls (all, or `times`) of an operation with this code. */
  failDynamoDb(operation: string, code: string, times?: number): void;
  waitForStatus(executionArn: string, status: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export const ROLE_ARN = 'arn:aws:iam::000000000000:role/StepRole';
export const QUEUE_URL = 'http://127.0.0.1:9/000000000000/doc-example-stepfunctions-queue';

export function harness(timeScale = 0.001): Harness {
  const settings = testSettings({ timeScale });
  const recorded: Recorded = { dynamodb: [], sqs: [] };
  const failures = new Map<string, { code: string; times: number }>();
  // StepRole: trusted by Step Functions and Lambda, allowed everything (tests of permissions add their own roles).
  const roles = new Map<string, RoleSpec & { Arn: string; RoleId: string }>([[ROLE_ARN, allowAllRole(ROLE_ARN)]]);
  const lambdaService = createLambdaService(settings, { iam: iamViews(roles) });
  const backends: Backends = {
    lambda: lambdaService.backend as LambdaBackend,
    dynamodb: {
      async call(operation, input) {
        const failure = failures.get(operation);
        if (failure && failure.times > 0) {
          failure.times--;
          throw new AwsError(failure.code, 'The conditional request failed');
        }
        recorded.dynamodb.push({ operation, input });
        return {};
      },
    },
    sqs: {
      createQueue: () => {
        throw new Error('not used');
      },
      deleteQueue: () => undefined,
      getQueue: (url) => ({ name: 'doc-example-stepfunctions-queue', url, arn: 'arn:aws:sqs:us-east-1:000000000000:doc-example-stepfunctions-queue' }),
      sendMessage(input) {
        recorded.sqs.push(input);
        return { MessageId: randomUUID(), MD5OfMessageBody: 'x' };
      },
    },
    iam: {
      createRole: () => {
        throw new Error('not used');
      },
      deleteRole: () => undefined,
      updateRole: () => {
        throw new Error('not used');
      },
      getRole: (nameOrArn) => roles.get(nameOrArn),
      ...iamViews(roles),
    },
    states: undefined as unknown as StepFunctionsBackend,
  };
  const service = createStepFunctionsService(settings, backends);
  backends.states = service.backend as StepFunctionsBackend;

  const call: Harness['call'] = async (operation, input = {}) => {
    const response = await service.handler.handle({
      service: 'states',
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'x-amz-target': `AWSStepFunctions.${operation}` },
      body: Buffer.from(JSON.stringify(input)),
      target: operation,
      region: 'us-east-1',
      accountId: '000000000000',
      requestId: randomUUID(),
    });
    return { status: response.status, body: JSON.parse(response.body.toString()) as Record<string, unknown> };
  };
  const ok: Harness['ok'] = async (operation, input) => {
    const response = await call(operation, input);
    if (response.status !== 200) throw new Error(`${operation} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  return {
    call,
    ok,
    recorded,
    lambda: backends.lambda,
    service,
    roles,
    failDynamoDb: (operation, code, times = Number.POSITIVE_INFINITY) => failures.set(operation, { code, times }),
    waitForStatus: (executionArn, status) =>
      waitFor(
        async () => {
          const run = await ok('DescribeExecution', { executionArn });
          return run.status === status ? { done: true, value: run } : { done: false, seen: String(run.status) };
        },
        { what: `execution to be ${status}`, deadline: Date.now() + 10_000, initialDelayMs: 10, maxDelayMs: 100 },
      ),
    async close() {
      await service.close?.();
      await lambdaService.close?.();
    },
  };
}

/** The message pump as messenger-flow.md describes it, with or without the SQS state. */
export function pumpDefinition(scanFunctionArn: string, withQueue: boolean): string {
  const recordSent = {
    Type: 'Task',
    Resource: 'arn:aws:states:::dynamodb:updateItem',
    Parameters: {
      TableName: 'doc-example-stepfunctions-messages',
      Key: { user_name: { 'S.$': '$.user_name' }, message_id: { 'S.$': '$.message_id' } },
      UpdateExpression: 'SET sent=:s',
      ExpressionAttributeValues: { ':s': { BOOL: true } },
    },
    ResultPath: null,
    End: true,
  };
  const send = {
    Type: 'Task',
    Resource: 'arn:aws:states:::sqs:sendMessage',
    Parameters: {
      QueueUrl: QUEUE_URL,
      'MessageBody.$': '$.message',
      MessageAttributes: {
        user: { DataType: 'String', 'StringValue.$': '$.user_name' },
        message_id: { DataType: 'String', 'StringValue.$': '$.message_id' },
      },
    },
    ResultPath: null,
    Next: 'Record Sent',
  };
  return JSON.stringify({
    Comment: 'Read messages from DynamoDB in a loop.',
    StartAt: 'Scan DynamoDB For Messages',
    TimeoutSeconds: 3600,
    States: {
      'Scan DynamoDB For Messages': { Type: 'Task', Resource: scanFunctionArn, ResultPath: '$.List', Next: 'Send Messages' },
      'Send Messages': {
        Type: 'Map',
        ItemsPath: '$.List',
        ResultPath: null,
        Iterator: withQueue ? { StartAt: 'Send', States: { Send: send, 'Record Sent': recordSent } } : { StartAt: 'Record Sent', States: { 'Record Sent': recordSent } },
        Next: 'Pause Then Loop',
      },
      'Pause Then Loop': { Type: 'Wait', Seconds: 10, InputPath: null, Next: 'Scan DynamoDB For Messages' },
    },
  });
}

export const SCAN_SOURCE = `exports.handler = async () => [
  { user_name: 'wills', message: 'Brevity is the soul of wit.', message_id: 'm1', sent: false },
  { user_name: 'janea', message: 'Let us never underestimate the power of a well-written letter.', message_id: 'm2', sent: false },
];`;
