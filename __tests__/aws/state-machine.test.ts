import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  PublishStateMachineVersionCommand,
  DeleteStateMachineVersionCommand,
  ListStateMachineVersionsCommand,
} from '@aws-sdk/client-sfn';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { FakeStepFunctions, sfnError } from '../../__fixtures__/fake-sfn';

jest.unstable_mockModule('@actions/core', () => core);
const {
  createStateMachine,
  deleteStateMachine,
  describeFailure,
  diagnoseFailure,
  findStateMachine,
  startExecution,
  stopExecutions,
  stopRunningExecutions,
  updateStateMachine,
  ensureDefinition,
  expectedExecutionArn,
} = await import('../../src/aws/state-machine');
const { RoleNotAssumableError, ROLE_PROPAGATION_LIMIT_MS } = await import('../../src/aws/sfn-retry');
const { WaitTimeoutError } = await import('../../src/wait');

const sfnMock = mockClient(SFNClient);
const machineArn = 'arn:aws:states:us-east-1:000000000000:stateMachine:pump';
const runArn = (n: number): string => `arn:aws:states:us-east-1:000000000000:execution:pump:run-${n}`;
const gone = (): StateMachineDoesNotExist => new StateMachineDoesNotExist({ message: 'gone', $metadata: {} });

function limits(ctx = createTestContext()) {
  return { deadline: ctx.deadline, sleep: ctx.sleep, now: ctx.now, signal: ctx.signal };
}

beforeEach(() => {
  sfnMock.reset();
  core.info.mockReset();
  core.warning.mockReset();
});

describe('findStateMachine', () => {
  it('follows the pages until it finds the name', async () => {
    sfnMock
      .on(ListStateMachinesCommand)
      .resolvesOnce({ stateMachines: [{ name: 'other', stateMachineArn: 'arn:other', type: 'STANDARD', creationDate: new Date() }], nextToken: 't1' })
      .resolvesOnce({ stateMachines: [{ name: 'pump', stateMachineArn: machineArn, type: 'STANDARD', creationDate: new Date() }] });
    await expect(findStateMachine(new SFNClient({ region: 'us-east-1' }), 'pump')).resolves.toBe(machineArn);
    expect(sfnMock).toHaveReceivedCommandTimes(ListStateMachinesCommand, 2);
    expect(sfnMock).toHaveReceivedNthSpecificCommandWith(2, ListStateMachinesCommand, { nextToken: 't1' });
  });

  it('returns undefined when no machine has the name', async () => {
    sfnMock.on(ListStateMachinesCommand).resolves({ stateMachines: [] });
    await expect(findStateMachine(new SFNClient({ region: 'us-east-1' }), 'pump')).resolves.toBeUndefined();
  });
});

