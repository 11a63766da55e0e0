// End to end: the bundled action, run as the runner runs it, through its whole lifecycle on a fresh local
// endpoint: deploy, deploy again (no changes), demo, update without then with SQS, destroy, destroy again.
// Each step is judged by what it reported (exit code, outputs, annotations, summary) and by the state read back.
// The bundle comes from env DIST_DIR (default dist/): NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects e2e
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { expectSucceeded, REPOSITORY, RUN_ID, runAction, type ActionRun } from './helpers/action';
import { clientsFor, type TestClients } from './helpers/clients';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';
import { definitionOf, executions, findStack, findStateMachineArn, stateNames } from './helpers/readback';

const STACK = 'doc-example-stepfunctions-messages-stack';
const MACHINE = 'doc-example-dynamodb-message-pump';
const SEED_MESSAGES = ['Brevity is the soul of wit.', 'Let us never underestimate the power of a well-written letter.', 'Why is a raven like a writing-desk?'];
const STEP_MS = 180_000;

interface Check {
  name: string;
  passed: boolean;
  seconds: number;
  detail: string;
}

const noticesOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'notice');
const checksOf = (run: ActionRun): Check[] => JSON.parse(run.outputs.checks ?? '[]');

describe('the action on a local endpoint, step by step', () => {
  let endpoint: StartedProcess;
  let aws: TestClients;
  let stateDir: string;
  const step = (operation: string, inputs: Record<string, string> = {}) =>
    runAction({ inputs: { operation, 'timeout-seconds': '120', ...inputs }, endpointUrl: endpoint.url, timeoutMs: STEP_MS });

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-lifecycle-'));
    endpoint = await startEndpointProcess({ stateDir, timeScale: 0.05 });
    aws = clientsFor(endpoint.url);
  }, 30_000);

  afterAll(async () => {
    aws?.destroy();
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  test('deploy creates the stack and reports its outputs', async () => {
    const run = await step('deploy');
    expectSucceeded(run);

    const stack = await findStack(aws.cloudformation, STACK);
    expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
    const stackOutputs = Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    expect(Object.keys(stackOutputs).sort()).toEqual(['MessageTableName', 'ScanFunctionArn', 'SendQueueUrl', 'StepRoleArn']);
    // Every stack output is a step output, and all of them together as JSON.
    for (const [key, value] of Object.entries(stackOutputs)) expect(run.outputs[key]).toBe(value);
    expect(JSON.parse(run.outputs['stack-outputs'])).toEqual(stackOutputs);
    expect(run.outputs.result).toBe('passed');
    // The stack traces back to the workflow run that made it.
    expect(stack?.Tags?.map((t) => t.Key)).toEqual(expect.arrayContaining(['created-by']));
    expect(stack?.Tags?.map((t) => t.Value)).toEqual(expect.arrayContaining([REPOSITORY]));
    expect(run.summary).toMatch(/stack deployed/i);
  }, STEP_MS);

  test('deploy again changes nothing: a notice, success', async () => {
    const before = await findStack(aws.cloudformation, STACK);
    const run = await step('deploy');
    expectSucceeded(run);
    expect(noticesOf(run).map((n) => n.message).join('\n')).toMatch(/no changes|no updates/i);
    const after = await findStack(aws.cloudformation, STACK);
    expect(after?.StackStatus).toBe(before?.StackStatus);
    expect(after?.LastUpdatedTime).toEqual(before?.LastUpdatedTime);
  }, STEP_MS);

  test('demo passes every check and leaves nothing running', async () => {
    const run = await step('demo');
    expectSucceeded(run);

    const checks = checksOf(run);
    expect(checks.length).toBeGreaterThanOrEqual(5);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(run.outputs.result).toBe('passed');
    // The totals notice, and a summary with every check and the diagram of the definition in use.
    expect(noticesOf(run).map((n) => n.message).join('\n')).toContain(`${checks.length} of ${checks.length}`);
    for (const check of checks) expect(run.summary).toContain(check.name);
    expect(run.summary).toContain('```mermaid');

    const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
    expect(run.outputs['state-machine-arn']).toBe(machineArn);
    // Run names trace back to the workflow run and attempt that started them.
    expect(run.outputs['execution-arn']).toMatch(new RegExp(`^arn:aws:states:.*:gh-${RUN_ID}-1-`));
    expect(await executions(aws.sfn, machineArn!, 'RUNNING')).toEqual([]);
    // The demo ends on the definition with the SQS state.
    expect(stateNames(await definitionOf(aws.sfn, machineArn!))).toContain('Send');

    // The seed's messages are in the table, marked sent; the queue holds nothing the demo left behind.
    const table = run.outputs.MessageTableName ?? 'doc-example-stepfunctions-messages';
    const items = (await aws.dynamodb.send(new ScanCommand({ TableName: table }))).Items ?? [];
    for (const text of SEED_MESSAGES) {
      const sent = items.filter((item) => item.message?.S === text).map((item) => item.sent?.BOOL);
      expect({ text, sent: sent.includes(true) }).toEqual({ text, sent: true });
    }
    const { QueueUrl } = await aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'doc-example-stepfunctions-queue' }));
    const { Attributes } = await aws.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
    );
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  }, STEP_MS);

  test('update without SQS removes the Send state and says so', async () => {
    const run = await step('update', { 'include-sqs': 'false' });
    expectSucceeded(run);
    expect(run.stdout).toMatch(/removed[^\n]*Send/i);
    const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
    expect(run.outputs['state-machine-arn']).toBe(machineArn);
    const names = stateNames(await definitionOf(aws.sfn, machineArn!));
    expect(names).not.toContain('Send');
    expect(names).toEqual(expect.arrayContaining(['Scan DynamoDB For Messages', 'Send Messages', 'Record Sent', 'Pause Then Loop']));
  }, STEP_MS);

  test('update with SQS adds the Send state back and says so', async () => {
    const run = await step('update', { 'include-sqs': 'true' });
    expectSucceeded(run);
    expect(run.stdout).toMatch(/added[^\n]*Send/i);
    const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
    expect(stateNames(await definitionOf(aws.sfn, machineArn!))).toContain('Send');
  }, STEP_MS);

  test('destroy removes the state machine and the stack with its resources', async () => {
    const run = await step('destroy');
    expectSucceeded(run);
    expect(checksOf(run).filter((c) => !c.passed)).toEqual([]);

    expect(await findStack(aws.cloudformation, STACK)).toBeUndefined();
    expect(await findStateMachineArn(aws.sfn, MACHINE)).toBeUndefined();
    await expect(aws.dynamodb.send(new DescribeTableCommand({ TableName: 'doc-example-stepfunctions-messages' }))).rejects.toHaveProperty(
      'name',
      'ResourceNotFoundException',
    );
    await expect(aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'doc-example-stepfunctions-queue' }))).rejects.toHaveProperty('name', 'QueueDoesNotExist');
  }, STEP_MS);

  test('destroy again: already gone, a notice, success', async () => {
    const run = await step('destroy');
    expectSucceeded(run);
    expect(noticesOf(run).map((n) => n.message).join('\n')).toMatch(/already gone|does not exist|nothing to/i);
  }, STEP_MS);
});
