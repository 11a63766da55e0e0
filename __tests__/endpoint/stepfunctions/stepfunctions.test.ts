// Step Functions through its wire handler: definitions validated as AWS does, executions really run
// (Lambda tasks on the emulated Lambda, DynamoDB/SQS integrations on recording stand-ins), stop,
// history, listing, updates while running, timeouts, deletion, shutdown and persistence.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { waitFor } from '../../../src/wait';
import { trustFor } from '../iam-standin';
import { harness, pumpDefinition, ROLE_ARN, SCAN_SOURCE, QUEUE_URL, type Harness } from './support';

let h: Harness;
let scanArn: string;
beforeAll(() => {
  h = harness(0.001);
  scanArn = h.lambda.createFunction({ FunctionName: 'scan', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE_ARN, ZipFile: SCAN_SOURCE }, 'us-east-1').FunctionArn;
});
afterAll(() => h.close());

const typesOf = (events: Record<string, unknown>[]): string[] => events.map((e) => String(e.type));
const machineFor = async (name: string, definition: object | string, extra: Record<string, unknown> = {}): Promise<string> =>
  String((await h.ok('CreateStateMachine', { name, definition: typeof definition === 'string' ? definition : JSON.stringify(definition), roleArn: ROLE_ARN, ...extra })).stateMachineArn);
const history = async (executionArn: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> =>
  (await h.ok('GetExecutionHistory', { executionArn, maxResults: 1000, ...extra })).events as Record<string, unknown>[];

describe('state machine definitions', () => {
  it('accepts the pump (an endless loop) and rejects what AWS rejects', async () => {
    expect(await h.ok('ValidateStateMachineDefinition', { definition: pumpDefinition(scanArn, true) })).toMatchObject({ result: 'OK', diagnostics: [] });
    const badJson = await h.ok('ValidateStateMachineDefinition', { definition: '{"StartAt": ' });
    expect(badJson.result).toBe('FAIL');
    expect((badJson.diagnostics as { code: string }[])[0].code).toBe('INVALID_JSON_DESCRIPTION');

    const missingTarget = await h.call('CreateStateMachine', {
      name: 'broken',
      definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }),
      roleArn: ROLE_ARN,
    });
    expect(missingTarget.status).toBe(400);
    expect(missingTarget.body.__type).toBe('com.amazonaws.sfn#InvalidDefinition');
    expect(String(missingTarget.body.message)).toContain('MISSING_TRANSITION_TARGET');

    const badName = await h.call('CreateStateMachine', { name: 'has space', definition: pumpDefinition(scanArn, false), roleArn: ROLE_ARN });
    expect(badName.body.__type).toBe('com.amazonaws.sfn#InvalidName');
  });

  it('creates idempotently, refuses a different definition under the same name, describes and lists', async () => {
    const definition = pumpDefinition(scanArn, false);
    const first = await machineFor('idempotent-pump', definition);
    expect(await machineFor('idempotent-pump', definition)).toBe(first);
    const clash = await h.call('CreateStateMachine', { name: 'idempotent-pump', definition: pumpDefinition(scanArn, true), roleArn: ROLE_ARN });
    expect(clash.body.__type).toBe('com.amazonaws.sfn#StateMachineAlreadyExists');

    const described = await h.ok('DescribeStateMachine', { stateMachineArn: first });
    expect(described).toMatchObject({ name: 'idempotent-pump', status: 'ACTIVE', definition, roleArn: ROLE_ARN, type: 'STANDARD' });
    // Epoch seconds, not milliseconds.
    expect(Math.abs(Number(described.creationDate) - Date.now() / 1000)).toBeLessThan(600);

    const names: string[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < 20; page++) {
      const listed = await h.ok('ListStateMachines', { maxResults: 1, ...(nextToken ? { nextToken } : {}) });
      names.push(...(listed.stateMachines as { name: string }[]).map((m) => m.name));
      nextToken = listed.nextToken as string | undefined;
      if (!nextToken) break;
    }
    expect(names).toContain('idempotent-pump');
    expect((await h.call('ListStateMachines', { nextToken: 'garbage' })).body.__type).toBe('com.amazonaws.sfn#InvalidToken');
  });

  it('tags machines', async () => {
    const arn = await machineFor('tagged', { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { tags: [{ key: 'team', value: 'docs' }] });
    await h.ok('TagResource', { resourceArn: arn, tags: [{ key: 'stage', value: 'test' }] });
    await h.ok('UntagResource', { resourceArn: arn, tagKeys: ['team'] });
    expect((await h.ok('ListTagsForResource', { resourceArn: arn })).tags).toEqual([{ key: 'stage', value: 'test' }]);
  });
});