describe('createStateMachine', () => {
  it('creates a STANDARD machine with the role and the tags that trace it to the workflow run, and publishes version 1', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    const ctx = createTestContext();
    const created = await createStateMachine(ctx.clients.sfn, { name: 'pump', definition: { StartAt: 'A' }, roleArn: 'arn:role', run: ctx.run }, limits(ctx));
    expect(created).toEqual({ stateMachineArn: machineArn, versionArn: `${machineArn}:1` });
    expect(sfnMock).toHaveReceivedCommandWith(CreateStateMachineCommand, {
      name: 'pump',
      roleArn: 'arn:role',
      definition: JSON.stringify({ StartAt: 'A' }),
      type: 'STANDARD',
      publish: true,
      versionDescription: 'Published by stepfunctions-message-pump-action (https://github.com/octo/repo/actions/runs/42)',
      tags: expect.arrayContaining([
        { key: 'created-by', value: 'stepfunctions-message-pump-action' },
        { key: 'github:repository', value: 'octo/repo' },
        { key: 'github:run-url', value: 'https://github.com/octo/repo/actions/runs/42' },
      ]),
    });
    // The version is read back before it is handed out.
    expect(sfnMock).toHaveReceivedCommandWith(DescribeStateMachineCommand, { stateMachineArn: `${machineArn}:1` });
    expect(fake.machines.get('pump')!.versions.map((v) => v.arn)).toEqual([`${machineArn}:1`]);
  });

  it('retries with back-off while the new role cannot be assumed yet, then succeeds', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.roleNotAssumable = 3;
    const ctx = createTestContext();
    const sleeps: number[] = [];
    const sleep = (ms: number) => {
      sleeps.push(ms);
      return ctx.sleep(ms);
    };
    const created = await createStateMachine(ctx.clients.sfn, { name: 'pump', definition: { StartAt: 'A' }, roleArn: 'arn:role', run: ctx.run }, { ...limits(ctx), sleep });
    expect(created.stateMachineArn).toBe(machineArn);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 4);
    expect(sleeps).toHaveLength(3);
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/CreateStateMachine pump: role arn:role not assumable by Step Functions yet; retrying \(attempt 1\)/));
  });

  it('gives up after the propagation bound, naming the role and what to check', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.roleNotAssumable = Number.POSITIVE_INFINITY;
    const ctx = createTestContext({ inputs: { timeoutSeconds: 900 } });
    const started = ctx.now();
    const error = await createStateMachine(ctx.clients.sfn, { name: 'pump', definition: { StartAt: 'A' }, roleArn: 'arn:aws:iam::000000000000:role/step', run: ctx.run }, limits(ctx)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RoleNotAssumableError);
    expect((error as Error).message).toMatch(
      /^Step Functions could not assume the role arn:aws:iam::000000000000:role\/step for state machine pump after \d+ s of retries \(AccessDeniedException: Neither the global service principal/,
    );
    expect((error as Error).message).toContain('trust policy allows sts:AssumeRole to the service principal states.amazonaws.com');
    expect((error as Error).message).toContain('iam:PassRole');
    // Bounded by the propagation limit, well before the operation's deadline.
    expect(ctx.now() - started).toBeGreaterThanOrEqual(ROLE_PROPAGATION_LIMIT_MS);
    expect(ctx.now() - started).toBeLessThan(ROLE_PROPAGATION_LIMIT_MS + 15_000);
  });

  it('names the role too when the operation deadline comes first', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.roleNotAssumable = Number.POSITIVE_INFINITY;
    const ctx = createTestContext({ inputs: { timeoutSeconds: 30 } });
    await expect(createStateMachine(ctx.clients.sfn, { name: 'pump', definition: {}, roleArn: 'arn:role', run: ctx.run }, limits(ctx))).rejects.toThrow(RoleNotAssumableError);
  });

  it('does not retry other errors', async () => {
    sfnMock.on(CreateStateMachineCommand).rejects(sfnError('InvalidDefinition', 'bad'));
    const ctx = createTestContext();
    await expect(createStateMachine(ctx.clients.sfn, { name: 'pump', definition: {}, roleArn: 'arn:role', run: ctx.run }, limits(ctx))).rejects.toThrow('bad');
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 1);
  });

  it('waits while a machine of the same name is still DELETING, then creates it', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    const old = fake.seed('pump', { StartAt: 'old' });
    old.status = 'DELETING';
    old.deletingReads = 2;
    const ctx = createTestContext();
    const created = await createStateMachine(ctx.clients.sfn, { name: 'pump', definition: { StartAt: 'new' }, roleArn: 'arn:role', run: ctx.run }, limits(ctx));
    expect(created.versionArn).toBe(`${machineArn}:1`);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 3);
    expect(fake.machines.get('pump')!.definition).toBe('{"StartAt":"new"}');
  });
});

