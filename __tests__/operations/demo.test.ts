// demo as the action runs it, against a small fake of the pump (table, queue, machine, runs) behind mocked clients.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import * as core from '../../__fixtures__/core';
import { createFakeClock, createTestContext, type FakeClock } from '../../__fixtures__/context';
import { FakeStepFunctions, type FakeRun } from '../../__fixtures__/fake-sfn';
import { FakeQueue, type QueuedMessage } from '../../__fixtures__/fake-sqs';
import { buildDefinition } from '../../src/definition/build';

jest.unstable_mockModule('@actions/core', () => core);
const { demo, CHECKS } = await import('../../src/operations/demo');

const cfnMock = mockClient(CloudFormationClient);
const sfnMock = mockClient(SFNClient);
const docsMock = mockClient(DynamoDBDocumentClient);
const sqsMock = mockClient(SQSClient);

const MACHINE = 'doc-example-dynamodb-message-pump';
const MACHINE_ARN = `arn:aws:states:us-east-1:000000000000:stateMachine:${MACHINE}`;
const outputs = {
  MessageTableName: 'doc-example-stepfunctions-messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/doc-example-stepfunctions-queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
  StepRoleArn: 'arn:aws:iam::000000000000:role/step',
};

interface Item {
  user_name: string;
  message_id: string;
  message: string;
  sent: boolean;
}

/**
 * The pump in miniature: Step Functions and SQS fakes (versions, visibility), and each RUNNING run, on each "pass"
 * (a table read or a queue poll), takes the unsent items, sends them to the queue when the definition it was started
 * on has the Send state, and marks them sent.
 */
class FakePump {
  items = new Map<string, Item>();
  sfn = new FakeStepFunctions(sfnMock);
  queue: FakeQueue;
  /** Runs start, but never work (a stuck pump). */
  stalled = false;
  /** A message of someone else on the queue, to be set aside and released. */
  foreign: QueuedMessage;

  constructor(now: () => number) {
    this.queue = new FakeQueue(sqsMock, now);
    this.foreign = this.queue.send('other-run-1', 'x', 'not ours');
  }

  get runs(): Map<string, FakeRun> {
    return this.sfn.runs;
  }

  pass(): void {
    if (this.stalled) return;
    for (const run of this.runs.values()) {
      if (run.status !== 'RUNNING') continue;
      // As the scan function does: a run started with a scope takes only the messages whose id starts with it.
      const scope = (JSON.parse(run.input ?? '{}') as { scope?: string }).scope;
      for (const item of this.items.values()) {
        if (item.sent || (scope !== undefined && !item.message_id.startsWith(scope))) continue;
        if (run.definition.includes('sqs:sendMessage')) this.queue.send(item.message_id, item.user_name, item.message);
        item.sent = true;
      }
    }
  }

  install(existing = false): void {
    cfnMock.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'doc-example-stepfunctions-messages-stack',
          StackStatus: 'CREATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
        },
      ],
    });
    this.sfn.install();
    if (existing) this.sfn.seed(MACHINE, buildDefinition(outputs, true), { versions: 1, roleArn: outputs.StepRoleArn });
    docsMock.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, { PutRequest: { Item: Item } }[]> }) => {
      for (const request of input.RequestItems[outputs.MessageTableName]) this.items.set(request.PutRequest.Item.message_id, { ...request.PutRequest.Item });
      return {};
    });
    docsMock.on(BatchGetCommand).callsFake((input: { RequestItems: Record<string, { Keys: { message_id: string }[] }> }) => {
      const found = input.RequestItems[outputs.MessageTableName].Keys.map((k) => this.items.get(k.message_id)).filter(Boolean);
      this.pass(); // the pump works while the demo waits
      return { Responses: { [outputs.MessageTableName]: found.map((item) => ({ ...item })) } };
    });
    docsMock.on(TransactWriteCommand).callsFake((input: { TransactItems: { Put?: { Item: Item }; Update?: { Key: { message_id: string } } }[] }) => {
      for (const { Put, Update } of input.TransactItems) {
        if (Put) this.items.set(Put.Item.message_id, { ...Put.Item });
        if (Update) this.items.get(Update.Key.message_id)!.sent = false;
      }
      return {};
    });
    this.queue.beforeReceive = () => this.pass();
    this.queue.install();
  }
}

let pump: FakePump;
let clock: FakeClock;
beforeEach(() => {
  for (const mock of [cfnMock, sfnMock, docsMock, sqsMock]) mock.reset();
  core.useInputs({});
  core.error.mockReset();
  clock = createFakeClock();
  pump = new FakePump(clock.now);
});

const names = (ctx: ReturnType<typeof createTestContext>) => ctx.checks.list().map((c) => c.name);