describe('the message pump', () => {
  it('scans, sends each message, records it sent, waits (time-scaled) and loops until stopped', async () => {
    const machine = await machineFor('doc-example-dynamodb-message-pump', pumpDefinition(scanArn, true));
    const { executionArn, startDate } = await h.ok('StartExecution', { stateMachineArn: machine, input: '{}' });
    expect(Math.abs(Number(startDate) - Date.now() / 1000)).toBeLessThan(600);

    // Two passes through the loop: the 10 s Wait runs at 1/1000 speed.
    await waitFor(async () => (h.recorded.dynamodb.length >= 4 ? { done: true, value: true } : { done: false, seen: `${h.recorded.dynamodb.length} updates` }), {
      what: 'two passes of the pump',
      deadline: Date.now() + 10_000,
      initialDelayMs: 10,
      maxDelayMs: 100,
    });
    expect(h.recorded.sqs[0]).toEqual({
      QueueUrl: QUEUE_URL,
      MessageBody: 'Brevity is the soul of wit.',
      MessageAttributes: { user: { DataType: 'String', StringValue: 'wills' }, message_id: { DataType: 'String', StringValue: 'm1' } },
    });
    expect(h.recorded.dynamodb[0]).toEqual({
      operation: 'UpdateItem',
      input: {
        TableName: 'doc-example-stepfunctions-messages',
        Key: { user_name: { S: 'wills' }, message_id: { S: 'm1' } },
        UpdateExpression: 'SET sent=:s',
        ExpressionAttributeValues: { ':s': { BOOL: true } },
      },
    });

    const running = await h.ok('ListExecutions', { stateMachineArn: machine, statusFilter: 'RUNNING' });
    expect((running.executions as { executionArn: string }[]).map((e) => e.executionArn)).toEqual([executionArn]);

    const stopped = await h.ok('StopExecution', { executionArn, error: 'Demo.Done', cause: 'demonstration over' });
    expect(typeof stopped.stopDate).toBe('number');
    const described = await h.ok('DescribeExecution', { executionArn });
    expect(described).toMatchObject({ status: 'ABORTED', error: 'Demo.Done', cause: 'demonstration over', input: '{}' });
    expect(Number(described.stopDate)).toBeGreaterThanOrEqual(Number(described.startDate));
    const sentBefore = h.recorded.sqs.length;

    const events = await history(String(executionArn));
    const types = typesOf(events);
    expect(types.slice(0, 11)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'MapIterationStarted',
      'TaskStateEntered',
    ]);
    expect(types).toEqual(expect.arrayContaining(['TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'MapIterationSucceeded', 'MapStateSucceeded', 'MapStateExited', 'WaitStateEntered', 'WaitStateExited']));
    expect(types[types.length - 1]).toBe('ExecutionAborted');
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events.every((e) => e.previousEventId === Number(e.id) - 1)).toBe(true);
    const scheduled = events.find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails as Record<string, unknown>;
    expect(scheduled).toMatchObject({ resourceType: 'sqs', resource: 'sendMessage' });
    expect(JSON.parse(String(scheduled.parameters))).toMatchObject({ QueueUrl: QUEUE_URL });
    expect(events.find((e) => e.type === 'MapStateStarted')?.mapStateStartedEventDetails).toEqual({ length: 2 });
    expect(events.every((e) => Math.abs(Number(e.timestamp) - Date.now() / 1000) < 600)).toBe(true);

    // Paging and reverse order.
    const reversed = await history(String(executionArn), { reverseOrder: true, maxResults: 2 });
    expect(typesOf(reversed)[0]).toBe('ExecutionAborted');
    const firstPage = await h.ok('GetExecutionHistory', { executionArn, maxResults: 3 });
    const secondPage = await h.ok('GetExecutionHistory', { executionArn, maxResults: 3, nextToken: firstPage.nextToken });
    expect(typesOf([...(firstPage.events as Record<string, unknown>[]), ...(secondPage.events as Record<string, unknown>[])])).toEqual(types.slice(0, 6));

    // Stopped for real: nothing more is sent.
    await h.ok('DescribeStateMachine', { stateMachineArn: machine });
    expect(h.recorded.sqs.length).toBe(sentBefore);
    expect((await h.ok('ListExecutions', { stateMachineArn: machine, statusFilter: 'RUNNING' })).executions).toEqual([]);
    expect((await h.ok('ListExecutions', { stateMachineArn: machine, statusFilter: 'ABORTED' })).executions).toHaveLength(1);
  });
});

describe('runs that end', () => {
  it('fails with the Lambda error type and cause when a function throws', async () => {
    h.lambda.createFunction(
      { FunctionName: 'broken-scan', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE_ARN, ZipFile: "exports.handler = async () => { const e = new Error('table is gone'); e.name = 'TableGone'; throw e; };" },
      'us-east-1',
    );
    const arn = await machineFor('fails', { StartAt: 'Scan', States: { Scan: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:000000000000:function:broken-scan', End: true } } });
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    const run = await h.waitForStatus(String(executionArn), 'FAILED');
    expect(run.error).toBe('TableGone');
    expect(JSON.parse(String(run.cause))).toMatchObject({ errorType: 'TableGone', errorMessage: 'table is gone' });
    expect(typesOf(await history(String(executionArn)))).toEqual(['ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionFailed', 'ExecutionFailed']);
  });

  it('names DynamoDB errors DynamoDB.<Code> so Catch can match them, and runs lambda:invoke', async () => {
    h.failDynamoDb('PutItem', 'ConditionalCheckFailedException');
    const arn = await machineFor('catches', {
      StartAt: 'Put',
      States: {
        Put: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: { TableName: 't', Item: { id: { S: '1' } } },
          Catch: [{ ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'], ResultPath: '$.failure', Next: 'Invoke' }],
          Next: 'Invoke',
        },
        Invoke: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'scan', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
      },
    });
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn, input: '{"n":1}' });
    const run = await h.waitForStatus(String(executionArn), 'SUCCEEDED');
    expect(JSON.parse(String(run.output))).toHaveLength(2);
    const events = await history(String(executionArn));
    const failed = events.find((e) => e.type === 'TaskFailed')?.taskFailedEventDetails as Record<string, unknown>;
    expect(failed).toMatchObject({ resourceType: 'dynamodb', resource: 'putItem', error: 'DynamoDB.ConditionalCheckFailedException' });
    expect(events.find((e) => e.type === 'TaskScheduled' && (e.taskScheduledEventDetails as { resource: string }).resource === 'invoke')).toBeDefined();
  });

  it('fails the run with the error of a task that fails inside a Map iteration', async () => {
    const arn = await machineFor('map-fails', {
      StartAt: 'List',
      States: {
        List: { Type: 'Pass', Result: [{ id: 'a' }], ResultPath: '$.List', Next: 'Each' },
        Each: {
          Type: 'Map',
          ItemsPath: '$.List',
          Iterator: { StartAt: 'Put', States: { Put: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: 't', 'Key.$': '$' }, End: true } } },
          End: true,
        },
      },
    });
    h.failDynamoDb('GetItem', 'ResourceNotFoundException', 1);
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    const run = await h.waitForStatus(String(executionArn), 'FAILED');
    expect(run.error).toBe('DynamoDB.ResourceNotFoundException');
    expect(typesOf(await history(String(executionArn))).slice(-8)).toEqual([
      'MapIterationStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'MapIterationFailed',
      'MapStateFailed',
      'ExecutionFailed',
    ]);
  });

  it('retries a failing task (intervals time-scaled), scheduling it again each time, then fails', async () => {
    h.failDynamoDb('DeleteItem', 'ProvisionedThroughputExceededException');
    const arn = await machineFor('retries', {
      StartAt: 'Delete',
      States: {
        Delete: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:deleteItem',
          Parameters: { TableName: 't', Key: { id: { S: '1' } } },
          Retry: [{ ErrorEquals: ['DynamoDB.ProvisionedThroughputExceededException'], IntervalSeconds: 100, MaxAttempts: 2 }],
          End: true,
        },
      },
    });
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    const run = await h.waitForStatus(String(executionArn), 'FAILED');
    expect(run.error).toBe('DynamoDB.ProvisionedThroughputExceededException');
    const types = typesOf(await history(String(executionArn)));
    expect(types.filter((t) => t === 'TaskScheduled')).toHaveLength(3);
    expect(types.filter((t) => t === 'TaskFailed')).toHaveLength(3);
    expect(types[types.length - 1]).toBe('ExecutionFailed');

    // Once the table answers again, a retried attempt succeeds and says so.
    h.failDynamoDb('DeleteItem', 'ProvisionedThroughputExceededException', 1);
    const { executionArn: second } = await h.ok('StartExecution', { stateMachineArn: arn });
    await h.waitForStatus(String(second), 'SUCCEEDED');
    expect(typesOf(await history(String(second)))).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('keeps the definition a run started with when the machine is updated', async () => {
    const version = (label: string): string =>
      JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 300, Next: 'Say' }, Say: { Type: 'Pass', Result: label, End: true } } });
    const arn = await machineFor('versioned', version('old'));
    const { executionArn: oldRun } = await h.ok('StartExecution', { stateMachineArn: arn, name: 'old-run' });
    await h.ok('UpdateStateMachine', { stateMachineArn: arn, definition: version('new') });
    const { executionArn: newRun } = await h.ok('StartExecution', { stateMachineArn: arn, name: 'new-run' });
    expect(JSON.parse(String((await h.waitForStatus(String(oldRun), 'SUCCEEDED')).output))).toBe('old');
    expect(JSON.parse(String((await h.waitForStatus(String(newRun), 'SUCCEEDED')).output))).toBe('new');
    expect((await h.ok('DescribeStateMachineForExecution', { executionArn: oldRun })).definition).toBe(version('old'));
    expect((await h.call('StartExecution', { stateMachineArn: arn, name: 'old-run' })).body.__type).toBe('com.amazonaws.sfn#ExecutionAlreadyExists');
  });

  it('times a run out after the machine TimeoutSeconds', async () => {
    const slow = harness(1);
    try {
      const arn = String(
        (await slow.ok('CreateStateMachine', { name: 'slow', roleArn: ROLE_ARN, definition: JSON.stringify({ TimeoutSeconds: 1, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30, End: true } } }) }))
          .stateMachineArn,
      );
      const { executionArn } = await slow.ok('StartExecution', { stateMachineArn: arn });
      const run = await slow.waitForStatus(String(executionArn), 'TIMED_OUT');
      expect(run.error).toBe('States.Timeout');
      const types = typesOf((await slow.ok('GetExecutionHistory', { executionArn })).events as Record<string, unknown>[]);
      expect(types).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionTimedOut']);
    } finally {
      await slow.close();
    }
  });

  it('fails a task the state machine role may not perform (least privilege)', async () => {
    h.roles.set('arn:aws:iam::000000000000:role/NoQueue', {
      RoleName: 'NoQueue',
      Arn: 'arn:aws:iam::000000000000:role/NoQueue',
      RoleId: 'AROA1',
      AssumeRolePolicyDocument: trustFor('states.amazonaws.com'),
      Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: '*' }] } }],
    });
    const arn = String(
      (
        await h.ok('CreateStateMachine', {
          name: 'no-queue',
          roleArn: 'arn:aws:iam::000000000000:role/NoQueue',
          definition: JSON.stringify({ StartAt: 'Send', States: { Send: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: QUEUE_URL, MessageBody: 'hi' }, End: true } } }),
        })
      ).stateMachineArn,
    );
    const sent = h.recorded.sqs.length;
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    const run = await h.waitForStatus(String(executionArn), 'FAILED');
    expect(run.error).toBe('States.TaskFailed');
    expect(String(run.cause)).toContain('not authorized to perform: sqs:SendMessage');
    expect(h.recorded.sqs.length).toBe(sent);
  });
});