describe('updateStateMachine', () => {
  it('publishes a version and waits until that version returns the new definition', async () => {
    const next = { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } };
    sfnMock.on(UpdateStateMachineCommand).resolves({ updateDate: new Date(), stateMachineVersionArn: `${machineArn}:2` });
    sfnMock
      .on(DescribeStateMachineCommand)
      .rejectsOnce(gone())
      // Same document, keys in another order: still the new definition.
      .resolves({ definition: JSON.stringify({ States: { B: { End: true, Type: 'Pass' } }, StartAt: 'B' }) } as never);
    const ctx = createTestContext();
    await expect(updateStateMachine(ctx.clients.sfn, machineArn, next, { ...limits(ctx), run: ctx.run })).resolves.toBe(`${machineArn}:2`);
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { stateMachineArn: machineArn, definition: JSON.stringify(next), publish: true });
    expect(sfnMock).toHaveReceivedCommandWith(DescribeStateMachineCommand, { stateMachineArn: `${machineArn}:2` });
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeStateMachineCommand, 2);
  });

  it('reads the machine itself back where the endpoint publishes no version, and times out naming what it waited for', async () => {
    sfnMock.on(UpdateStateMachineCommand).resolves({ updateDate: new Date() });
    sfnMock.on(DescribeStateMachineCommand).resolves({ definition: '{"StartAt":"A"}' } as never);
    const ctx = createTestContext();
    const error = await updateStateMachine(ctx.clients.sfn, machineArn, { StartAt: 'B' }, { ...limits(ctx), run: ctx.run }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toContain(`${machineArn} to return the new definition`);
  });

  it('retries a new role that cannot be assumed yet, and a concurrent publish (ConflictException)', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' });
    fake.roleNotAssumable = 2;
    const ctx = createTestContext();
    const versionArn = await updateStateMachine(ctx.clients.sfn, machineArn, { StartAt: 'B' }, { ...limits(ctx), run: ctx.run, roleArn: 'arn:new-role' });
    expect(versionArn).toBe(`${machineArn}:1`);
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 3);
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { roleArn: 'arn:new-role' });
    expect(fake.machines.get('pump')!.roleArn).toBe('arn:new-role');

  });

  it('retries a concurrent publish (ConflictException)', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' });
    fake.conflicts = 2;
    const ctx = createTestContext();
    await expect(updateStateMachine(ctx.clients.sfn, machineArn, { StartAt: 'C' }, { ...limits(ctx), run: ctx.run })).resolves.toBe(`${machineArn}:1`);
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 3);
  });
});

