// Issue 6's "Done when", end to end with the real AWS CLI (botocore, not the JS SDK) against the bundled endpoint
// process as `npm run endpoint -- --port P --strict --time-scale 0.1` starts it: IAM propagation, SQS's
// queue-name and purge cooldowns, a version ARN exact while the unqualified ARN lags an update, and, on a second
// endpoint with --caller-policy, SQS's AccessDenied and a stack rolled back naming the handler permission it lacked.
// Each case asserts what the CLI prints, as a user would read it. Skipped, saying why, only when `aws` is missing.
//
// Why the strict endpoint widens two windows: at time scale 0.1 the defaults are 0.8 s of propagation and 0.2 s
// of consistency, and every `aws` call is a fresh Python process taking ~1–2.5 s here (more on a loaded machine),
// so no CLI sequence can land inside the default windows. --propagation-seconds 100 and --consistency-seconds 100
// (10 s each once scaled) leave room for several CLI calls under load while the behaviour stays the one the
// defaults have; a shorter window would make the test depend on how fast Python starts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, startEndpointProcess, type StartedProcess } from './helpers/processes';

const cliMissing = ((): string | undefined => {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'the AWS CLI (aws) is not installed';
  }
})();
if (cliMissing) console.warn(`Skipping the strict AWS CLI suite: ${cliMissing}`);
const suite = cliMissing ? describe.skip : describe;

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
const TIME_SCALE = 0.1;
const WINDOW_SECONDS = 100;
/** The scaled propagation and consistency windows of the strict endpoint, in ms. */
const WINDOW_MS = WINDOW_SECONDS * 1000 * TIME_SCALE;
const CASE_MS = 180_000;