describe('demo', () => {
  it('creates the machine, proves every step with a check, and stops its runs', async () => {
    pump.install();
    const ctx = createTestContext({ clock });
    const outcome = await demo(ctx);

    expect(ctx.checks.list().map((c) => [c.name, c.passed])).toEqual(Object.values(CHECKS).map((name) => [name, true]));
    expect(ctx.checks.list().find((c) => c.name === CHECKS.sent)!.detail).toMatch(/^3\/3 messages sent=true after \d+\.\d s/);
    expect(ctx.checks.list().find((c) => c.name === CHECKS.received)!.detail).toMatch(/3\/3 received .*set aside 1 message\(s\) of others until the demo ends/);

    // Created without the SQS state (version 1), then updated to the definition with it (version 2).
    expect(sfnMock).toHaveReceivedCommandWith(CreateStateMachineCommand, {
      name: MACHINE,
      roleArn: outputs.StepRoleArn,
      definition: JSON.stringify(buildDefinition(outputs, false)),
      publish: true,
    });
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { definition: JSON.stringify(buildDefinition(outputs, true)), publish: true });
    expect(outcome.definition).toEqual(buildDefinition(outputs, true));
    expect(ctx.checks.list().find((c) => c.name === CHECKS.updated)!.detail).toMatch(/^version 2 read back with state 'Send'; added: Send; removed: none$/);

    // Two runs started, each on the version it means, both tracked, none left RUNNING; the last one is the output.
    const runs = [...pump.runs.values()];
    expect(runs.map((run) => run.startedOn)).toEqual([`${MACHINE_ARN}:1`, `${MACHINE_ARN}:2`]);
    expect(runs.map((run) => run.definition.includes('sqs:sendMessage'))).toEqual([false, true]);
    expect(ctx.trackExecution.mock.calls.map(([arn]) => arn)).toEqual(runs.map((run) => run.arn));
    expect(runs.every((run) => run.status === 'ABORTED')).toBe(true);
    expect(outcome.outputs).toMatchObject({ 'state-machine-arn': MACHINE_ARN, 'state-machine-version-arn': `${MACHINE_ARN}:2`, 'execution-arn': runs[1].arn });

    // Batched: one transaction puts the three messages, one resets them, one puts the late one; only this run's
    // items touched.
    expect(docsMock).toHaveReceivedCommandTimes(BatchWriteCommand, 0);
    expect(docsMock.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems!.map((t) => Object.keys(t)[0]))).toEqual([
      ['Put', 'Put', 'Put'],
      ['Update', 'Update', 'Update'],
      ['Put'],
    ]);
    expect([...pump.items.keys()].every((id) => id.startsWith('42-1-'))).toBe(true);
    // Ours received and deleted (three, then the late one); the foreign message received once, set aside for the
    // time left, released at the end, never deleted.
    const ours = pump.queue.messages.filter((m) => m !== pump.foreign);
    expect(ours).toHaveLength(4);
    expect(ours.every((m) => m.deleted && m.receives === 1)).toBe(true);
    expect(pump.foreign).toMatchObject({ deleted: false, receives: 1 });
    expect(pump.foreign.visibilityChanges).toEqual([expect.any(Number), 0]);
    expect(pump.foreign.visibilityChanges[0]).toBeGreaterThan(0);
    expect(pump.foreign.visibilityChanges[0]).toBeLessThanOrEqual(300);
    expect(pump.queue.visible()).toEqual([pump.foreign]);
    expect(core.info).toHaveBeenCalledWith('Released 1 message(s) of others set aside during the demo');
    expect(JSON.parse(outcome.outputs['aws-calls'])).toHaveProperty('total');
    expect(JSON.parse(outcome.outputs['aws-calls'])).toHaveProperty('retries', 0);
    expect(core.error).not.toHaveBeenCalled();
  });

  it("counts the SDK's retries made while it runs in the aws-calls output and the log (not those made before)", async () => {
    pump.install();
    const ctx = createTestContext({ clock });
    ctx.clients.retries.record('SFN DescribeStateMachine');
    const pass = pump.queue.beforeReceive;
    // Stands for the clients' retry log seeing two retries of ReceiveMessage during the demo.
    let polls = 0;
    pump.queue.beforeReceive = () => {
      polls += 1;
      if (polls <= 2) ctx.clients.retries.record('SQS ReceiveMessage');
      pass?.();
    };
    const outcome = await demo(ctx);
    expect(ctx.checks.failed).toEqual([]);
    expect(JSON.parse(outcome.outputs['aws-calls'])).toMatchObject({ retries: 2 });
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/^AWS calls made by the demo: .*; 2 SDK retries$/));
  });

  it('resets an existing machine that has the SQS state before the first run', async () => {
    pump.install(true);
    const ctx = createTestContext({ clock });
    await demo(ctx);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 0);
    expect(sfnMock).toHaveReceivedNthSpecificCommandWith(1, UpdateStateMachineCommand, { definition: JSON.stringify(buildDefinition(outputs, false)) });
    // Version 1 had the SQS state: the first run starts on version 2 (without), the second on version 3 (with).
    expect([...pump.runs.values()].map((run) => run.startedOn)).toEqual([`${MACHINE_ARN}:2`, `${MACHINE_ARN}:3`]);
    // The first run did not send: the queue received exactly the seeded messages once, then the late one.
    expect(ctx.checks.failed).toEqual([]);
  });

  it('starts each run on its version even when the machine itself changes meanwhile', async () => {
    pump.install();
    // Someone puts another definition on the machine right after the demo published its first version.
    const originalPass = pump.pass.bind(pump);
    let tampered = false;
    pump.pass = () => {
      const machine = pump.sfn.machines.get(MACHINE);
      if (!tampered && machine) {
        machine.definition = JSON.stringify(buildDefinition(outputs, true));
        tampered = true;
      }
      originalPass();
    };
    const ctx = createTestContext({ clock });
    await demo(ctx);
    const [firstRun] = [...pump.runs.values()];
    expect(firstRun.startedOn).toBe(`${MACHINE_ARN}:1`);
    expect(firstRun.definition).toBe(JSON.stringify(buildDefinition(outputs, false)));
    expect(ctx.checks.list().find((c) => c.name === CHECKS.sent)!.passed).toBe(true);
  });

  it('stops the first run and waits until DescribeExecution shows it stopped before updating', async () => {
    pump.install();
    pump.sfn.stopLag = 3;
    const ctx = createTestContext({ clock });
    await demo(ctx);
    expect(ctx.checks.failed).toEqual([]);
    expect(ctx.checks.list().find((c) => c.name === CHECKS.stopped)!.detail).toMatch(/ ABORTED; no run RUNNING$/);
    // The update came only after the first run was out of RUNNING.
    const order = sfnMock.calls().map((call) => (call.args[0] as { constructor: { name: string } }).constructor.name);
    const update = order.indexOf('UpdateStateMachineCommand');
    const lastDescribeBefore = order.lastIndexOf('DescribeExecutionCommand', update);
    expect(update).toBeGreaterThan(lastDescribeBefore);
    expect(sfnMock.commandCalls(DescribeExecutionCommand).length).toBeGreaterThanOrEqual(4);
  });

  it('diagnoses a failed run, annotates it and skips the checks that depend on it', async () => {
    pump.install();
    pump.stalled = true;
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'FAILED' } as never);
    const at = new Date();
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 9, type: 'ExecutionFailed', timestamp: at, executionFailedEventDetails: { error: 'DynamoDB.AccessDeniedException', cause: 'not authorized to UpdateItem' } },
        { id: 8, type: 'TaskFailed', timestamp: at, taskFailedEventDetails: { resourceType: 'dynamodb', resource: 'updateItem', error: 'DynamoDB.AccessDeniedException', cause: 'not authorized to UpdateItem' } },
        { id: 7, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Record Sent' } },
      ],
    });
    const ctx = createTestContext({ clock });
    const outcome = await demo(ctx);

    expect(names(ctx)).toEqual([CHECKS.sent]);
    const [check] = ctx.checks.list();
    expect(check.passed).toBe(false);
    expect(check.detail).toMatch(/ended FAILED: state 'Record Sent' failed: DynamoDB.AccessDeniedException: not authorized to UpdateItem$/);
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('not authorized to UpdateItem'), { title: 'Run failed in state Record Sent' });
    expect(outcome.outputs['execution-arn']).toBe([...pump.runs.keys()][0]);
    // A failed run is not stopped again.
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 0);
  });

  it('fails at once when the pump ends by itself (it should loop until stopped)', async () => {
    pump.install();
    pump.stalled = true;
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'SUCCEEDED' } as never);
    const ctx = createTestContext({ clock });
    await demo(ctx);
    expect(ctx.checks.failed.map((c) => c.detail)).toEqual([expect.stringMatching(/ended SUCCEEDED, but the pump loops until it is stopped$/)]);
    // An ended run is not stopped again.
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 0);
  });

  it('fails a check that times out with what it waited for, and still stops the run', async () => {
    pump.install();
    pump.stalled = true;
    const ctx = createTestContext({ clock, inputs: { timeoutSeconds: 30 } });
    await demo(ctx);

    const [check] = ctx.checks.list();
    expect(check.name).toBe(CHECKS.sent);
    expect(check.detail).toMatch(/^Timed out after \d+\.\d s waiting for this run's 3 message\(s\) to be marked sent \(last seen: 0\/3 sent=true, run RUNNING\)$/);
    expect(names(ctx)).toHaveLength(1);
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 1);
    expect([...pump.runs.values()][0].status).toBe('ABORTED');
    // While it waited (30 s, the flags read again and again) it read the run's status at most every 3 s.
    expect(docsMock.commandCalls(BatchGetCommand).length).toBeGreaterThan(15);
    const statusReads = sfnMock.commandCalls(DescribeExecutionCommand).length;
    expect(statusReads).toBeGreaterThanOrEqual(1);
    // The wait's own status reads (at most one per 3 s), plus the stop's read back and the clean-up's.
    expect(statusReads).toBeLessThanOrEqual(30 / 3 + 3);
  });

  it('fails the queue check when a message arrives with a different body', async () => {
    pump.install();
    const original = pump.pass.bind(pump);
    pump.pass = () => {
      original();
      for (const queued of pump.queue.messages) if (queued !== pump.foreign) queued.message.Body = 'tampered';
    };
    const ctx = createTestContext({ clock });
    await demo(ctx);
    const received = ctx.checks.list().find((c) => c.name === CHECKS.received)!;
    expect(received.passed).toBe(false);
    expect(received.detail).toMatch(/^received with different content: .*got user '\w+' body 'tampered'/);
    expect([...pump.runs.values()].every((run) => run.status === 'ABORTED')).toBe(true);
  });

  it('fails as an operation error when the stack is missing, before touching the machine', async () => {
    cfnMock.on(DescribeStacksCommand).rejects(Object.assign(new Error('Stack with id x does not exist'), { name: 'ValidationError' }));
    await expect(demo(createTestContext({ clock }))).rejects.toThrow(/does not exist/);
    expect(sfnMock.calls()).toHaveLength(0);
  });

  it('with 100 foreign messages on the queue, gets its own within its deadline and leaves all of them, each received once', async () => {
    pump.install();
    for (let i = 0; i < 99; i += 1) pump.queue.send(`someone-else-${i}`, 'x', `theirs ${i}`);
    const ctx = createTestContext({ clock });
    await demo(ctx);
    expect(ctx.checks.failed).toEqual([]);
    const theirs = pump.queue.messages.filter((m) => !m.message.MessageAttributes!.message_id.StringValue!.startsWith('42-1-'));
    expect(theirs).toHaveLength(100);
    expect(theirs.every((m) => m.receives === 1 && !m.deleted && m.visibilityChanges.at(-1) === 0)).toBe(true);
    expect(pump.queue.visible()).toHaveLength(100);
  });

  it('releases the foreign messages it set aside even when a later check fails', async () => {
    pump.install();
    let receives = 0;
    pump.queue.beforeReceive = () => {
      receives += 1;
      // The late message never comes: the pump stalls after the first messages arrived.
      if (receives > 1) pump.stalled = true;
      pump.pass();
    };
    const ctx = createTestContext({ clock, inputs: { timeoutSeconds: 120 } });
    await demo(ctx);
    expect(ctx.checks.failed.map((c) => c.name)).toEqual([CHECKS.late]);
    expect(pump.foreign.visibilityChanges.at(-1)).toBe(0);
    expect(pump.foreign.deleted).toBe(false);
  });

  it("with 20 foreign unsent items in the table, starts each run scoped to this attempt's messages and leaves every foreign item unchanged", async () => {
    pump.install();
    const foreignItems: Item[] = [];
    for (let i = 0; i < 20; i += 1) {
      // Others' ids: another workflow run, another attempt of this run, and ids not of the action at all.
      const id = i % 3 === 0 ? `43-1-${i}-0000000${i % 10}` : i % 3 === 1 ? `42-2-${i}-0000000${i % 10}` : `someone-else-${i}`;
      const item = { user_name: `other${i}`, message_id: id, message: `theirs ${i}`, sent: false };
      foreignItems.push({ ...item });
      pump.items.set(id, item);
    }
    const ctx = createTestContext({ clock });
    await demo(ctx);
    expect(ctx.checks.failed).toEqual([]);
    const inputs = sfnMock.commandCalls(StartExecutionCommand).map((call) => JSON.parse(call.args[0].input.input ?? '{}') as unknown);
    expect(inputs).toEqual([{ scope: '42-1-' }, { scope: '42-1-' }]);
    for (const item of foreignItems) expect(pump.items.get(item.message_id)).toEqual(item);
    // None of them went to the queue either.
    const sentIds = pump.queue.messages.map((m) => m.message.MessageAttributes!.message_id.StringValue!);
    expect(sentIds.filter((id) => foreignItems.some((f) => f.message_id === id))).toEqual([]);
  });
});