describe('ensureDefinition', () => {
  const options = (ctx: ReturnType<typeof createTestContext>, definition: Record<string, unknown>) => ({ name: 'pump', definition, roleArn: 'arn:aws:iam::000000000000:role/step', run: ctx.run });

  it('creates a missing machine and returns its first version', async () => {
    new FakeStepFunctions(sfnMock).install();
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'A' }), limits(ctx));
    expect(placed).toMatchObject({ stateMachineArn: machineArn, versionArn: `${machineArn}:1`, change: 'created' });
  });

  it('updates a machine with another definition, after beforeUpdate, and publishes the next version', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { versions: 1 });
    const ctx = createTestContext();
    const before = jest.fn(async (_machine: { stateMachineArn: string }) => undefined);
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'B' }), { ...limits(ctx), beforeUpdate: before });
    expect(placed).toMatchObject({ versionArn: `${machineArn}:2`, change: 'updated', previous: { StartAt: 'A' } });
    expect(before).toHaveBeenCalledWith(expect.objectContaining({ stateMachineArn: machineArn }));
  });

  it('leaves a machine that already has the definition, returning the version of its current revision', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { versions: 1 });
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'A' }), limits(ctx));
    expect(placed).toMatchObject({ versionArn: `${machineArn}:1`, change: 'unchanged' });
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 0);
    expect(sfnMock).toHaveReceivedCommandTimes(PublishStateMachineVersionCommand, 1);
  });

  it("updates the role when the machine has another one (a stack with other names)", async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { roleArn: 'arn:aws:iam::000000000000:role/old' });
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'A' }), limits(ctx));
    expect(placed.change).toBe('updated');
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { roleArn: 'arn:aws:iam::000000000000:role/step' });
  });

  it('looks again when the machine was created but not listed yet (StateMachineAlreadyExists)', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' });
    let lists = 0;
    sfnMock.on(ListStateMachinesCommand).callsFake(() => {
      lists += 1;
      // The first listing does not show the machine yet.
      return { stateMachines: lists === 1 ? [] : [{ name: 'pump', stateMachineArn: machineArn, type: 'STANDARD', creationDate: new Date() }] };
    });
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'B' }), limits(ctx));
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 1);
    expect(placed).toMatchObject({ change: 'updated', versionArn: `${machineArn}:1` });
  });

  it('waits out a machine still DELETING, then creates it anew', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    const old = fake.seed('pump', { StartAt: 'old' });
    old.status = 'DELETING';
    old.deletingReads = 2;
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'A' }), limits(ctx));
    expect(placed.change).toBe('created');
    expect(fake.machines.get('pump')!.definition).toBe('{"StartAt":"A"}');
  });

  it("prunes this action's versions beyond the newest five, keeping those in use and never another's", async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    const machine = fake.seed('pump', { StartAt: 'A' }, { versions: 1 });
    // Versions 1..7 (7 by someone else), then the update publishes 8.
    for (let n = 2; n <= 7; n += 1) {
      machine.current = undefined;
      machine.definition = JSON.stringify({ StartAt: `v${n}` });
      machine.versions.push({ arn: `${machineArn}:${n}`, definition: machine.definition, description: n === 2 ? 'by hand' : 'Published by stepfunctions-message-pump-action (x)' });
      machine.nextVersion = n + 1;
    }
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'B' }), { ...limits(ctx), protect: [`${machineArn}:1`] });
    expect(placed.versionArn).toBe(`${machineArn}:8`);
    // Newest five kept (8..4); 3 deleted; 2 is someone else's; 1 is protected.
    expect(placed.pruned.deleted).toEqual([`${machineArn}:3`]);
    expect(machine.versions.map((v) => v.arn.split(':').pop())).toEqual(['1', '2', '4', '5', '6', '7', '8']);
  });

  it('prunes nothing on a machine this action did not create', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { versions: 9, foreign: true });
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'B' }), limits(ctx));
    expect(placed.pruned).toEqual({ deleted: [], failed: [], skipped: 'the state machine was not created by this action' });
    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineVersionCommand, 0);
  });

  it('works on an endpoint without versions, warning that runs start on the machine', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.noVersions = true;
    const ctx = createTestContext();
    const placed = await ensureDefinition(ctx.clients.sfn, options(ctx, { StartAt: 'A' }), limits(ctx));
    expect(placed).toMatchObject({ stateMachineArn: machineArn, change: 'created', pruned: { skipped: 'the endpoint has no state machine versions' } });
    expect(placed.versionArn).toBeUndefined();
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('published no version'), { title: 'No state machine version' });
  });
});