const work = mkdtempSync(join(tmpdir(), 'strict-cli-'));
let strict: StartedProcess | undefined;
let guarded: StartedProcess | undefined;
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `aws --endpoint-url <endpoint> --output json <args>` and returns its exit code and what it printed (never throws on a failed call). */
function cli(endpoint: StartedProcess, ...args: string[]): Promise<CliRun> {
  const env = { ...cleanEnv(), HOME: work, AWS_ACCESS_KEY_ID: 'cli', AWS_SECRET_ACCESS_KEY: 'cli', AWS_DEFAULT_REGION: REGION, AWS_PAGER: '' };
  return new Promise((resolve, reject) => {
    execFile('aws', ['--endpoint-url', endpoint.url, '--output', 'json', ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error); // not started, or killed by the timeout
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Runs a call that must succeed and returns its parsed JSON answer ({} for none). */
async function ok(endpoint: StartedProcess, ...args: string[]): Promise<Record<string, unknown>> {
  const run = await cli(endpoint, ...args);
  if (run.code !== 0) throw new Error(`aws ${args.slice(0, 2).join(' ')} failed (${run.code}): ${run.stderr.trim()}\n--- endpoint ---\n${endpoint.output().slice(-2000)}`);
  return run.stdout.trim() ? (JSON.parse(run.stdout) as Record<string, unknown>) : {};
}

/** The `An error occurred (...)` line the CLI printed for a failed call. */
function errorLine(run: CliRun): string {
  expect(run.code).not.toBe(0);
  return run.stderr.split('\n').find((line) => line.startsWith('An error occurred')) ?? run.stderr.trim();
}

/** Repeats `attempt` until it returns a value, or fails after `deadlineMs` naming what it waited for and the last answer. */
async function until<T>(what: string, deadlineMs: number, attempt: () => Promise<{ done: T } | { last: string }>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const result = await attempt();
    if ('done' in result) return result.done;
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}; last answer: ${result.last}`);
    await new Promise((resolve) => setTimeout(resolve, 250)); // poll interval, not a wait for the condition
  }
}

const passMachine = (value: number) => JSON.stringify({ StartAt: 'Answer', States: { Answer: { Type: 'Pass', Result: { definition: value }, End: true } } });
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const PROPAGATION_DENIAL =
  'An error occurred (AccessDeniedException) when calling the CreateStateMachine operation: Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.';

/** `aws iam create-role` trusting states.amazonaws.com, then `aws iam put-role-policy`; returns when the request to create it was sent. */
async function createStatesRole(name: string): Promise<void> {
  const trust = join(work, `${name}-trust.json`);
  const permissions = join(work, `${name}-policy.json`);
  writeFileSync(trust, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));
  writeFileSync(permissions, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }] }));
  await ok(strict!, 'iam', 'create-role', '--role-name', name, '--assume-role-policy-document', `file://${trust}`);
  await ok(strict!, 'iam', 'put-role-policy', '--role-name', name, '--policy-name', 'invoke', '--policy-document', `file://${permissions}`);
}

/** Creates the state machine, retrying while the role has not propagated (any other failure fails the test). */
async function createMachineOnceRolePropagated(name: string, role: string, definition: string): Promise<{ arn: string; denials: string[] }> {
  const denials: string[] = [];
  const arn = await until<string>(`CreateStateMachine ${name} to succeed once ${role} propagated`, 3 * WINDOW_MS + 60_000, async () => {
    const run = await cli(strict!, 'stepfunctions', 'create-state-machine', '--name', name, '--role-arn', roleArn(role), '--definition', definition);
    if (run.code === 0) return { done: (JSON.parse(run.stdout) as { stateMachineArn: string }).stateMachineArn };
    const line = errorLine(run);
    expect(line).toBe(PROPAGATION_DENIAL);
    denials.push(line);
    return { last: line };
  });
  return { arn, denials };
}

/** The finished execution's status and output, polled with a deadline (DescribeExecution is eventually consistent). */
async function finished(executionArn: string): Promise<{ status: string; output?: string }> {
  return until<{ status: string; output?: string }>(`${executionArn} to finish`, 60_000, async () => {
    const described = (await ok(strict!, 'stepfunctions', 'describe-execution', '--execution-arn', executionArn)) as { status: string; output?: string };
    return described.status === 'RUNNING' ? { last: described.status } : { done: described };
  });
}

suite('issue 6 "Done when" with the AWS CLI on the strict endpoint', () => {
  beforeAll(async () => {
    strict = await startEndpointProcess({
      timeScale: TIME_SCALE,
      args: ['--strict', '--propagation-seconds', String(WINDOW_SECONDS), '--consistency-seconds', String(WINDOW_SECONDS)],
    });
  }, 30_000);
  afterAll(async () => {
    await strict?.stop();
  });

  it('a role created and used at once is refused with the propagation AccessDeniedException, and accepted after the scaled propagation time', async () => {
    await createStatesRole('strict-cli-propagation');
    const { arn, denials } = await createMachineOnceRolePropagated('strict-cli-propagation', 'strict-cli-propagation', passMachine(1));
    // The first attempt came within the window, so it was refused with the CLI's line for AWS's error; a later
    // one, once the role had propagated, was accepted.
    expect(denials[0]).toBe(PROPAGATION_DENIAL);
    expect(arn).toBe(`arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:strict-cli-propagation`);
  }, CASE_MS);

  it('a queue deleted and re-created at once gets QueueDeletedRecently; two purges in a row get PurgeQueueInProgress', async () => {
    const { QueueUrl: url } = (await ok(strict!, 'sqs', 'create-queue', '--queue-name', 'strict-cli-cooldown')) as { QueueUrl: string };
    await ok(strict!, 'sqs', 'delete-queue', '--queue-url', url);
    expect(errorLine(await cli(strict!, 'sqs', 'create-queue', '--queue-name', 'strict-cli-cooldown'))).toBe(
      'An error occurred (AWS.SimpleQueueService.QueueDeletedRecently) when calling the CreateQueue operation: You must wait 60 seconds after deleting a queue before you can create another with the same name.',
    );
    // The refusal is the cooldown, not a lost name: once it is over the name can be had again.
    const recreated = await until<string>('the queue name to be free again', 120_000, async () => {
      const run = await cli(strict!, 'sqs', 'create-queue', '--queue-name', 'strict-cli-cooldown');
      return run.code === 0 ? { done: (JSON.parse(run.stdout) as { QueueUrl: string }).QueueUrl } : { last: errorLine(run) };
    });
    expect(recreated).toBe(url);

    await ok(strict!, 'sqs', 'purge-queue', '--queue-url', recreated);
    expect(errorLine(await cli(strict!, 'sqs', 'purge-queue', '--queue-url', recreated))).toBe(
      'An error occurred (AWS.SimpleQueueService.PurgeQueueInProgress) when calling the PurgeQueue operation: Only one PurgeQueue operation on strict-cli-cooldown is allowed every 60 seconds.',
    );
  }, CASE_MS);

  it('right after update-state-machine --publish, a run on the version ARN has the new definition and one on the unqualified ARN the old one', async () => {
    await createStatesRole('strict-cli-versions');
    const { arn } = await createMachineOnceRolePropagated('strict-cli-versions', 'strict-cli-versions', passMachine(1));
    const { stateMachineVersionArn: version } = (await ok(strict!, 'stepfunctions', 'update-state-machine', '--state-machine-arn', arn, '--definition', passMachine(2), '--publish')) as {
      stateMachineVersionArn: string;
    };
    expect(version).toBe(`${arn}:1`);
    // Both starts at once, so both land as soon after the update as the CLI allows (the 10 s window covers them).
    const [onVersion, onMachine] = (await Promise.all([
      ok(strict!, 'stepfunctions', 'start-execution', '--state-machine-arn', version),
      ok(strict!, 'stepfunctions', 'start-execution', '--state-machine-arn', arn),
    ])) as { executionArn: string }[];
    const [versionRun, machineRun] = await Promise.all([finished(onVersion.executionArn), finished(onMachine.executionArn)]);
    expect(versionRun).toMatchObject({ status: 'SUCCEEDED', stateMachineVersionArn: version });
    expect(JSON.parse(versionRun.output ?? 'null')).toEqual({ definition: 2 });
    expect(machineRun.status).toBe('SUCCEEDED');
    expect(JSON.parse(machineRun.output ?? 'null')).toEqual({ definition: 1 });
  }, CASE_MS);
});

suite('issue 6 "Done when" with the AWS CLI under --caller-policy', () => {
  // The caller may create, read and delete queues and run CloudFormation, but lacks sqs:SendMessage, and
  // sqs:GetQueueUrl, one of the five permissions of AWS::SQS::Queue's create handler (handler-permissions.json).
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Stacks', Effect: 'Allow', Action: 'cloudformation:*', Resource: '*' },
      {
        Sid: 'QueuesButNotSendOrGetQueueUrl',
        Effect: 'Allow',
        Action: ['sqs:CreateQueue', 'sqs:DeleteQueue', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags', 'sqs:TagQueue', 'sqs:ReceiveMessage', 'sqs:ListQueues'],
        Resource: '*',
      },
    ],
  };

  beforeAll(async () => {
    const file = join(work, 'caller-policy.json');
    writeFileSync(file, JSON.stringify(policy));
    guarded = await startEndpointProcess({ timeScale: TIME_SCALE, args: ['--strict', '--caller-policy', file] });
  }, 30_000);
  afterAll(async () => {
    await guarded?.stop();
  });

  it("a send the policy lacks sqs:SendMessage for is denied with SQS's AccessDenied, while an allowed call passes", async () => {
    const { QueueUrl: url } = (await ok(guarded!, 'sqs', 'create-queue', '--queue-name', 'strict-cli-guarded')) as { QueueUrl: string };
    expect(errorLine(await cli(guarded!, 'sqs', 'send-message', '--queue-url', url, '--message-body', 'denied'))).toBe(
      `An error occurred (AccessDenied) when calling the SendMessage operation: User: arn:aws:iam::${ACCOUNT}:user/local-caller is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:${REGION}:${ACCOUNT}:strict-cli-guarded because no identity-based policy allows the sqs:sendmessage action`,
    );
    // Allowed: answered, and nothing was sent by the denied call.
    const received = await cli(guarded!, 'sqs', 'receive-message', '--queue-url', url);
    expect(received.code).toBe(0);
    expect(received.stdout.trim() ? (JSON.parse(received.stdout) as { Messages?: unknown[] }).Messages : undefined).toBeUndefined();
  }, CASE_MS);

  it('a stack whose caller lacks sqs:GetQueueUrl rolls back, its events naming the missing permission', async () => {
    const template = join(work, 'queue.yaml');
    writeFileSync(template, 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: strict-cli-stack-queue\n');
    await ok(guarded!, 'cloudformation', 'create-stack', '--stack-name', 'strict-cli-stack', '--template-body', `file://${template}`);
    const waited = await cli(guarded!, 'cloudformation', 'wait', 'stack-create-complete', '--stack-name', 'strict-cli-stack');
    expect(waited.stderr.trim()).toBe(
      'Waiter StackCreateComplete failed: Waiter encountered a terminal failure state: For expression "Stacks[].StackStatus" we matched expected path: "ROLLBACK_COMPLETE" at least once',
    );
    const { Stacks } = (await ok(guarded!, 'cloudformation', 'describe-stacks', '--stack-name', 'strict-cli-stack')) as { Stacks: { StackStatus: string; StackStatusReason?: string }[] };
    expect(Stacks[0]).toMatchObject({ StackStatus: 'ROLLBACK_COMPLETE', StackStatusReason: 'The following resource(s) failed to create: [Queue]. Rollback requested by user.' });
    const { StackEvents } = (await ok(guarded!, 'cloudformation', 'describe-stack-events', '--stack-name', 'strict-cli-stack')) as {
      StackEvents: { LogicalResourceId: string; ResourceStatus: string; ResourceStatusReason?: string }[];
    };
    const failed = StackEvents.find((event) => event.LogicalResourceId === 'Queue' && event.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.ResourceStatusReason).toMatch(
      new RegExp(
        `^Resource handler returned message: "User: arn:aws:iam::${ACCOUNT}:user/local-caller is not authorized to perform: sqs:getqueueurl on resource: arn:aws:sqs:${REGION}:${ACCOUNT}:strict-cli-stack-queue because no identity-based policy allows the sqs:getqueueurl action \\(Service: Sqs, Status Code: 403, Request ID: [0-9a-f-]+\\)" \\(RequestToken: [0-9a-f-]+, HandlerErrorCode: AccessDenied\\)$`,
      ),
    );
    // Rolled back: the queue the stack would have made does not exist.
    const listed = (await ok(guarded!, 'sqs', 'list-queues', '--queue-name-prefix', 'strict-cli-stack-queue')) as { QueueUrls?: string[] };
    expect(listed.QueueUrls ?? []).toEqual([]);
  }, CASE_MS);
});
