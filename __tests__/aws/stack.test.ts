// The stack's life cycle against a mocked CloudFormation: create, change-set update (with and without changes),
// ROLLBACK_COMPLETE recovery, waiting out another operation, failures named with their reasons, timeouts, delete.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import type {} from 'aws-sdk-client-mock-jest';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type Stack,
  type StackEvent,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { WaitTimeoutError } from '../../src/wait';

jest.unstable_mockModule('@actions/core', () => core);
const stack = await import('../../src/aws/stack');
const { StackFailedError, StackMissingError, StackNotUsableError, ChangeSetFailedError, StackDeleteFailedError } = await import(
  '../../src/aws/stack-errors'
);

const cfnMock = mockClient(CloudFormationClient);
const NAME = 'pump';
const ID = 'arn:aws:cloudformation:us-east-1:000000000000:stack/pump/1';
const NEW_ID = 'arn:aws:cloudformation:us-east-1:000000000000:stack/pump/2';
const CHANGE_SET_ID = 'arn:aws:cloudformation:us-east-1:000000000000:changeSet/gh-42/1';
const TEMPLATE = 'Resources: {}';
const TAGS = [{ Key: 'stack', Value: NAME }];

const described = (status: StackStatus, extra: Partial<Stack> = {}) => ({
  Stacks: [{ StackName: NAME, StackId: ID, StackStatus: status, CreationTime: new Date(), ...extra } as Stack],
});
const missing = () =>
  new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: {},
    message: `Stack with id ${NAME} does not exist`,
  });
const failedEvent = (id: string, logicalId: string, reason: string, status = 'CREATE_FAILED', type = 'AWS::Lambda::Function'): StackEvent => ({
  EventId: id,
  StackId: ID,
  StackName: NAME,
  LogicalResourceId: logicalId,
  ResourceType: type,
  ResourceStatus: status as StackEvent['ResourceStatus'],
  ResourceStatusReason: reason,
  Timestamp: new Date(),
});

function setup() {
  const ctx = createTestContext({ inputs: { stackName: NAME, timeoutSeconds: 600 } });
  const options = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now, setActivity: ctx.setActivity };
  const request = { stackName: NAME, templateBody: TEMPLATE, tags: TAGS, changeSetName: 'gh-42-1-deploy-x' };
  return { ctx, cfn: ctx.clients.cloudformation, options, request };
}