describe('startExecution', () => {
  it('names the run after the workflow run and tracks it', async () => {
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: runArn(1), startDate: new Date() });
    const ctx = createTestContext();
    await expect(startExecution(ctx, machineArn, 'demo')).resolves.toBe(runArn(1));
    expect(sfnMock).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: machineArn, name: expect.stringMatching(/^gh-42-1-demo-/) });
    expect(ctx.trackExecution).toHaveBeenCalledWith(runArn(1));
  });

  it('records the run under its ARN before StartExecution is sent, for a version too, so a cancel in flight still stops it', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { versions: 2 });
    const ctx = createTestContext();
    let trackedBeforeSend: string[] = [];
    sfnMock.on(StartExecutionCommand).callsFake(async (input: { name: string }) => {
      trackedBeforeSend = ctx.trackExecution.mock.calls.map(([arn]) => arn);
      // The answer is lost (the step is cancelled while the call is in flight).
      throw Object.assign(new Error('socket hang up'), { name: 'AbortError', input });
    });
    await expect(startExecution(ctx, `${machineArn}:2`, 'demo-sqs')).rejects.toThrow('socket hang up');
    expect(trackedBeforeSend).toEqual([expect.stringMatching(/^arn:aws:states:us-east-1:000000000000:execution:pump:gh-42-1-demo-sqs-/)]);
    const [{ name }] = sfnMock.commandCalls(StartExecutionCommand).map((c) => c.args[0].input as { name: string });
    expect(trackedBeforeSend[0]).toBe(`arn:aws:states:us-east-1:000000000000:execution:pump:${name}`);
  });

  it('predicts the ARN in other partitions and leaves odd ARNs unpredicted', () => {
    expect(expectedExecutionArn('arn:aws-cn:states:cn-north-1:1:stateMachine:m:3', 'r')).toBe('arn:aws-cn:states:cn-north-1:1:execution:m:r');
    expect(expectedExecutionArn('not-an-arn', 'r')).toBeUndefined();
  });
});

describe('stopRunningExecutions', () => {
  const startRuns = (fake: FakeStepFunctions, n: number): void => {
    fake.seed('pump', { StartAt: 'A' });
    for (let i = 1; i <= n; i += 1) fake.runs.set(runArn(i), { arn: runArn(i), machine: 'pump', startedOn: machineArn, definition: '{}', status: 'RUNNING' });
  };

  it('stops every running run and waits until DescribeExecution says none is RUNNING', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    startRuns(fake, 2);
    // StopExecution takes effect only after a few reads, as AWS's eventually consistent reads may show.
    fake.stopLag = 2;
    const stopped = await stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'demo done' });
    expect(stopped.sort()).toEqual([runArn(1), runArn(2)]);
    expect([...fake.runs.values()].map((r) => r.status)).toEqual(['ABORTED', 'ABORTED']);
    // A run still RUNNING after its stop is not stopped twice; its own status is read until it leaves RUNNING.
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 2);
    expect(sfnMock.commandCalls(DescribeExecutionCommand).length).toBeGreaterThanOrEqual(6);
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { stateMachineArn: machineArn, statusFilter: 'RUNNING' });
    expect(sfnMock).toHaveReceivedCommandWith(StopExecutionCommand, { executionArn: runArn(1), cause: 'demo done' });
  });

  it('does not take a stale listing for the truth: a listed run that DescribeExecution shows ABORTED is done', async () => {
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [{ executionArn: runArn(1) }] as never });
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'ABORTED' } as never);
    await expect(stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'x' })).resolves.toEqual([]);
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 0);
  });

  it('stops a known run the listing does not show yet', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    startRuns(fake, 1);
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });
    const stopped = await stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'x', known: [runArn(1)] });
    expect(stopped).toEqual([runArn(1)]);
    expect(fake.runs.get(runArn(1))!.status).toBe('ABORTED');
  });

  it('stops a run it started that the listing shows RUNNING, and reads it back, in one pass of three calls', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    startRuns(fake, 1);
    const statuses: string[] = [];
    const stopped = await stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, {
      ...limits(),
      cause: 'x',
      known: [runArn(1)],
      onStatus: (arn, status) => statuses.push(`${arn === runArn(1) ? 'run 1' : arn} ${status}`),
    });
    expect(stopped).toEqual([runArn(1)]);
    expect(statuses).toEqual(['run 1 ABORTED']);
    expect(sfnMock.calls().map((call) => call.args[0].constructor.name)).toEqual(['ListExecutionsCommand', 'StopExecutionCommand', 'DescribeExecutionCommand']);
  });

  it('times out when a run never leaves RUNNING', async () => {
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [{ executionArn: runArn(1) }] as never });
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' } as never);
    sfnMock.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    await expect(stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'x' })).rejects.toThrow(
      /no run of .* to be RUNNING \(last seen: 1 run\(s\) still RUNNING by DescribeExecution\)/,
    );
  });
});

