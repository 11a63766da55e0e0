import { beforeEach, describe, expect, it } from '@jest/globals';
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
} from '@aws-sdk/client-sfn';
import { createTestContext } from '../../__fixtures__/context';
import {
  createStateMachine,
  deleteStateMachine,
  describeFailure,
  diagnoseFailure,
  findStateMachine,
  startExecution,
  stopExecutions,
  stopRunningExecutions,
  updateStateMachine,
} from '../../src/aws/state-machine';
import { WaitTimeoutError } from '../../src/wait';

const sfnMock = mockClient(SFNClient);
const machineArn = 'arn:aws:states:us-east-1:000000000000:stateMachine:pump';
const runArn = (n: number): string => `arn:aws:states:us-east-1:000000000000:execution:pump:run-${n}`;
const gone = (): StateMachineDoesNotExist => new StateMachineDoesNotExist({ message: 'gone', $metadata: {} });

function limits(ctx = createTestContext()) {
  return { deadline: ctx.deadline, sleep: ctx.sleep, now: ctx.now, signal: ctx.signal };
}

beforeEach(() => {
  sfnMock.reset();
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
  it('creates a STANDARD machine with the role and the tags that trace it to the workflow run', async () => {
    sfnMock.on(CreateStateMachineCommand).resolves({ stateMachineArn: machineArn, creationDate: new Date() });
    const ctx = createTestContext();
    const arn = await createStateMachine(ctx.clients.sfn, { name: 'pump', definition: { StartAt: 'A' }, roleArn: 'arn:role', run: ctx.run });
    expect(arn).toBe(machineArn);
    expect(sfnMock).toHaveReceivedCommandWith(CreateStateMachineCommand, {
      name: 'pump',
      roleArn: 'arn:role',
      definition: JSON.stringify({ StartAt: 'A' }),
      tags: expect.arrayContaining([
        { key: 'created-by', value: 'stepfunctions-message-pump-action' },
        { key: 'github:repository', value: 'octo/repo' },
        { key: 'github:run-url', value: 'https://github.com/octo/repo/actions/runs/42' },
      ]),
    });
  });
});

describe('updateStateMachine', () => {
  it('waits until the machine returns the new definition', async () => {
    const next = { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } };
    sfnMock.on(UpdateStateMachineCommand).resolves({ updateDate: new Date() });
    sfnMock
      .on(DescribeStateMachineCommand)
      .resolvesOnce({ definition: JSON.stringify({ StartAt: 'A' }) } as never)
      // Same document, keys in another order: still the new definition.
      .resolves({ definition: JSON.stringify({ States: { B: { End: true, Type: 'Pass' } }, StartAt: 'B' }) } as never);
    await updateStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, next, limits());
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { stateMachineArn: machineArn, definition: JSON.stringify(next) });
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeStateMachineCommand, 2);
  });

  it('times out naming what it waited for when the old definition stays', async () => {
    sfnMock.on(UpdateStateMachineCommand).resolves({ updateDate: new Date() });
    sfnMock.on(DescribeStateMachineCommand).resolves({ definition: '{"StartAt":"A"}' } as never);
    const error = await updateStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, { StartAt: 'B' }, limits()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toContain('to return the new definition');
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
});

describe('stopRunningExecutions', () => {
  it('stops every running run and waits until none is RUNNING', async () => {
    sfnMock
      .on(ListExecutionsCommand)
      .resolvesOnce({ executions: [{ executionArn: runArn(1) }, { executionArn: runArn(2) }] as never })
      .resolvesOnce({ executions: [{ executionArn: runArn(2) }] as never })
      .resolves({ executions: [] });
    sfnMock.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    const stopped = await stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'demo done' });
    expect(stopped.sort()).toEqual([runArn(1), runArn(2)]);
    // A run still listed after its stop is not stopped twice.
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 2);
    expect(sfnMock).toHaveReceivedCommandWith(ListExecutionsCommand, { stateMachineArn: machineArn, statusFilter: 'RUNNING' });
    expect(sfnMock).toHaveReceivedCommandWith(StopExecutionCommand, { executionArn: runArn(1), cause: 'demo done' });
  });

  it('times out when a run never stops', async () => {
    sfnMock.on(ListExecutionsCommand).resolves({ executions: [{ executionArn: runArn(1) }] as never });
    sfnMock.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    await expect(stopRunningExecutions(new SFNClient({ region: 'us-east-1' }), machineArn, { ...limits(), cause: 'x' })).rejects.toThrow(
      /no run of .* to be RUNNING \(last seen: 1 run\(s\) still RUNNING\)/,
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
  it('deletes and waits until the machine is gone', async () => {
    sfnMock.on(DeleteStateMachineCommand).resolves({});
    sfnMock.on(DescribeStateMachineCommand).resolvesOnce({ status: 'DELETING' } as never).rejects(gone());
    await deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits());
    expect(sfnMock).toHaveReceivedCommandTimes(DescribeStateMachineCommand, 2);
  });

  it('returns at once when the machine is already gone', async () => {
    sfnMock.on(DeleteStateMachineCommand).rejects(gone());
    await deleteStateMachine(new SFNClient({ region: 'us-east-1' }), machineArn, limits());
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
});
