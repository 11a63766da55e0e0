// demo as the action runs it, against a small fake of the pump (table, queue, machine, runs) behind mocked clients.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  type ExecutionStatus,
} from '@aws-sdk/client-sfn';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ChangeMessageVisibilityBatchCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
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
 * The pump in miniature: each RUNNING run, on each "pass" (a table read or a queue poll), takes the unsent
 * items, sends them to the queue when its definition has the Send state, and marks them sent.
 */
class FakePump {
  items = new Map<string, Item>();
  queue: Message[] = [];
  definition: string | undefined;
  runs = new Map<string, { status: ExecutionStatus; sends: boolean }>();
  /** Runs start, but never work (a stuck pump). */
  stalled = false;
  /** A message of someone else on the queue, to be released. */
  foreign: Message | undefined = {
    MessageId: 'f',
    ReceiptHandle: 'rh-foreign',
    Body: 'not ours',
    MessageAttributes: { user: { DataType: 'String', StringValue: 'x' }, message_id: { DataType: 'String', StringValue: 'other-run-1' } },
  };

  pass(): void {
    if (this.stalled) return;
    for (const run of this.runs.values()) {
      if (run.status !== 'RUNNING') continue;
      for (const item of this.items.values()) {
        if (item.sent) continue;
        if (run.sends) {
          this.queue.push({
            MessageId: `sqs-${item.message_id}`,
            ReceiptHandle: `rh-${item.message_id}`,
            Body: item.message,
            MessageAttributes: {
              user: { DataType: 'String', StringValue: item.user_name },
              message_id: { DataType: 'String', StringValue: item.message_id },
            },
          });
        }
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
    if (existing) this.definition = JSON.stringify(buildDefinition(outputs, true));
    sfnMock.on(ListStateMachinesCommand).callsFake(() => ({
      stateMachines: this.definition ? [{ name: MACHINE, stateMachineArn: MACHINE_ARN, type: 'STANDARD', creationDate: new Date() }] : [],
    }));
    sfnMock.on(CreateStateMachineCommand).callsFake((input: { definition: string }) => {
      this.definition = input.definition;
      return { stateMachineArn: MACHINE_ARN, creationDate: new Date() };
    });
    sfnMock.on(UpdateStateMachineCommand).callsFake((input: { definition: string }) => {
      this.definition = input.definition;
      return { updateDate: new Date() };
    });
    sfnMock.on(DescribeStateMachineCommand).callsFake(() => ({ definition: this.definition, status: 'ACTIVE' }));
    sfnMock.on(StartExecutionCommand).callsFake((input: { name: string }) => {
      const executionArn = `arn:aws:states:us-east-1:000000000000:execution:${MACHINE}:${input.name}`;
      this.runs.set(executionArn, { status: 'RUNNING', sends: this.definition!.includes('sqs:sendMessage') });
      return { executionArn, startDate: new Date() };
    });
    sfnMock.on(DescribeExecutionCommand).callsFake((input: { executionArn: string }) => ({ status: this.runs.get(input.executionArn)?.status }));
    sfnMock.on(ListExecutionsCommand).callsFake(() => ({
      executions: [...this.runs].filter(([, run]) => run.status === 'RUNNING').map(([executionArn]) => ({ executionArn })),
    }));
    sfnMock.on(StopExecutionCommand).callsFake((input: { executionArn: string }) => {
      this.runs.get(input.executionArn)!.status = 'ABORTED';
      return { stopDate: new Date() };
    });
    docsMock.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, { PutRequest: { Item: Item } }[]> }) => {
      for (const request of input.RequestItems[outputs.MessageTableName]) this.items.set(request.PutRequest.Item.message_id, { ...request.PutRequest.Item });
      return {};
    });
    docsMock.on(BatchGetCommand).callsFake((input: { RequestItems: Record<string, { Keys: { message_id: string }[] }> }) => {
      const found = input.RequestItems[outputs.MessageTableName].Keys.map((k) => this.items.get(k.message_id)).filter(Boolean);
      this.pass(); // the pump works while the demo waits
      return { Responses: { [outputs.MessageTableName]: found.map((item) => ({ ...item })) } };
    });
    docsMock.on(TransactWriteCommand).callsFake((input: { TransactItems: { Update: { Key: { message_id: string } } }[] }) => {
      for (const { Update } of input.TransactItems) this.items.get(Update.Key.message_id)!.sent = false;
      return {};
    });
    sqsMock.on(ReceiveMessageCommand).callsFake(() => {
      this.pass();
      const batch = [...(this.foreign ? [this.foreign] : []), ...this.queue.splice(0, 9)];
      this.foreign = undefined;
      return { Messages: batch };
    });
    sqsMock.on(DeleteMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    sqsMock.on(ChangeMessageVisibilityBatchCommand).resolves({ Successful: [], Failed: [] });
  }
}

let pump: FakePump;
beforeEach(() => {
  for (const mock of [cfnMock, sfnMock, docsMock, sqsMock]) mock.reset();
  core.useInputs({});
  core.error.mockReset();
  pump = new FakePump();
});

const names = (ctx: ReturnType<typeof createTestContext>) => ctx.checks.list().map((c) => c.name);