describe('stopExecutions', () => {
  it('stops only the runs still RUNNING and never throws for finished or missing ones', async () => {
    sfnMock.on(DescribeExecutionCommand, { executionArn: runArn(1) }).resolves({ status: 'RUNNING' } as never);
    sfnMock.on(DescribeExecutionCommand, { executionArn: runArn(2) }).resolves({ status: 'SUCCEEDED' } as never);
    sfnMock.on(DescribeExecutionCommand, { executionArn: runArn(3) }).rejects(new ExecutionDoesNotExist({ message: 'no', $metadata: {} }));
    sfnMock.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    const stopped = await stopExecutions(new SFNClient({ region: 'us-east-1' }), [runArn(1), runArn(2), runArn(3)], 'cancelled');
    expect(stopped).toEqual([runArn(1)]);
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 1);
  });

  it('treats a run that ended between describe and stop as not stopped', async () => {
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' } as never);
    sfnMock.on(StopExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'ended', $metadata: {} }));
    await expect(stopExecutions(new SFNClient({ region: 'us-east-1' }), [runArn(1)], 'x')).resolves.toEqual([]);
  });
});

describe('deleteStateMachine', () => {
  it('deletes, waits until the machine is gone, and leaves no version (AWS deletes them with it)', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    fake.seed('pump', { StartAt: 'A' }, { versions: 3 });
    fake.deleteLag = 1;
    await expect(deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits())).resolves.toEqual({ versionsLeft: 0 });
    expect(fake.machines.size).toBe(0);
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeStateMachineCommand, 2);
    expect(sfnMock).toHaveReceivedCommandWith(ListStateMachineVersionsCommand, { stateMachineArn: machineArn });
    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineVersionCommand, 0);
  });

  it('deletes versions an endpoint kept after deleting their machine', async () => {
    const fake = new FakeStepFunctions(sfnMock).install();
    const machine = fake.seed('pump', { StartAt: 'A' }, { versions: 2 });
    fake.keepVersionsOnDelete = true;
    const versions = machine.versions.map((v) => v.arn);
    sfnMock.on(ListStateMachineVersionsCommand).resolves({ stateMachineVersions: versions.map((stateMachineVersionArn) => ({ stateMachineVersionArn, creationDate: new Date() })) });
    await expect(deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits())).resolves.toEqual({ versionsLeft: 2 });
    expect(sfnMock.commandCalls(DeleteStateMachineVersionCommand).map((c) => c.args[0].input.stateMachineVersionArn).sort()).toEqual(versions.sort());
  });

  it('returns at once when the machine is already gone', async () => {
    sfnMock.on(DeleteStateMachineCommand).rejects(gone());
    sfnMock.on(ListStateMachineVersionsCommand).rejects(gone());
    await expect(deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits())).resolves.toEqual({ versionsLeft: 0 });
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeStateMachineCommand, 0);
  });

  it('times out saying the machine is still DELETING', async () => {
    sfnMock.on(DeleteStateMachineCommand).resolves({});
    sfnMock.on(DescribeStateMachineCommand).resolves({ status: 'DELETING' } as never);
    await expect(deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits())).rejects.toThrow(/to be deleted \(last seen: DELETING\)/);
  });
});

