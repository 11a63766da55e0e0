// SQS's timed contract rules (always on, scaled by the time scale) and the name limits of SQS and
// DynamoDB, through the real SDK clients and through the in-process backend CloudFormation uses.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient, CreateStackCommand, DeleteStackCommand, DescribeStackEventsCommand, DescribeStacksCommand, waitUntilStackCreateComplete, waitUntilStackDeleteComplete,
} from '@aws-sdk/client-cloudformation';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, DeleteQueueCommand, PurgeQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEndpoint, type EndpointOptions, type RunningEndpoint } from '../../src/endpoint/server';
import { AwsError } from '../../src/endpoint/types';
import { waitFor } from '../../src/wait';
import { clientConfig } from './endpoint-clients';

const DELETED_RECENTLY = 'You must wait 60 seconds after deleting a queue before you can create another with the same name.';
const NAME_LIMITS = 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length';
const FIFO_NAME_LIMITS = 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.';

const running: { endpoint: RunningEndpoint; clients: { destroy(): void }[] }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const { endpoint, clients } of running.splice(0)) {
    for (const client of clients) client.destroy();
    await endpoint.close();
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An endpoint (real time unless asked: its 60 s cooldowns outlast any test) and an SQS client on it. */
async function start(options: EndpointOptions = {}): Promise<{ endpoint: RunningEndpoint; sqs: SQSClient }> {
  const endpoint = await startEndpoint({ port: 0, ...options });
  const sqs = new SQSClient(clientConfig(endpoint.url));
  running.push({ endpoint, clients: [sqs] });
  return { endpoint, sqs };
}

/** Retries `attempt` until it succeeds; how long that took from `since`. */
async function succeedsAfter(since: number, attempt: () => Promise<unknown>, what: string): Promise<number> {
  await waitFor(
    async () => {
      try {
        await attempt();
        return { done: true, value: undefined };
      } catch (error) {
        return { done: false, seen: (error as Error).name };
      }
    },
    { what, deadline: Date.now() + 10_000, initialDelayMs: 5, maxDelayMs: 20 },
  );
  return Date.now() - since;
}

describe('QueueDeletedRecently', () => {
  it('refuses a name deleted less than 60 s before, with SQS error and message', async () => {
    const { sqs } = await start();
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'again' }));
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'again' }))).rejects.toMatchObject({
      name: 'QueueDeletedRecently',
      Code: 'AWS.SimpleQueueService.QueueDeletedRecently',
      message: DELETED_RECENTLY,
      $metadata: expect.objectContaining({ httpStatusCode: 400 }),
    });
    // Only that name, and only in that region.
    await sqs.send(new CreateQueueCommand({ QueueName: 'again-other' }));
    const west = new SQSClient(clientConfig(running[0].endpoint.url, 'us-west-2'));
    running[0].clients.push(west);
    await west.send(new CreateQueueCommand({ QueueName: 'again' }));
  });

  it('refuses it through the backend CloudFormation provisions with, as an AwsError', async () => {
    const { endpoint } = await start();
    const queue = endpoint.backends.sqs.createQueue('stacked', {}, 'us-east-1');
    endpoint.backends.sqs.deleteQueue(queue.url, 'us-east-1');
    let thrown: unknown;
    try {
      endpoint.backends.sqs.createQueue('stacked', {}, 'us-east-1');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AwsError);
    expect(thrown).toMatchObject({ code: 'QueueDeletedRecently', message: DELETED_RECENTLY, status: 400 });
  });

  it('fails the queue of a stack created again at once, and the stack rolls back', async () => {
    const { endpoint } = await start();
    const cfn = new CloudFormationClient(clientConfig(endpoint.url));
    running[running.length - 1].clients.push(cfn);
    const TemplateBody = JSON.stringify({ Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'stack-queue' } } } });
    const wait = { client: cfn, maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 };
    await cfn.send(new CreateStackCommand({ StackName: 'again', TemplateBody }));
    await waitUntilStackCreateComplete(wait, { StackName: 'again' });
    await cfn.send(new DeleteStackCommand({ StackName: 'again' }));
    await waitUntilStackDeleteComplete(wait, { StackName: 'again' });

    const { StackId } = await cfn.send(new CreateStackCommand({ StackName: 'again', TemplateBody }));
    const status = await waitFor(
      async () => {
        const stack = (await cfn.send(new DescribeStacksCommand({ StackName: StackId }))).Stacks?.[0];
        return stack?.StackStatus?.endsWith('_IN_PROGRESS') ? { done: false, seen: stack.StackStatus } : { done: true, value: stack?.StackStatus };
      },
      { what: 'the second stack to settle', deadline: Date.now() + 20_000, initialDelayMs: 10, maxDelayMs: 100 },
    );
    expect(status).toBe('ROLLBACK_COMPLETE');
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: StackId }))).StackEvents ?? [];
    const failed = events.find((e) => e.LogicalResourceId === 'Queue' && e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.ResourceStatusReason).toContain(DELETED_RECENTLY);
  });

  it('ends after the scaled 60 s', async () => {
    const { sqs } = await start({ timeScale: 0.001 });
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'soon' }));
    const deleting = Date.now();
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    const waited = await succeedsAfter(deleting, () => sqs.send(new CreateQueueCommand({ QueueName: 'soon' })), 'the queue name to be free again');
    expect(waited).toBeGreaterThanOrEqual(60);
  });

  it('survives a restart with the same state directory', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'endpoint-sqs-'));
    dirs.push(stateDir);
    const first = await start({ stateDir });
    const { QueueUrl } = await first.sqs.send(new CreateQueueCommand({ QueueName: 'remembered' }));
    const purged = await first.sqs.send(new CreateQueueCommand({ QueueName: 'purged' }));
    await first.sqs.send(new PurgeQueueCommand({ QueueUrl: purged.QueueUrl }));
    await first.sqs.send(new DeleteQueueCommand({ QueueUrl }));
    const entry = running.pop();
    entry?.clients.forEach((c) => c.destroy());
    await entry?.endpoint.close();

    const second = await start({ stateDir });
    await expect(second.sqs.send(new CreateQueueCommand({ QueueName: 'remembered' }))).rejects.toMatchObject({ name: 'QueueDeletedRecently' });
    await expect(second.sqs.send(new PurgeQueueCommand({ QueueUrl: purged.QueueUrl }))).rejects.toMatchObject({ name: 'PurgeQueueInProgress' });
  });
});

