// End to end on the strict endpoint, under the committed IAM policies: lifecycle twice in a row (the second
// create meets SQS's queue-name cooldown and waits it out), two stacks of different names side by side, and
// lifecycle through a CloudFormation service role (role-arn) with the smaller caller policy.
// Each endpoint runs at time scale 0.1 (the cooldown is 6 s); the action is told so by LOCAL_ENDPOINT_TIME_SCALE.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { runAction, type ActionRun } from './helpers/action';
import { clientsFor } from './helpers/clients';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';
import { findStack } from './helpers/readback';

const STEP_MS = 240_000;
const TIME_SCALE = '0.1';
const policy = (name: string) => join(process.cwd(), 'policies', name);
const passedChecks = (run: ActionRun) => (JSON.parse(run.outputs.checks ?? '[]') as { passed: boolean }[]).every((c) => c.passed);

function expectPassed(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the step failed (${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
  expect(run.outputs.result).toBe('passed');
  expect(passedChecks(run)).toBe(true);
}

describe('the stack on the strict endpoint under the committed caller policy', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-stacks-'));
  let endpoint: StartedProcess | undefined;
  const step = (operation: string, inputs: Record<string, string> = {}) =>
    runAction({
      inputs: { operation, 'timeout-seconds': '180', ...inputs },
      endpointUrl: endpoint!.url,
      timeoutMs: STEP_MS,
      env: { LOCAL_ENDPOINT_TIME_SCALE: TIME_SCALE },
    });

  beforeAll(async () => {
    endpoint = await startEndpointProcess({ stateDir, timeScale: Number(TIME_SCALE), args: ['--strict', '--caller-policy', policy('caller-policy.json')] });
  }, 30_000);

  afterAll(async () => {
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  test('lifecycle twice in a row: the second waits out the queue-name cooldown', async () => {
    expectPassed(await step('lifecycle'));
    const second = await step('lifecycle');
    expectPassed(second);
    expect(second.annotations.map((a) => a.properties.title ?? '')).toContain("Waiting out SQS's queue-name cooldown for doc-example-stepfunctions-messages-stack");
    const aws = clientsFor(endpoint!.url);
    expect(await findStack(aws.cloudformation, 'doc-example-stepfunctions-messages-stack')).toBeUndefined();
    aws.destroy();
  }, 3 * STEP_MS);

  test('two stacks of different names deploy, demo and go side by side, sharing nothing', async () => {
    const names = ['doc-example-stepfunctions-a', 'doc-example-stepfunctions-b'];
    const machineOf = (name: string) => `doc-example-dynamodb-message-pump-${name.slice(-1)}`;
    const deployed = [];
    for (const name of names) {
      const run = await step('deploy', { 'stack-name': name, 'state-machine-name': machineOf(name) });
      expectPassed(run);
      deployed.push(run.outputs);
    }
    for (const name of names) expectPassed(await step('demo', { 'stack-name': name, 'state-machine-name': machineOf(name) }));
    expect(deployed[0].SendQueueUrl).not.toBe(deployed[1].SendQueueUrl);
    expect(deployed[0].MessageTableName).toBe('doc-example-stepfunctions-a-messages');
    expect(deployed[1].MessageTableName).toBe('doc-example-stepfunctions-b-messages');
    const aws = clientsFor(endpoint!.url);
    for (const name of names) {
      await aws.dynamodb.send(new DescribeTableCommand({ TableName: `${name}-messages` }));
      await aws.sqs.send(new GetQueueUrlCommand({ QueueName: `${name}-queue` }));
    }
    for (const name of names) {
      expectPassed(await step('destroy', { 'stack-name': name, 'state-machine-name': machineOf(name) }));
      expect(await findStack(aws.cloudformation, name)).toBeUndefined();
    }
    aws.destroy();
  }, 5 * STEP_MS);
});

describe('lifecycle through a CloudFormation service role (role-arn)', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-service-role-'));
  let endpoint: StartedProcess | undefined;

  afterAll(async () => {
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  test('passes with the smaller caller policy', async () => {
    // The service role is made first by an administrator (no caller policy), from the committed template.
    endpoint = await startEndpointProcess({ stateDir, timeScale: Number(TIME_SCALE), args: ['--strict'] });
    const admin = clientsFor(endpoint.url);
    const roleStack = 'message-pump-cloudformation-role';
    await admin.cloudformation.send(
      new CreateStackCommand({
        StackName: roleStack,
        TemplateBody: readFileSync(policy('cloudformation-service-role.yaml'), 'utf8'),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
      }),
    );
    let roleArn = '';
    for (const deadline = Date.now() + 30_000; !roleArn && Date.now() < deadline; ) {
      const stack = (await admin.cloudformation.send(new DescribeStacksCommand({ StackName: roleStack }))).Stacks?.[0];
      if (stack?.StackStatus === 'CREATE_COMPLETE') roleArn = stack.Outputs?.find((o) => o.OutputKey === 'RoleArn')?.OutputValue ?? '';
      else if (!stack?.StackStatus?.endsWith('_IN_PROGRESS')) throw new Error(`service role stack ${stack?.StackStatus}: ${stack?.StackStatusReason}`);
      else await new Promise((done) => setTimeout(done, 100));
    }
    admin.destroy();
    expect(roleArn).toMatch(/:role\/message-pump-cloudformation$/);
    await endpoint.stop();

    endpoint = await startEndpointProcess({
      stateDir,
      timeScale: Number(TIME_SCALE),
      args: ['--strict', '--caller-policy', policy('caller-policy-with-service-role.json')],
    });
    const run = await runAction({
      inputs: { operation: 'lifecycle', 'timeout-seconds': '180', 'role-arn': roleArn },
      endpointUrl: endpoint.url,
      timeoutMs: STEP_MS,
      env: { LOCAL_ENDPOINT_TIME_SCALE: TIME_SCALE },
    });
    expectPassed(run);
  }, 2 * STEP_MS);
});

describe('lifecycle under the caller policy with transient faults', () => {
  const dirs: string[] = [];
  let endpoint: StartedProcess | undefined;

  afterAll(async () => {
    await endpoint?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test.each([1, 2, 3])('passes at fault rate 0.05, seed %i', async (seed) => {
    await endpoint?.stop();
    const stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-faults-'));
    dirs.push(stateDir);
    endpoint = await startEndpointProcess({
      stateDir,
      timeScale: Number(TIME_SCALE),
      args: ['--strict', '--fault-rate', '0.05', '--fault-seed', String(seed), '--caller-policy', policy('caller-policy.json')],
    });
    const run = await runAction({
      inputs: { operation: 'lifecycle', 'timeout-seconds': '180' },
      endpointUrl: endpoint.url,
      timeoutMs: STEP_MS,
      env: { LOCAL_ENDPOINT_TIME_SCALE: TIME_SCALE },
    });
    expectPassed(run);
  }, STEP_MS + 30_000);
});
