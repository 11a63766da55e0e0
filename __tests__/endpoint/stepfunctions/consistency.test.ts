// Step Functions' eventual consistency through the SDK's SFNClient: on a strict endpoint a run started
// on the unqualified ARN right after UpdateStateMachine uses the previous definition (a version ARN is
// exact), a stopped run reads RUNNING for a while (it really has stopped), ListStateMachines lags creates
// and deletes, and a deleted machine stays DELETING, its name not yet free. Each window is waited out on
// its condition; without strict every change shows at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  type ExecutionStatus,
} from '@aws-sdk/client-sfn';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { waitFor } from '../../../src/wait';
import { allowAllRoleSpec } from '../iam-standin';
import { ROLE_ARN } from './support';

const say = (label: string): string => JSON.stringify({ StartAt: 'Say', States: { Say: { Type: 'Pass', Result: label, End: true } } });
const HOLD = JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 3600, End: true } } });
const clientConfig = (url: string) => ({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
/** Scaled: 2 s at half speed, a 1 s window, long enough for the calls made inside it. */
const STRICT = { timeScale: 0.5, strict: true, consistencySeconds: 2, propagationSeconds: 0 } as const;

const until = <T>(what: string, poll: () => Promise<T | undefined>): Promise<T> =>
  waitFor<T>(
    async () => {
      const value = await poll();
      return value === undefined ? { done: false } : { done: true, value };
    },
    { what, deadline: Date.now() + 15_000, initialDelayMs: 20, maxDelayMs: 200 },
  );

async function errorName(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as Error).name;
  }
  return 'no error';
}

async function outputOf(sfn: SFNClient, executionArn: string): Promise<unknown> {
  const run = await until(`run ${executionArn} to end`, async () => {
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    return described.status === 'RUNNING' ? undefined : described;
  });
  expect(run.status).toBe('SUCCEEDED');
  return JSON.parse(run.output ?? 'null');
}

async function listedNames(sfn: SFNClient): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new ListStateMachinesCommand({ nextToken }));
    names.push(...(page.stateMachines ?? []).map((m) => String(m.name)));
    nextToken = page.nextToken;
  } while (nextToken);
  return names;
}

async function listedRuns(sfn: SFNClient, stateMachineArn: string, statusFilter: ExecutionStatus): Promise<string[]> {
  return ((await sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter }))).executions ?? []).map((e) => String(e.executionArn));
}

describe('a strict endpoint', () => {
  let endpoint: RunningEndpoint;
  let sfn: SFNClient;
  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, ...STRICT });
    endpoint.backends.iam.createRole(allowAllRoleSpec('StepRole'));
    sfn = new SFNClient(clientConfig(endpoint.url));
  });
  afterAll(() => endpoint?.close());

  it('runs the previous definition on the unqualified ARN right after an update, the new one on the version ARN, then the new one everywhere', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'lagging', definition: say('old'), roleArn: ROLE_ARN }));
    const { stateMachineVersionArn } = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('new'), publish: true }));
    const onVersion = await sfn.send(new StartExecutionCommand({ stateMachineArn: stateMachineVersionArn }));
    const onMachine = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));

    expect(await outputOf(sfn, String(onVersion.executionArn))).toBe('new');
    expect(await outputOf(sfn, String(onMachine.executionArn))).toBe('old');
    expect((await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: onMachine.executionArn }))).definition).toBe(say('old'));
    // The machine itself describes its latest revision.
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).definition).toBe(say('new'));

    const later = await until('a run on the unqualified ARN to use the new definition', async () => {
      const run = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
      const output = await outputOf(sfn, String(run.executionArn));
      return output === 'new' ? output : undefined;
    });
    expect(later).toBe('new');
  }, 30_000);

  it('shows a stopped run RUNNING for a while, though it has really stopped, then ABORTED', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'stopped-late', definition: HOLD, roleArn: ROLE_ARN }));
    const { executionArn = '' } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn, error: 'Demo.Done', cause: 'over' }));
    expect(stopped.stopDate).toBeInstanceOf(Date);

    const read = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(read.status).toBe('RUNNING');
    expect(read.stopDate).toBeUndefined();
    expect(await listedRuns(sfn, arn, 'RUNNING')).toContain(executionArn);
    expect(await listedRuns(sfn, arn, 'ABORTED')).not.toContain(executionArn);
    // The run itself is over: its history ends with the abort.
    const { events = [] } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
    expect(events[0]?.type).toBe('ExecutionAborted');

    const aborted = await until('the stopped run to read ABORTED', async () => {
      const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return described.status === 'ABORTED' ? described : undefined;
    });
    expect(aborted).toMatchObject({ error: 'Demo.Done', cause: 'over' });
    expect(aborted.stopDate?.getTime()).toBe(stopped.stopDate?.getTime());
    expect(await listedRuns(sfn, arn, 'ABORTED')).toContain(executionArn);
    expect(await listedRuns(sfn, arn, 'RUNNING')).not.toContain(executionArn);
  }, 30_000);

  it('lists a new machine only after a while, keeps a deleted one DELETING and listed, its name taken, until it is gone', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'eventually-listed', definition: say('x'), roleArn: ROLE_ARN }));
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).status).toBe('ACTIVE');
    expect(await listedNames(sfn)).not.toContain('eventually-listed');
    await until('the new machine to be listed', async () => ((await listedNames(sfn)).includes('eventually-listed') ? true : undefined));

    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).status).toBe('DELETING');
    expect(await listedNames(sfn)).toContain('eventually-listed');
    expect(await errorName(sfn.send(new CreateStateMachineCommand({ name: 'eventually-listed', definition: say('x'), roleArn: ROLE_ARN })))).toBe('StateMachineDeleting');
    expect(await errorName(sfn.send(new StartExecutionCommand({ stateMachineArn: arn })))).toBe('StateMachineDeleting');

    await until('the deleted machine to be gone', async () =>
      (await errorName(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })))) === 'StateMachineDoesNotExist' ? true : undefined,
    );
    expect(await listedNames(sfn)).not.toContain('eventually-listed');
    expect((await sfn.send(new CreateStateMachineCommand({ name: 'eventually-listed', definition: say('y'), roleArn: ROLE_ARN }))).stateMachineArn).toBe(arn);
  }, 30_000);
});

describe('an endpoint that is not strict', () => {
  let endpoint: RunningEndpoint;
  let sfn: SFNClient;
  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, timeScale: 0.5, consistencySeconds: 2 });
    endpoint.backends.iam.createRole(allowAllRoleSpec('StepRole'));
    sfn = new SFNClient(clientConfig(endpoint.url));
  });
  afterAll(() => endpoint?.close());

  it('shows every change at once: updates, stops and creates', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'prompt', definition: say('old'), roleArn: ROLE_ARN }));
    expect(await listedNames(sfn)).toContain('prompt');
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('new') }));
    const run = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    expect(await outputOf(sfn, String(run.executionArn))).toBe('new');

    const { stateMachineArn: holdArn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'prompt-stop', definition: HOLD, roleArn: ROLE_ARN }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: holdArn }));
    await sfn.send(new StopExecutionCommand({ executionArn }));
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('ABORTED');
  }, 30_000);
});