describe('PurgeQueueInProgress', () => {
  it('refuses a second purge within 60 s, naming the queue', async () => {
    const { sqs } = await start();
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'purge-me' }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    await expect(sqs.send(new PurgeQueueCommand({ QueueUrl }))).rejects.toMatchObject({
      name: 'PurgeQueueInProgress',
      Code: 'AWS.SimpleQueueService.PurgeQueueInProgress',
      message: 'Only one PurgeQueue operation on purge-me is allowed every 60 seconds.',
      $metadata: expect.objectContaining({ httpStatusCode: 403 }),
    });
  });

  it('allows the next purge after the scaled 60 s', async () => {
    const { sqs } = await start({ timeScale: 0.001 });
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'purge-later' }));
    const purging = Date.now();
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    const waited = await succeedsAfter(purging, () => sqs.send(new PurgeQueueCommand({ QueueUrl })), 'the next purge to be allowed');
    expect(waited).toBeGreaterThanOrEqual(60);
  });
});

describe('queue names', () => {
  const refusal = (message: string) => ({ name: 'InvalidParameterValue', message, $metadata: expect.objectContaining({ httpStatusCode: 400 }) });

  it('takes 1 to 80 alphanumerics, hyphens and underscores', async () => {
    const { sqs } = await start();
    await sqs.send(new CreateQueueCommand({ QueueName: `A_-9${'x'.repeat(76)}` }));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'x'.repeat(81) }))).rejects.toMatchObject(refusal(NAME_LIMITS));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'has.dot' }))).rejects.toMatchObject(refusal(NAME_LIMITS));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'has space' }))).rejects.toMatchObject(refusal(NAME_LIMITS));
  });

  it('takes the .fifo suffix (within the 80) only for a FIFO queue, which must have it', async () => {
    const { sqs } = await start();
    const fifo = { FifoQueue: 'true' };
    await sqs.send(new CreateQueueCommand({ QueueName: `${'f'.repeat(75)}.fifo`, Attributes: fifo }));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: `${'f'.repeat(76)}.fifo`, Attributes: fifo }))).rejects.toMatchObject(refusal(FIFO_NAME_LIMITS));
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'no-suffix', Attributes: fifo }))).rejects.toMatchObject(refusal(FIFO_NAME_LIMITS));
    // Without FifoQueue the queue is a standard one, whose name cannot hold the '.'.
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'standard.fifo' }))).rejects.toMatchObject(refusal(NAME_LIMITS));
  });
});

describe('DynamoDB table names (dynalite enforces them with DynamoDB messages)', () => {
  it('takes 3 to 255 characters of [a-zA-Z0-9_.-]', async () => {
    const { endpoint } = await start();
    const dynamodb = new DynamoDBClient(clientConfig(endpoint.url));
    running[running.length - 1].clients.push(dynamodb);
    const create = (TableName: string) =>
      dynamodb.send(
        new CreateTableCommand({
          TableName,
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    await create('a.b');
    await create(`T_-.${'x'.repeat(251)}`);
    const length = 'TableName must be at least 3 characters long and at most 255 characters long';
    await expect(create('ab')).rejects.toMatchObject({ name: 'ValidationException', message: length });
    await expect(create('x'.repeat(256))).rejects.toMatchObject({ name: 'ValidationException', message: length });
    await expect(create('bad!name')).rejects.toMatchObject({
      name: 'ValidationException',
      message: "1 validation error detected: Value 'bad!name' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    });
  });
});
