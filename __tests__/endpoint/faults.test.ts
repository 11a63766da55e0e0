// Strict mode's transient faults, through the real SDK clients: each service answers the chosen requests
// with its own transient errors, the SDK classifies every one as retryable (so its retries absorb them),
// the choice repeats exactly for the same seed, and state machines' Lambda invokes fail with
// Lambda.ServiceException.
import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient, GetItemCommand, ListTablesCommand, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { DescribeExecutionCommand, type DescribeExecutionCommandOutput, ListStateMachinesCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { CreateQueueCommand, ListQueuesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createFaultCheck, FaultStream, MAX_FAULTED_ATTEMPT, mulberry32 } from '../../src/endpoint/faults';
import { startEndpoint, type EndpointOptions, type RunningEndpoint } from '../../src/endpoint/server';
import { waitFor } from '../../src/wait';
import { allowAllRoleSpec } from './iam-standin';
import { clientConfig } from './endpoint-clients';

const running: RunningEndpoint[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function start(options: EndpointOptions & { lines?: string[] }): Promise<RunningEndpoint> {
  const { lines, ...rest } = options;
  const endpoint = await startEndpoint({ port: 0, strict: true, ...rest, log: (line) => lines?.push(line) });
  running.push(endpoint);
  return endpoint;
}

interface Failure {
  name: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

async function failure(call: Promise<unknown>): Promise<Failure> {
  try {
    await call;
  } catch (error) {
    return error as Failure;
  }
  throw new Error('the call succeeded');
}

/**
 * A retry strategy that takes the SDK's own classification of each error (THROTTLING, TRANSIENT,
 * SERVER_ERROR, CLIENT_ERROR: what the default strategies decide on) and retries the retryable ones
 * at once, recording what it saw; up to three attempts, as the SDK's default.
 */
type RetryStrategyV2 = Extract<NonNullable<DynamoDBClientConfig['retryStrategy']>, { acquireInitialRetryToken: unknown }>;
function recordingRetries(seen: string[]): RetryStrategyV2 {
  const token = (count: number) => ({ getRetryCount: () => count, getRetryDelay: () => 0 });
  return {
    acquireInitialRetryToken: async () => token(0),
    async refreshRetryTokenForRetry(previous, info) {
      seen.push(`${info.error?.name}:${info.errorType}`);
      if ((info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT') && previous.getRetryCount() < 2) return token(previous.getRetryCount() + 1);
      throw info.error;
    },
    recordSuccess: () => undefined,
  };
}

describe('the fault stream', () => {
  it('repeats exactly for a seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(7)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('faults about the given fraction, always or never at the ends', () => {
    const faulted = (rate: number) => {
      const stream = new FaultStream(rate, 42);
      return Array.from({ length: 2000 }, () => stream.next(['x'])).filter(Boolean).length;
    };
    expect(faulted(0)).toBe(0);
    expect(faulted(1)).toBe(2000);
    expect(faulted(0.3)).toBeGreaterThan(500);
    expect(faulted(0.3)).toBeLessThan(700);
  });

  it('is off without a fault rate', () => {
    expect(createFaultCheck({ faultRate: 0, faultSeed: 1 }).inspects({})).toBe(false);
    expect(createFaultCheck({ faultRate: 0.1, faultSeed: 1 }).inspects({})).toBe(true);
  });
});

type ClientConfig = ReturnType<typeof clientConfig> & { retryStrategy?: RetryStrategyV2 };

/** One call of each service (a new client per call, so each call's retries are its own). */
function callOf(service: string, config: ClientConfig): () => Promise<unknown> {
  switch (service) {
    case 'DynamoDB control plane':
      return () => new DynamoDBClient(config).send(new ListTablesCommand({}));
    case 'DynamoDB items':
      return () => new DynamoDBClient(config).send(new GetItemCommand({ TableName: 'any', Key: { id: { S: '1' } } }));
    case 'SQS':
      return () => new SQSClient(config).send(new ListQueuesCommand({}));
    case 'Step Functions':
      return () => new SFNClient(config).send(new ListStateMachinesCommand({}));
    case 'Lambda':
      return () => new LambdaClient(config).send(new ListFunctionsCommand({}));
    case 'CloudFormation':
      return () => new CloudFormationClient(config).send(new ListStacksCommand({}));
    case 'IAM':
      return () => new IAMClient(config).send(new ListRolesCommand({}));
    default:
      return () => new STSClient(config).send(new GetCallerIdentityCommand({}));
  }
}

describe('every request faulted (fault rate 1)', () => {
  // Each service's errors, with the HTTP status AWS sends them with.
  const cases: [string, Record<string, number>][] = [
    ['DynamoDB control plane', { ThrottlingException: 400, InternalServerError: 500 }],
    ['DynamoDB items', { ProvisionedThroughputExceededException: 400, InternalServerError: 500 }],
    ['SQS', { RequestThrottled: 403, InternalFailure: 500, ServiceUnavailable: 503 }],
    ['Step Functions', { ThrottlingException: 400, InternalFailure: 500, ServiceUnavailable: 503 }],
    ['Lambda', { TooManyRequestsException: 429, ServiceException: 500 }],
    ['CloudFormation', { Throttling: 400, ServiceUnavailable: 503 }],
    ['IAM', { Throttling: 400, ServiceUnavailable: 503 }],
    ['STS', { Throttling: 400, ServiceUnavailable: 503 }],
  ];

  it.each(cases)('%s answers with its own transient errors (one attempt)', async (service, expected) => {
    const lines: string[] = [];
    const endpoint = await start({ faultRate: 1, faultSeed: 3, lines });
    const call = callOf(service, clientConfig(endpoint.url));
    const seen = new Map<string, number | undefined>();
    for (let i = 0; i < 24; i++) {
      const error = await failure(call());
      seen.set(error.name, error.$metadata?.httpStatusCode);
      // SQS's legacy query code, which the SDK reports as Code.
      if (service === 'SQS') expect(error.Code).toBe(error.name);
    }
    expect(Object.fromEntries(seen)).toEqual(expected);
    // One log line a fault, naming service, operation and error.
    expect(lines).toHaveLength(24);
    expect(lines[0]).toMatch(/^fault injected: [a-z]+ \w+ -> \w+ \(\d{3}\), request #0$/);
  });

  it.each(cases)('%s: the SDK classifies each as retryable, and the third attempt gets through', async (service) => {
    const endpoint = await start({ faultRate: 1, faultSeed: 5 });
    // The item call's table, made in-process (past the front door, so not faulted).
    await endpoint.backends.dynamodb.call(
      'CreateTable',
      { TableName: 'any', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' },
      'us-east-1',
    );
    const seen: string[] = [];
    const call = callOf(service, { ...clientConfig(endpoint.url), maxAttempts: 3, retryStrategy: recordingRetries(seen) });
    const output = (await call()) as { $metadata: { attempts?: number } };
    expect(output.$metadata.attempts).toBe(MAX_FAULTED_ATTEMPT + 1);
    expect(seen).toHaveLength(MAX_FAULTED_ATTEMPT);
    for (const entry of seen) expect(entry).toMatch(/:(THROTTLING|TRANSIENT)$/);
  });
});

describe('some requests faulted', () => {
  it('a run of 50 calls all succeed with the SDK default retries at fault rate 0.3', async () => {
    const lines: string[] = [];
    const endpoint = await start({ faultRate: 0.3, faultSeed: 11, lines });
    const sqs = new SQSClient({ ...clientConfig(endpoint.url), maxAttempts: undefined });
    const created = await sqs.send(new CreateQueueCommand({ QueueName: 'faulty' }));
    const { QueueUrl } = created;
    let retried = (created.$metadata.attempts ?? 1) - 1;
    for (let i = 0; i < 50; i++) {
      const sent = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message ${i}` }));
      expect(sent.MessageId).toBeDefined();
      retried += (sent.$metadata.attempts ?? 1) - 1;
    }
    // Faults happened, and each cost its call one more attempt and nothing else.
    expect(lines.length).toBeGreaterThan(0);
    expect(retried).toBe(lines.length);
  }, 60_000);

  it('the same seed faults the same requests; another seed others', async () => {
    const faultedIndices = async (seed: number): Promise<number[]> => {
      const endpoint = await start({ faultRate: 0.5, faultSeed: seed });
      const sqs = new SQSClient(clientConfig(endpoint.url));
      const indices: number[] = [];
      for (let i = 0; i < 30; i++) {
        await sqs.send(new ListQueuesCommand({})).catch(() => indices.push(i));
      }
      return indices;
    };
    const first = await faultedIndices(21);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(30);
    expect(await faultedIndices(21)).toEqual(first);
    expect(await faultedIndices(22)).not.toEqual(first);
  });
});

describe('Lambda invokes from state machines', () => {
  it('fail with Lambda.ServiceException at fault rate 1', async () => {
    const lines: string[] = [];
    const endpoint = await start({ faultRate: 1, faultSeed: 1, timeScale: 0.001, propagationSeconds: 0, lines });
    for (const name of ['r', 's']) endpoint.backends.iam.createRole(allowAllRoleSpec(name));
    const { FunctionArn } = endpoint.backends.lambda.createFunction(
      { FunctionName: 'never-reached', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', ZipFile: 'exports.handler = async () => 1;' },
      'us-east-1',
    );
    const definition = JSON.stringify({ StartAt: 'Call', States: { Call: { Type: 'Task', Resource: FunctionArn, End: true } } });
    const { stateMachineArn } = endpoint.backends.states.createStateMachine({ name: 'faulty', definition, roleArn: 'arn:aws:iam::000000000000:role/s' }, 'us-east-1');
    const sfn = new SFNClient({ ...clientConfig(endpoint.url), maxAttempts: 3, retryStrategy: recordingRetries([]) });
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));
    const described = await waitFor<DescribeExecutionCommandOutput>(
      async () => {
        const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        return execution.status === 'RUNNING' ? { done: false } : { done: true, value: execution };
      },
      { what: 'the execution to end', deadline: Date.now() + 20_000, initialDelayMs: 10, maxDelayMs: 100 },
    );
    expect(described.status).toBe('FAILED');
    expect(described.error).toBe('Lambda.ServiceException');
    expect(lines).toContainEqual(expect.stringMatching(/^fault injected: lambda Invoke .*never-reached.* -> ServiceException \(500\)/));
  });
});