describe('lifecycle', () => {
  it('deletes a machine: DELETING, its runs aborted, then gone', async () => {
    const arn = await machineFor('doomed', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 600, End: true } } });
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    await h.ok('DeleteStateMachine', { stateMachineArn: arn });
    await h.waitForStatus(String(executionArn), 'ABORTED');
    await waitFor(
      async () => {
        const described = await h.call('DescribeStateMachine', { stateMachineArn: arn });
        return described.status === 400 ? { done: true, value: described.body } : { done: false, seen: String(described.body.status) };
      },
      { what: 'the machine to be gone', deadline: Date.now() + 5000, initialDelayMs: 10, maxDelayMs: 100 },
    );
    expect((await h.call('DescribeStateMachine', { stateMachineArn: arn })).body.__type).toBe('com.amazonaws.sfn#StateMachineDoesNotExist');
  });

  it('aborts runs in flight on close and restores machines and finished runs from a snapshot', async () => {
    const own = harness(0.001);
    const arn = String((await own.ok('CreateStateMachine', { name: 'persisted', roleArn: ROLE_ARN, definition: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 600, End: true } } }) })).stateMachineArn);
    const { executionArn } = await own.ok('StartExecution', { stateMachineArn: arn, name: 'in-flight' });
    await own.close();
    expect((await own.ok('DescribeExecution', { executionArn })).status).toBe('ABORTED');
    const snapshot = JSON.parse(JSON.stringify(own.service.persist?.snapshot())) as unknown;

    const restored = harness(0.001);
    try {
      restored.service.persist?.restore(snapshot);
      expect((await restored.ok('DescribeStateMachine', { stateMachineArn: arn })).name).toBe('persisted');
      expect((await restored.ok('DescribeExecution', { executionArn })).status).toBe('ABORTED');
      const events = (await restored.ok('GetExecutionHistory', { executionArn })).events as Record<string, unknown>[];
      expect(events[events.length - 1].type).toBe('ExecutionAborted');
    } finally {
      await restored.close();
    }
  });
});

describe('limits', () => {
  it('fails a run whose history reaches the 25,000-event limit, as AWS does', async () => {
    const arn = await machineFor('spinner', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } });
    const { executionArn } = await h.ok('StartExecution', { stateMachineArn: arn });
    const run = await h.waitForStatus(String(executionArn), 'FAILED');
    expect(run).toMatchObject({ error: 'States.Runtime' });
    expect(String(run.cause)).toContain('maximum number of history events');
    const last = await history(String(executionArn), { reverseOrder: true, maxResults: 1 });
    expect(last[0]).toMatchObject({ type: 'ExecutionFailed' });
    expect(Number(last[0].id)).toBeLessThanOrEqual(25_010);
  });
});