beforeEach(() => {
  cfnMock.reset();
  core.useInputs({});
  cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

describe('readStackOutputs', () => {
  it('returns every output of a deployed stack', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(
      described('UPDATE_COMPLETE', {
        Outputs: [
          { OutputKey: 'MessageTableName', OutputValue: 'doc-example-stepfunctions-messages' },
          { OutputKey: 'SendQueueUrl', OutputValue: 'http://localhost/000000000000/q' },
        ],
      }),
    );
    const { cfn } = setup();

    await expect(stack.readStackOutputs(cfn, NAME)).resolves.toEqual({
      MessageTableName: 'doc-example-stepfunctions-messages',
      SendQueueUrl: 'http://localhost/000000000000/q',
    });
    expect(cfnMock).toHaveReceivedCommandWith(DescribeStacksCommand, { StackName: NAME });
  });

  it('says the stack is missing, in which region, and to deploy first', async () => {
    cfnMock.on(DescribeStacksCommand).rejects(missing());
    const { cfn } = setup();

    const error = await stack.readStackOutputs(cfn, NAME).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(StackMissingError);
    expect((error as Error).message).toBe(
      `Stack '${NAME}' does not exist in us-east-1: run the action with operation: deploy first`,
    );
  });

  it.each([
    ['ROLLBACK_COMPLETE', /in ROLLBACK_COMPLETE \(The following resource\(s\) failed.*operation: deploy/],
    ['UPDATE_IN_PROGRESS', /in UPDATE_IN_PROGRESS.*wait until CloudFormation has finished/],
  ] as const)('refuses a stack in %s, naming the status', async (status, message) => {
    cfnMock
      .on(DescribeStacksCommand)
      .resolves(described(status, { StackStatusReason: status === 'ROLLBACK_COMPLETE' ? 'The following resource(s) failed to create: [X].' : undefined }));
    const { cfn } = setup();

    const error = await stack.readStackOutputs(cfn, NAME).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(StackNotUsableError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('deployStack', () => {
  it('creates a missing stack with the named-IAM capability and the tags, and waits for CREATE_COMPLETE', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('CREATE_IN_PROGRESS'))
      .resolvesOnce(described('CREATE_IN_PROGRESS'))
      .resolves(described('CREATE_COMPLETE', { Outputs: [{ OutputKey: 'StepRoleArn', OutputValue: 'arn:role' }] }));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request, ctx } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.action).toBe('created');
    expect(stack.outputsOf(result.stack)).toEqual({ StepRoleArn: 'arn:role' });
    expect(cfnMock).toHaveReceivedCommandWith(CreateStackCommand, {
      StackName: NAME,
      TemplateBody: TEMPLATE,
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      Tags: TAGS,
    });
    expect(cfnMock).toHaveReceivedCommandTimes(CreateChangeSetCommand, 0);
    expect(cfnMock).toHaveReceivedCommandWith(DescribeStackEventsCommand, { StackName: ID });
    expect(ctx.setActivity).toHaveBeenCalledWith(`creating stack ${NAME}`);
    expect(core.startGroup).toHaveBeenCalledWith(expect.stringContaining(`stack '${NAME}' to reach CREATE_COMPLETE`));
    expect(core.endGroup).toHaveBeenCalled();
  });

  it('polls again at a steady pace while events stream in, and backs off only once they stop', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID });
    let polls = 0;
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).callsFake(() => (++polls < 11 ? described('CREATE_IN_PROGRESS') : described('CREATE_COMPLETE')));
    // One new event on each of the first four polls (and the one read before the create), then none.
    const events: StackEvent[] = [];
    cfnMock.on(DescribeStackEventsCommand).callsFake(() => {
      if (events.length < 5) events.unshift({ ...failedEvent(`e${events.length}`, `R${events.length}`, 'fine', 'CREATE_IN_PROGRESS'), ResourceStatusReason: undefined });
      return { StackEvents: [...events] };
    });
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request } = setup();
    const sleeps: number[] = [];
    const random = Math.random;
    Math.random = () => 1 - 1e-9;
    try {
      await stack.deployStack(cfn, request, { ...options, sleep: (ms, signal) => (sleeps.push(Math.round(ms)), options.sleep(ms, signal)) });
    } finally {
      Math.random = random;
    }
    // While polls bring new events: the same short pause after each; once none come, the pause doubles (to 10 s).
    const idle = sleeps.slice(-5);
    const streaming = sleeps.slice(0, -5);
    expect(idle).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(streaming.length).toBeGreaterThanOrEqual(4);
    expect(streaming.every((ms) => ms === 500)).toBe(true);
  });

  it('sends a ClientRequestToken and the service role with CreateStack, and remembers the stack as created in this step', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: NEW_ID })
      .resolves({ Stacks: [{ StackName: NAME, StackId: NEW_ID, StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }] });
    cfnMock.on(CreateStackCommand).resolves({ StackId: NEW_ID });
    const { cfn, options, request } = setup();
    const roleArn = 'arn:aws:iam::123456789012:role/cfn-deployer';

    const result = await stack.deployStack(cfn, request, { ...options, roleArn, tokenPrefix: 'gh-42-1-abc' });

    const sent = cfnMock.commandCalls(CreateStackCommand)[0].args[0].input;
    expect(sent.RoleARN).toBe(roleArn);
    expect(sent.ClientRequestToken).toMatch(/^gh-42-1-abc-create-\d+$/);
    expect(stack.createdInThisStep(result.stack)).toBe(true);
    // A stack of the same name made earlier is another stack.
    expect(stack.createdInThisStep({ StackName: NAME, StackId: `${ID}-made-before` } as Stack)).toBe(false);
  });

  it('sends tokens and the service role with the change set and its execution', async () => {
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(described('CREATE_COMPLETE'))
      .resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    const { cfn, options, request } = setup();
    const roleArn = 'arn:aws:iam::123456789012:role/cfn-deployer';

    await stack.deployStack(cfn, request, { ...options, roleArn, tokenPrefix: 'gh-42-1-abc' });

    const changeSet = cfnMock.commandCalls(CreateChangeSetCommand)[0].args[0].input;
    expect(changeSet.RoleARN).toBe(roleArn);
    expect(changeSet.ClientToken).toMatch(/^gh-42-1-abc-change-set-\d+$/);
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)[0].args[0].input.ClientRequestToken).toMatch(/^gh-42-1-abc-execute-\d+$/);
  });

  it('sends no token and no role when none is given', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('CREATE_COMPLETE'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request } = setup();

    await stack.deployStack(cfn, request, options);

    const sent = cfnMock.commandCalls(CreateStackCommand)[0].args[0].input;
    expect(sent).not.toHaveProperty('RoleARN');
    expect(sent).not.toHaveProperty('ClientRequestToken');
  });

  describe('a create that fails on SQS\'s queue-name cooldown', () => {
    const COOLDOWN = 'Resource handler returned message: "You must wait 60 seconds after deleting a queue before you can create another with the same name. (Service: Sqs, Status Code: 400)" (HandlerErrorCode: GeneralServiceException)';
    const queueFailed = failedEvent('q1', 'SendQueue', COOLDOWN, 'CREATE_FAILED', 'AWS::SQS::Queue');

    it('deletes the rolled-back stack, waits out the 60 s cooldown, then creates the stack again', async () => {
      cfnMock
        .on(DescribeStacksCommand, { StackName: NAME })
        .rejects(missing())
        .on(DescribeStacksCommand, { StackName: ID })
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolves(described('DELETE_COMPLETE'))
        .on(DescribeStacksCommand, { StackName: NEW_ID })
        .resolves({ Stacks: [{ StackName: NAME, StackId: NEW_ID, StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }] });
      cfnMock
        .on(DescribeStackEventsCommand, { StackName: ID })
        .resolvesOnce({ StackEvents: [queueFailed] })
        .resolves({ StackEvents: [queueFailed] });
      cfnMock.on(CreateStackCommand).resolvesOnce({ StackId: ID }).resolves({ StackId: NEW_ID });
      const { cfn, options, request, ctx } = setup();
      let deletedAt = 0;
      cfnMock.on(DeleteStackCommand).callsFake(() => {
        deletedAt = ctx.now();
        return {};
      });
      const started = ctx.now();

      const result = await stack.deployStack(cfn, request, { ...options, tokenPrefix: 'gh-42-1-abc' });
      const createdAgainAt = ctx.now();

      expect(result.action).toBe('created');
      expect(result.stack.StackId).toBe(NEW_ID);
      expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 2);
      expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: ID });
      // The second create came at least 60 s after the failure was seen, on the fake clock.
      expect(deletedAt).toBeGreaterThanOrEqual(started);
      expect(createdAgainAt - started).toBeGreaterThanOrEqual(60_000);
      // Each create has its own token: the second is a new request, not a retry of the first.
      const tokens = cfnMock.commandCalls(CreateStackCommand).map((call) => call.args[0].input.ClientRequestToken);
      expect(new Set(tokens).size).toBe(2);
      expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/SQS refuses a queue name for 60 s/), expect.anything());
      expect(ctx.setActivity).toHaveBeenCalledWith(expect.stringMatching(/waiting for SQS's 60 s queue-name cooldown to pass/));
    });

    it('waits a shorter cooldown when told (a time-scaled endpoint)', async () => {
      cfnMock
        .on(DescribeStacksCommand, { StackName: NAME })
        .rejects(missing())
        .on(DescribeStacksCommand, { StackName: ID })
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolves(described('DELETE_COMPLETE'))
        .on(DescribeStacksCommand, { StackName: NEW_ID })
        .resolves({ Stacks: [{ StackName: NAME, StackId: NEW_ID, StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }] });
      cfnMock.on(DescribeStackEventsCommand, { StackName: ID }).resolves({ StackEvents: [queueFailed] });
      cfnMock.on(CreateStackCommand).resolvesOnce({ StackId: ID }).resolves({ StackId: NEW_ID });
      const { cfn, options, request, ctx } = setup();
      const started = ctx.now();

      await stack.deployStack(cfn, { ...request, queueNameCooldownMs: 3_000 }, options);

      expect(ctx.now() - started).toBeGreaterThanOrEqual(3_000);
      expect(ctx.now() - started).toBeLessThan(60_000);
    });

    it('fails at once, with the stack deleted, when the cooldown would end after the deadline', async () => {
      cfnMock
        .on(DescribeStacksCommand, { StackName: NAME })
        .rejects(missing())
        .on(DescribeStacksCommand, { StackName: ID })
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolvesOnce(described('ROLLBACK_COMPLETE'))
        .resolves(described('DELETE_COMPLETE'));
      cfnMock.on(DescribeStackEventsCommand, { StackName: ID }).resolves({ StackEvents: [queueFailed] });
      cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
      const { cfn, options, request, ctx } = setup();

      const error = await stack.deployStack(cfn, request, { ...options, deadline: ctx.now() + 30_000 }).catch((err: unknown) => err);

      expect((error as Error).message).toMatch(/queue-name cooldown has passed, which is after the step's deadline: run deploy again in a minute, or raise timeout-seconds/);
      expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 1);
      expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 1);
    });

    it('does not retry a create that also failed for another reason', async () => {
      cfnMock
        .on(DescribeStacksCommand, { StackName: NAME })
        .rejects(missing())
        .on(DescribeStacksCommand, { StackName: ID })
        .resolves(described('ROLLBACK_COMPLETE'));
      cfnMock
        .on(DescribeStackEventsCommand, { StackName: ID })
        .resolves({ StackEvents: [queueFailed, failedEvent('f1', 'MessageTable', 'Table already exists: doc-example-stepfunctions-messages', 'CREATE_FAILED', 'AWS::DynamoDB::Table')] });
      cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
      const { cfn, options, request } = setup();

      await expect(stack.deployStack(cfn, request, options)).rejects.toBeInstanceOf(StackFailedError);
      expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 1);
      expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
    });

    it('gives up after three creates that all meet the cooldown', async () => {
      cfnMock
        .on(DescribeStacksCommand, { StackName: NAME })
        .rejects(missing())
        .on(DescribeStacksCommand, { StackName: ID })
        .callsFake(() => {
          // Each create rolls back; each delete completes.
          const deletes = cfnMock.commandCalls(DeleteStackCommand).length;
          const creates = cfnMock.commandCalls(CreateStackCommand).length;
          return described(deletes >= creates ? 'DELETE_COMPLETE' : 'ROLLBACK_COMPLETE');
        });
      cfnMock.on(DescribeStackEventsCommand, { StackName: ID }).resolves({ StackEvents: [queueFailed] });
      cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
      const { cfn, options, request } = setup();

      await expect(stack.deployStack(cfn, request, options)).rejects.toThrow(/wait 60 seconds after deleting a queue/);
      expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 3);
    });
  });

  it('updates an existing stack through a change set, logs the changes and waits for UPDATE_COMPLETE', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('UPDATE_IN_PROGRESS'))
      .resolvesOnce(described('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'))
      .resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: ID });
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolvesOnce({ Status: 'CREATE_PENDING' })
      .resolves({
        Status: 'CREATE_COMPLETE',
        ExecutionStatus: 'AVAILABLE',
        Changes: [
          {
            Type: 'Resource',
            ResourceChange: {
              Action: 'Modify',
              LogicalResourceId: 'ScanFunction',
              ResourceType: 'AWS::Lambda::Function',
              Replacement: 'False',
            },
          },
        ],
      });
    const { cfn, options, request, ctx } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.action).toBe('updated');
    expect(result.stack.StackStatus).toBe('UPDATE_COMPLETE');
    expect(result.changes).toHaveLength(1);
    expect(cfnMock).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      StackName: ID,
      ChangeSetName: request.changeSetName,
      ChangeSetType: 'UPDATE',
      TemplateBody: TEMPLATE,
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    });
    // The stack keeps the tags it was created with, so an unchanged template stays a no-op.
    expect(cfnMock.commandCalls(CreateChangeSetCommand)[0].args[0].input.Tags).toBeUndefined();
    expect(cfnMock).toHaveReceivedCommandWith(ExecuteChangeSetCommand, { StackName: ID, ChangeSetName: CHANGE_SET_ID });
    expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 0);
    expect(core.info).toHaveBeenCalledWith('Modify AWS::Lambda::Function ScanFunction (replacement: False)');
    expect(ctx.setActivity).toHaveBeenCalledWith(`updating stack ${NAME} (change set ${request.changeSetName})`);
  });

  it('collects every page of a large change set before executing it', async () => {
    const change = (id: string) => ({ Type: 'Resource' as const, ResourceChange: { Action: 'Add' as const, LogicalResourceId: id, ResourceType: 'AWS::SQS::Queue' } });
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock
      .on(DescribeChangeSetCommand, { NextToken: undefined })
      .resolves({ Status: 'CREATE_COMPLETE', Changes: [change('QueueA')], NextToken: 'more' })
      .on(DescribeChangeSetCommand, { NextToken: 'more' })
      .resolves({ Status: 'CREATE_COMPLETE', Changes: [change('QueueB')] });
    const { cfn, options, request } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.changes.map((c) => c.ResourceChange?.LogicalResourceId)).toEqual(['QueueA', 'QueueB']);
    expect(core.info).toHaveBeenCalledWith('Add AWS::SQS::Queue QueueB');
  });

  it.each([
    "The submitted information didn't contain changes. Submit different information to create a change set.",
    'No updates are to be performed.',
  ])('treats an empty change set as success with a notice, and deletes it (%s)', async (reason) => {
    cfnMock.on(DescribeStacksCommand).resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: reason });
    const { cfn, options, request } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.action).toBe('unchanged');
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining('no changes'), expect.anything());
    expect(cfnMock).toHaveReceivedCommandWith(DeleteChangeSetCommand, { StackName: ID, ChangeSetName: CHANGE_SET_ID });
    expect(cfnMock).toHaveReceivedCommandTimes(ExecuteChangeSetCommand, 0);
  });

  it('fails with the reason when a change set fails for another reason', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'Template format error: bad' });
    const { cfn, options, request } = setup();

    const error = await stack.deployStack(cfn, request, options).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(ChangeSetFailedError);
    expect((error as Error).message).toContain('Template format error: bad');
    expect(cfnMock).toHaveReceivedCommandTimes(DeleteChangeSetCommand, 1);
    expect(cfnMock).toHaveReceivedCommandTimes(ExecuteChangeSetCommand, 0);
  });

  it('deletes a stack in ROLLBACK_COMPLETE, waits for DELETE_COMPLETE, then creates it again', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('ROLLBACK_COMPLETE', { StackStatusReason: 'The following resource(s) failed to create: [ScanFunction].' }))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('DELETE_IN_PROGRESS'))
      .resolves(described('DELETE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: NEW_ID })
      .resolves({ Stacks: [{ StackName: NAME, StackId: NEW_ID, StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() }] });
    cfnMock.on(CreateStackCommand).resolves({ StackId: NEW_ID });
    const { cfn, options, request } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.action).toBe('recreated');
    expect(result.stack.StackId).toBe(NEW_ID);
    expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: ID });
    expect(cfnMock).toHaveReceivedCommandTimes(CreateStackCommand, 1);
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/ROLLBACK_COMPLETE.*failed to create: \[ScanFunction\].*deleted and created again/),
      expect.anything(),
    );
    // Deleted before it was created again.
    const order = cfnMock.calls().map((call) => call.args[0].constructor.name);
    expect(order.indexOf('DeleteStackCommand')).toBeLessThan(order.indexOf('CreateStackCommand'));
  });

  it('waits for an operation in progress to finish before changing the stack', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('UPDATE_IN_PROGRESS'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('UPDATE_IN_PROGRESS'))
      .resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: 'No updates are to be performed.' });
    const { cfn, options, request, ctx } = setup();

    const result = await stack.deployStack(cfn, request, options);

    expect(result.action).toBe('unchanged');
    expect(cfnMock).toHaveReceivedCommandTimes(DescribeStacksCommand, 3);
    expect(ctx.setActivity).toHaveBeenCalledWith(`waiting for stack '${NAME}' to finish UPDATE_IN_PROGRESS`);
    const order = cfnMock.calls().map((call) => call.args[0].constructor.name);
    expect(order.lastIndexOf('DescribeStacksCommand')).toBeLessThan(order.indexOf('CreateChangeSetCommand'));
  });

  it('names the failed resource and its reason when a create rolls back', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('CREATE_IN_PROGRESS'))
      .resolves(described('ROLLBACK_COMPLETE', { StackStatusReason: 'The following resource(s) failed to create: [ScanFunction].' }));
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [failedEvent('e1', 'ScanFunction', 'Runtime nodejs9.x is not supported')] });
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request } = setup();

    const error = await stack.deployStack(cfn, request, options).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(StackFailedError);
    expect((error as InstanceType<typeof StackFailedError>).failures).toEqual([
      { logicalId: 'ScanFunction', resourceType: 'AWS::Lambda::Function', status: 'CREATE_FAILED', reason: 'Runtime nodejs9.x is not supported' },
    ]);
    expect((error as Error).message).toBe(
      `Stack '${NAME}' create failed with status ROLLBACK_COMPLETE: ScanFunction (AWS::Lambda::Function) CREATE_FAILED: Runtime nodejs9.x is not supported`,
    );
  });

  it('names the update that rolled back and why', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('UPDATE_ROLLBACK_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [failedEvent('e9', 'SendQueue', 'Queue name in use', 'UPDATE_FAILED')] });
    const { cfn, options, request } = setup();

    await expect(stack.deployStack(cfn, request, options)).rejects.toThrow(
      /update failed with status UPDATE_ROLLBACK_COMPLETE: SendQueue .* UPDATE_FAILED: Queue name in use/,
    );
  });

  it('fails naming what it waited for when the deadline passes', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('CREATE_IN_PROGRESS'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request } = setup();

    const error = await stack.deployStack(cfn, request, options).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toMatch(
      new RegExp(`waiting for stack '${NAME}' to reach CREATE_COMPLETE \\(last seen: CREATE_IN_PROGRESS\\)`),
    );
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.endGroup).toHaveBeenCalled();
  });

  it('refuses a stack that needs a person, naming its status', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(described('UPDATE_ROLLBACK_FAILED', { StackStatusReason: 'role gone' }));
    const { cfn, options, request } = setup();

    const error = await stack.deployStack(cfn, request, options).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(StackNotUsableError);
    expect((error as Error).message).toMatch(/is in UPDATE_ROLLBACK_FAILED \(role gone\)/);
    expect(cfnMock).toHaveReceivedCommandTimes(CreateChangeSetCommand, 0);
    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
  });

  it('refuses a template CloudFormation would not take inline, before any call', async () => {
    const { cfn, options, request } = setup();

    await expect(stack.deployStack(cfn, { ...request, templateBody: 'x'.repeat(60_000) }, options)).rejects.toThrow(
      /60000 bytes; CloudFormation takes at most 51200 inline/,
    );
    expect(cfnMock.calls()).toHaveLength(0);
  });

  it('stops waiting when the run is cancelled', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('CREATE_IN_PROGRESS'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const { cfn, options, request } = setup();
    const controller = new AbortController();
    const reason = Object.assign(new Error('cancelled'), { name: 'AbortError' });
    controller.abort(reason);

    await expect(stack.deployStack(cfn, request, { ...options, signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('deleteStack', () => {
  it('deletes by stack id and waits for DELETE_COMPLETE', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('DELETE_IN_PROGRESS'))
      .resolves(described('DELETE_COMPLETE'));
    const { cfn, options, ctx } = setup();

    await stack.deleteStack(cfn, described('CREATE_COMPLETE').Stacks[0], options);

    expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: ID });
    expect(ctx.setActivity).toHaveBeenCalledWith(`deleting stack ${NAME}`);
  });

  it('names the resources that could not be deleted', async () => {
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).resolves(described('DELETE_FAILED'));
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [failedEvent('d1', 'StepRole', 'Cannot delete entity, must detach all policies first.', 'DELETE_FAILED')] });
    const { cfn, options } = setup();

    await expect(stack.deleteStack(cfn, described('UPDATE_COMPLETE').Stacks[0], options)).rejects.toThrow(
      /delete failed with status DELETE_FAILED: StepRole .* DELETE_FAILED: Cannot delete entity/,
    );
  });

  it('sends the service role and a token with DeleteStack', async () => {
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).resolves(described('DELETE_COMPLETE'));
    const { cfn, options } = setup();
    const roleArn = 'arn:aws:iam::123456789012:role/cfn-deployer';

    await stack.deleteStack(cfn, described('CREATE_COMPLETE').Stacks[0], { ...options, roleArn, tokenPrefix: 'gh-42-1-abc' });

    const sent = cfnMock.commandCalls(DeleteStackCommand)[0].args[0].input;
    expect(sent.RoleARN).toBe(roleArn);
    expect(sent.ClientRequestToken).toMatch(/^gh-42-1-abc-delete-\d+$/);
  });

  it('reports a DELETE_FAILED stack with the resources it still holds and what to do', async () => {
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).resolves(described('DELETE_FAILED'));
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [
          { ...failedEvent('d1', 'MessageTable', 'Table is being used by another operation', 'DELETE_FAILED', 'AWS::DynamoDB::Table'), PhysicalResourceId: 'pump-messages' },
        ],
      });
    const { cfn, options } = setup();

    const error = await stack.deleteStack(cfn, described('UPDATE_COMPLETE').Stacks[0], options).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(StackDeleteFailedError);
    const message = (error as Error).message;
    expect(message).toMatch(/MessageTable \(AWS::DynamoDB::Table pump-messages\) DELETE_FAILED: Table is being used by another operation/);
    expect(message).toMatch(/run operation: destroy again/);
    expect(message).toContain(`aws cloudformation delete-stack --stack-name ${NAME} --retain-resources MessageTable`);
  });

  it('reads the resources still held from DescribeStackResources when the events do not name them', async () => {
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).resolves(described('DELETE_FAILED', { StackStatusReason: 'The following resource(s) failed to delete: [SendQueue].' }));
    cfnMock.on(DescribeStackResourcesCommand).resolves({
      StackResources: [
        { LogicalResourceId: 'SendQueue', ResourceType: 'AWS::SQS::Queue', PhysicalResourceId: 'https://sqs/q', ResourceStatus: 'DELETE_FAILED', ResourceStatusReason: 'Access denied', Timestamp: new Date() },
        { LogicalResourceId: 'MessageTable', ResourceType: 'AWS::DynamoDB::Table', ResourceStatus: 'DELETE_COMPLETE', Timestamp: new Date() },
      ],
    });
    const { cfn, options } = setup();

    const error = await stack.deleteStack(cfn, described('DELETE_FAILED').Stacks[0], options).catch((err: unknown) => err);

    expect(cfnMock).toHaveReceivedCommandWith(DescribeStackResourcesCommand, { StackName: ID });
    expect((error as InstanceType<typeof StackDeleteFailedError>).failures).toEqual([
      { logicalId: 'SendQueue', resourceType: 'AWS::SQS::Queue', status: 'DELETE_FAILED', reason: 'Access denied', physicalId: 'https://sqs/q' },
    ]);
    expect((error as Error).message).toContain('--retain-resources SendQueue');
  });

  it('waits for an update in progress to finish before deleting', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('UPDATE_IN_PROGRESS'))
      .resolvesOnce(described('UPDATE_COMPLETE'))
      .resolves(described('DELETE_COMPLETE'));
    const { cfn, options } = setup();

    await stack.deleteStack(cfn, described('UPDATE_IN_PROGRESS').Stacks[0], options);

    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 1);
    const order = cfnMock.calls().map((call) => call.args[0].constructor.name);
    expect(order.indexOf('DeleteStackCommand')).toBeGreaterThan(1);
  });

  it('only waits when a delete is already under way', async () => {
    cfnMock.on(DescribeStacksCommand, { StackName: ID }).resolves(described('DELETE_COMPLETE'));
    const { cfn, options } = setup();

    await stack.deleteStack(cfn, described('DELETE_IN_PROGRESS').Stacks[0], options);

    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
  });
});