describe('diagnoseFailure', () => {
  it('names the failing state inside the Map, with the task error and cause, reading pages newest first', async () => {
    const at = new Date();
    sfnMock
      .on(GetExecutionHistoryCommand)
      .resolvesOnce({
        nextToken: 'p2',
        events: [
          { id: 9, type: 'ExecutionFailed', timestamp: at, executionFailedEventDetails: { error: 'States.TaskFailed', cause: 'outer' } },
          { id: 8, type: 'MapIterationFailed', timestamp: at },
        ],
      })
      .resolvesOnce({
        events: [
          { id: 7, type: 'TaskFailed', timestamp: at, taskFailedEventDetails: { resource: 'updateItem', resourceType: 'dynamodb', error: 'DynamoDB.AccessDeniedException', cause: 'not authorized' } },
          { id: 6, type: 'TaskScheduled', timestamp: at },
          { id: 5, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Record Sent' } },
          { id: 4, type: 'MapStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Send Messages' } },
        ],
      });
    const diagnosis = await diagnoseFailure(new SFNClient({ region: 'us-east-1' }), runArn(1));
    expect(diagnosis).toEqual({ status: 'ExecutionFailed', state: 'Record Sent', error: 'DynamoDB.AccessDeniedException', cause: 'not authorized' });
    expect(sfnMock).toHaveReceivedCommandWith(GetExecutionHistoryCommand, { executionArn: runArn(1), reverseOrder: true });
    expect(describeFailure(diagnosis)).toBe("state 'Record Sent' failed: DynamoDB.AccessDeniedException: not authorized");
  });

  it('reports a Lambda that could not be scheduled (deleted function)', async () => {
    const at = new Date();
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 5, type: 'ExecutionFailed', timestamp: at, executionFailedEventDetails: { error: 'Lambda.ResourceNotFoundException' } },
        {
          id: 4,
          type: 'LambdaFunctionScheduleFailed',
          timestamp: at,
          lambdaFunctionScheduleFailedEventDetails: { error: 'Lambda.ResourceNotFoundException', cause: 'Function not found: scan' },
        },
        { id: 2, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Scan DynamoDB For Messages' } },
      ],
    });
    await expect(diagnoseFailure(new SFNClient({ region: 'us-east-1' }), runArn(1))).resolves.toEqual({
      status: 'ExecutionFailed',
      state: 'Scan DynamoDB For Messages',
      error: 'Lambda.ResourceNotFoundException',
      cause: 'Function not found: scan',
    });
  });

  it('reports a Lambda failure in the scan state', async () => {
    const at = new Date();
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 5, type: 'ExecutionFailed', timestamp: at, executionFailedEventDetails: { error: 'Error', cause: '{"errorMessage":"boom"}' } },
        { id: 4, type: 'LambdaFunctionFailed', timestamp: at, lambdaFunctionFailedEventDetails: { error: 'Error', cause: '{"errorMessage":"boom"}' } },
        { id: 3, type: 'LambdaFunctionStarted', timestamp: at },
        { id: 2, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Scan DynamoDB For Messages' } },
      ],
    });
    const diagnosis = await diagnoseFailure(new SFNClient({ region: 'us-east-1' }), runArn(1));
    expect(diagnosis.state).toBe('Scan DynamoDB For Messages');
    expect(diagnosis.cause).toContain('boom');
  });

  it("describes a function's error by its message and its own innermost frame, never the rest of the trace", () => {
    const cause = JSON.stringify({
      errorType: 'ResourceNotFoundException',
      errorMessage: 'Requested resource not found',
      trace: [
        'ResourceNotFoundException: Requested resource not found',
        '    at de_ResourceNotFoundExceptionRes (/var/runtime/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2345:21)',
        '    at async exports.handler (/var/task/index.js:31:26)',
        '    at async invoke (file:///home/someone/endpoint/dist/lambda-worker/index.js:264:20)',
      ],
    });
    const line = describeFailure({ state: 'Scan DynamoDB For Messages', error: 'ResourceNotFoundException', cause });
    expect(line).toBe(
      "state 'Scan DynamoDB For Messages' failed: ResourceNotFoundException: Requested resource not found (at async exports.handler (/var/task/index.js:31:26))",
    );
    expect(describeFailure({ error: 'Error', cause: '{"errorMessage":"boom"}' })).toBe('the run failed: Error: boom');
    expect(describeFailure({ error: 'States.Runtime', cause: '{not json' })).toBe('the run failed: States.Runtime: {not json');
  });
});
