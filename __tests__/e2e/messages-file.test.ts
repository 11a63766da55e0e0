// End to end: a demo of 2,000 messages given in a `messages-file` (a list too long for the `messages` input), on
// the local endpoint with scaled time. Every message must be marked sent, then arrive on the queue once and be
// deleted, with AWS calls batched (at most 0.3 a message) and nothing of this run left on the queue.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expectSucceeded, RUN_ID, runAction } from './helpers/action';
import { clientsFor, type TestClients } from './helpers/clients';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';

const STEP_MS = 300_000;
const COUNT = 2000;

describe('a demo from a messages-file of 2,000 messages', () => {
  let endpoint: StartedProcess;
  let aws: TestClients;
  let stateDir: string;
  let workspace: string;
  const step = (inputs: Record<string, string>) =>
    runAction({
      inputs: { 'timeout-seconds': '600', ...inputs },
      endpointUrl: endpoint.url,
      // The file lives in the workflow's workspace, as a checked-out repository's file would.
      env: { GITHUB_WORKSPACE: workspace },
      timeoutMs: STEP_MS,
    });

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-messages-file-'));
    workspace = mkdtempSync(join(tmpdir(), 'G-e2e-workspace-'));
    const messages = Array.from({ length: COUNT }, (_, i) => ({ user_name: `user${i % 13}`, message: `message ${i}: ${'x'.repeat(i % 50)}` }));
    writeFileSync(join(workspace, 'messages.json'), JSON.stringify(messages));
    endpoint = await startEndpointProcess({ stateDir, timeScale: 0.05 });
    aws = clientsFor(endpoint.url);
  }, 30_000);

  afterAll(async () => {
    aws?.destroy();
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });

  test(`passes with all ${COUNT} messages sent, received once and deleted, at most 0.3 AWS calls a message`, async () => {
    expectSucceeded(await step({ operation: 'deploy' }));

    const run = await step({ operation: 'demo', 'messages-file': 'messages.json' });
    expectSucceeded(run);
    expect(run.outputs.result).toBe('passed');
    expect(run.stdout).toMatch(new RegExp(`${COUNT}/${COUNT} messages sent=true after`));
    expect(run.stdout).toMatch(new RegExp(`${COUNT}/${COUNT} received with matching body, user and message_id`));
    const calls = JSON.parse(run.outputs['aws-calls']) as { total: number };
    expect(calls.total).toBeLessThanOrEqual(0.3 * COUNT);

    // The table holds this run's messages (and the late one), each marked sent by the second run.
    const docs = DynamoDBDocumentClient.from(aws.dynamodb);
    const items: { message_id: string; sent: boolean }[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await docs.send(new ScanCommand({ TableName: 'doc-example-stepfunctions-messages', ExclusiveStartKey }));
      items.push(...((page.Items ?? []) as typeof items));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    const ours = items.filter((item) => item.message_id.startsWith(`${RUN_ID}-1-`));
    expect(ours).toHaveLength(COUNT + 1);
    expect(ours.every((item) => item.sent === true)).toBe(true);

    // Every message the demo received was deleted: none of them is left on the queue, visible or in flight.
    const { QueueUrl } = await aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'doc-example-stepfunctions-queue' }));
    const { Attributes } = await aws.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
    );
    expect(Attributes).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });

    expectSucceeded(await step({ operation: 'destroy' }));
  }, 3 * STEP_MS);
});