describe('demo', () => {
  it('creates the machine, proves every step with a check, and stops its runs', async () => {
    pump.install();
    const ctx = createTestContext();
    const outcome = await demo(ctx);

    expect(ctx.checks.list().map((c) => [c.name, c.passed])).toEqual(Object.values(CHECKS).map((name) => [name, true]));
    expect(ctx.checks.list().find((c) => c.name === CHECKS.sent)!.detail).toMatch(/^3\/3 messages sent=true after \d+\.\d s/);
    expect(ctx.checks.list().find((c) => c.name === CHECKS.received)!.detail).toMatch(/3\/3 received .*released 1 message\(s\) of others/);

    // Created without the SQS state, then updated to the definition with it.
    expect(sfnMock).toHaveReceivedCommandWith(CreateStateMachineCommand, {
      name: MACHINE,
      roleArn: outputs.StepRoleArn,
      definition: JSON.stringify(buildDefinition(outputs, false)),
    });
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { definition: JSON.stringify(buildDefinition(outputs, true)) });
    expect(outcome.definition).toEqual(buildDefinition(outputs, true));

    // Two runs started, both tracked, none left RUNNING; the last one is the output.
    const runs = [...pump.runs.keys()];
    expect(runs).toHaveLength(2);
    expect(ctx.trackExecution.mock.calls.map(([arn]) => arn)).toEqual(runs);
    expect([...pump.runs.values()].every((run) => run.status === 'ABORTED')).toBe(true);
    expect(outcome.outputs).toMatchObject({ 'state-machine-arn': MACHINE_ARN, 'execution-arn': runs[1] });

    // Batched: one write for the three messages, one for the late one; only this run's items touched.
    expect(docsMock).toHaveReceivedCommandTimes(BatchWriteCommand, 2);
    expect(docsMock).toHaveReceivedCommandTimes(TransactWriteCommand, 1);
    expect([...pump.items.keys()].every((id) => id.startsWith('42-1-'))).toBe(true);
    // Ours deleted, the foreign message released, never deleted.
    expect(sqsMock).toHaveReceivedCommandWith(ChangeMessageVisibilityBatchCommand, { Entries: [{ Id: '0', ReceiptHandle: 'rh-foreign', VisibilityTimeout: 0 }] });
    const deleted = sqsMock.commandCalls(DeleteMessageBatchCommand).flatMap((c) => c.args[0].input.Entries!.map((e) => e.ReceiptHandle));
    expect(deleted).toHaveLength(4);
    expect(deleted).not.toContain('rh-foreign');
    expect(JSON.parse(outcome.outputs['aws-calls'])).toHaveProperty('total');
    expect(core.error).not.toHaveBeenCalled();
  });

  it('resets an existing machine that has the SQS state before the first run', async () => {
    pump.install(true);
    const ctx = createTestContext();
    await demo(ctx);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 0);
    expect(sfnMock).toHaveReceivedNthSpecificCommandWith(1, UpdateStateMachineCommand, { definition: JSON.stringify(buildDefinition(outputs, false)) });
    // The first run did not send: the queue received exactly the seeded messages once, then the late one.
    expect(ctx.checks.failed).toEqual([]);
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
    const ctx = createTestContext();
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
    const ctx = createTestContext();
    await demo(ctx);
    expect(ctx.checks.failed.map((c) => c.detail)).toEqual([expect.stringMatching(/ended SUCCEEDED, but the pump loops until it is stopped$/)]);
    // An ended run is not stopped again.
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 0);
  });

  it('fails a check that times out with what it waited for, and still stops the run', async () => {
    pump.install();
    pump.stalled = true;
    const ctx = createTestContext({ inputs: { timeoutSeconds: 30 } });
    await demo(ctx);

    const [check] = ctx.checks.list();
    expect(check.name).toBe(CHECKS.sent);
    expect(check.detail).toMatch(/^Timed out after \d+\.\d s waiting for this run's 3 message\(s\) to be marked sent \(last seen: 0\/3 sent=true, run RUNNING\)$/);
    expect(names(ctx)).toHaveLength(1);
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 1);
    expect([...pump.runs.values()][0].status).toBe('ABORTED');
  });

  it('fails the queue check when a message arrives with a different body', async () => {
    pump.install();
    const original = pump.pass.bind(pump);
    pump.pass = () => {
      original();
      for (const message of pump.queue) message.Body = 'tampered';
    };
    const ctx = createTestContext();
    await demo(ctx);
    const received = ctx.checks.list().find((c) => c.name === CHECKS.received)!;
    expect(received.passed).toBe(false);
    expect(received.detail).toMatch(/^received with different content: .*got user '\w+' body 'tampered'/);
    expect([...pump.runs.values()].every((run) => run.status === 'ABORTED')).toBe(true);
  });

  it('fails as an operation error when the stack is missing, before touching the machine', async () => {
    cfnMock.on(DescribeStacksCommand).rejects(Object.assign(new Error('Stack with id x does not exist'), { name: 'ValidationError' }));
    await expect(demo(createTestContext())).rejects.toThrow(/does not exist/);
    expect(sfnMock.calls()).toHaveLength(0);
  });
});
