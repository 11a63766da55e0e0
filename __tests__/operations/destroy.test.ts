// destroy as the action runs it: runs stopped, machine deleted, stack deleted; already gone; foreign stacks refused.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import type {} from 'aws-sdk-client-mock-jest';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Stack,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import {
  DeleteStateMachineCommand,
  DeleteStateMachineVersionCommand,
  ListStateMachineVersionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { FakeStepFunctions } from '../../__fixtures__/fake-sfn';

jest.unstable_mockModule('@actions/core', () => core);
const { destroy, ForeignStackError } = await import('../../src/operations/destroy');
const { deployStack } = await import('../../src/aws/stack');
const { TerminationProtectedError } = await import('../../src/aws/stack-errors');

const cfnMock = mockClient(CloudFormationClient);
const sfnMock = mockClient(SFNClient);
const NAME = 'doc-example-stepfunctions-messages-stack';
const MACHINE = 'doc-example-dynamodb-message-pump';
const ID = `arn:aws:cloudformation:us-east-1:000000000000:stack/${NAME}/1`;
const MACHINE_ARN = `arn:aws:states:us-east-1:000000000000:stateMachine:${MACHINE}`;
const RUN_ARN = `arn:aws:states:us-east-1:000000000000:execution:${MACHINE}:gh-41-1-demo`;
const OURS = [{ Key: 'created-by', Value: 'stepfunctions-message-pump-action' }];

const described = (status: StackStatus, tags = OURS, extra: Partial<Stack> = {}) => ({
  Stacks: [{ StackName: NAME, StackId: ID, StackStatus: status, CreationTime: new Date(), Tags: tags, ...extra } as Stack],
});
const missing = () =>
  new CloudFormationServiceException({ name: 'ValidationError', $fault: 'client', $metadata: {}, message: `Stack with id ${NAME} does not exist` });

let fake: FakeStepFunctions;

/** A machine with two versions and one RUNNING run that stops when asked (after a read, as on AWS); gone once deleted. */
function machineWithOneRun(): void {
  fake = new FakeStepFunctions(sfnMock).install();
  fake.seed(MACHINE, { StartAt: 'A' }, { versions: 2 });
  fake.runs.set(RUN_ARN, { arn: RUN_ARN, machine: MACHINE, startedOn: `${MACHINE_ARN}:2`, definition: '{}', status: 'RUNNING' });
  fake.stopLag = 1;
  fake.deleteLag = 1;
}

const context = (force = false) => createTestContext({ inputs: { operation: 'destroy', force } });
const checkNames = (ctx: ReturnType<typeof context>) => ctx.checks.list().map((c) => [c.name, c.passed]);

beforeEach(() => {
  cfnMock.reset();
  sfnMock.reset();
  core.useInputs({});
  cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  sfnMock.on(ListStateMachinesCommand).resolves({ stateMachines: [] });
});

describe('destroy', () => {
  it('stops the running runs, deletes the state machine, then deletes the stack and waits for DELETE_COMPLETE', async () => {
    machineWithOneRun();
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('UPDATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('DELETE_IN_PROGRESS'))
      .resolves(described('DELETE_COMPLETE'));
    const ctx = context();

    await destroy(ctx);

    expect(sfnMock).toHaveReceivedCommandWith(StopExecutionCommand, { executionArn: RUN_ARN });
    expect(sfnMock).toHaveReceivedCommandWith(DeleteStateMachineCommand, { stateMachineArn: MACHINE_ARN });
    expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: ID });
    expect(checkNames(ctx)).toEqual([
      ['runs stopped before teardown', true],
      ['state machine deleted', true],
      ['stack deleted', true],
    ]);
    expect(ctx.checks.list()[0].detail).toBe('1 run(s) stopped, none RUNNING');
    expect(ctx.checks.list()[1].detail).toBe(`${MACHINE} deleted with its versions`);
    expect(ctx.checks.list()[2].detail).toMatch(/DELETE_COMPLETE/);
    // Nothing of the machine is left: no machine, no version, the run stopped.
    expect(fake.machines.size).toBe(0);
    expect(fake.runs.get(RUN_ARN)!.status).toBe('ABORTED');
    // The machine goes before the stack whose role and function it uses.
    const [machineDeleted] = sfnMock.commandCalls(DeleteStateMachineCommand);
    const [stackDeleted] = cfnMock.commandCalls(DeleteStackCommand);
    expect(machineDeleted.calledBefore(stackDeleted)).toBe(true);
    expect(ctx.setActivity).toHaveBeenCalledWith(`deleting stack ${NAME}`);
  });

  it('passes with a notice when the stack is already gone, still deleting a machine left behind', async () => {
    machineWithOneRun();
    cfnMock.on(DescribeStacksCommand).rejects(missing());
    const ctx = context();

    await destroy(ctx);

    expect(core.notice).toHaveBeenCalledWith(`Stack '${NAME}' does not exist: already gone`, expect.anything());
    expect(sfnMock).toHaveReceivedCommandWith(DeleteStateMachineCommand, { stateMachineArn: MACHINE_ARN });
    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
    expect(ctx.checks.failed).toEqual([]);
  });

  it('passes when both the stack and the machine are already gone', async () => {
    cfnMock.on(DescribeStacksCommand).rejects(missing());
    const ctx = context();

    await destroy(ctx);

    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineCommand, 0);
    expect(ctx.checks.list().map((c) => c.detail)).toEqual([
      `no state machine named ${MACHINE}`,
      `${MACHINE} was already gone`,
      `${NAME} was already gone`,
    ]);
  });

  it('refuses a stack this action did not create, touching nothing', async () => {
    machineWithOneRun();
    cfnMock.on(DescribeStacksCommand).resolves(described('CREATE_COMPLETE', [{ Key: 'team', Value: 'payments' }]));
    const ctx = context();

    const error = await destroy(ctx).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(ForeignStackError);
    expect((error as Error).message).toBe(
      `Stack '${NAME}' was not created by this action (it has no tag created-by=stepfunctions-message-pump-action): ` +
        'refusing to delete it; set the input force: true to delete it anyway',
    );
    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
    expect(sfnMock.calls()).toHaveLength(0);
  });

  it('deletes a foreign stack when forced, with a warning', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE', []))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('DELETE_COMPLETE', []));
    const ctx = context(true);

    await destroy(ctx);

    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('because force is set'), expect.anything());
    expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: ID });
    expect(ctx.checks.failed).toEqual([]);
  });

  it('annotates what could not be deleted, fails the check and throws', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('DELETE_FAILED'));
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [
          {
            EventId: 'd1',
            StackId: ID,
            StackName: NAME,
            LogicalResourceId: 'MessageTable',
            ResourceType: 'AWS::DynamoDB::Table',
            ResourceStatus: 'DELETE_FAILED',
            ResourceStatusReason: 'Table is in use',
            Timestamp: new Date(),
          },
        ],
      });
    const ctx = context();

    await expect(destroy(ctx)).rejects.toThrow(/DELETE_FAILED: MessageTable \(AWS::DynamoDB::Table\) DELETE_FAILED: Table is in use/);
    // And what to do about it.
    expect(ctx.checks.list()[2].detail).toMatch(/run operation: destroy again.*--retain-resources MessageTable/);

    expect(core.error).toHaveBeenCalledWith('Table is in use', { title: 'MessageTable DELETE_FAILED' });
    expect(checkNames(ctx)).toEqual([
      ['runs stopped before teardown', true],
      ['state machine deleted', true],
      ['stack deleted', false],
    ]);
  });

  it('refuses a stack with termination protection before touching anything, saying how to lift it', async () => {
    machineWithOneRun();
    cfnMock.on(DescribeStacksCommand, { StackName: NAME }).resolves(described('UPDATE_COMPLETE', OURS, { EnableTerminationProtection: true }));
    const ctx = context(true);

    const error = await destroy(ctx).catch((err: unknown) => err);

    expect(error).toBeInstanceOf(TerminationProtectedError);
    expect((error as Error).message).toContain(`update-termination-protection --no-enable-termination-protection --stack-name ${NAME}`);
    expect(sfnMock).toHaveReceivedCommandTimes(StopExecutionCommand, 0);
    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineCommand, 0);
    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
  });

  it('passes the service role and a request token to DeleteStack', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('DELETE_COMPLETE'));
    const roleArn = 'arn:aws:iam::123456789012:role/cfn-deployer';
    const ctx = createTestContext({ inputs: { operation: 'destroy', roleArn } });

    await destroy(ctx);

    const sent = cfnMock.commandCalls(DeleteStackCommand)[0].args[0].input;
    expect(sent.RoleARN).toBe(roleArn);
    expect(sent.ClientRequestToken).toMatch(/^gh-42-1-[a-z0-9]+-delete-\d+$/);
  });

  describe('in a lifecycle', () => {
    const lifecycle = () => createTestContext({ inputs: { operation: 'lifecycle' } });

    it('leaves a stack that existed before the step, and says so', async () => {
      cfnMock.on(DescribeStacksCommand, { StackName: NAME }).resolves(described('UPDATE_ROLLBACK_COMPLETE'));
      const ctx = lifecycle();

      await destroy(ctx);

      expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 0);
      expect(core.notice).toHaveBeenCalledWith(expect.stringMatching(/existed before this step.*left as it was/), { title: 'Stack left in place' });
      expect(checkNames(ctx)).toContainEqual(['stack left in place', true]);
    });

    it('deletes the stack this step created', async () => {
      const createdId = `arn:aws:cloudformation:us-east-1:000000000000:stack/${NAME}/created-in-this-step`;
      const stackNow = (status: StackStatus) => ({ Stacks: [{ ...described(status).Stacks[0], StackId: createdId }] });
      cfnMock.on(DescribeStacksCommand, { StackName: NAME }).rejects(missing());
      cfnMock.on(DescribeStacksCommand, { StackName: createdId }).resolves(stackNow('CREATE_COMPLETE'));
      cfnMock.on(CreateStackCommand).resolves({ StackId: createdId });
      const ctx = lifecycle();
      const options = { deadline: ctx.deadline, sleep: ctx.sleep, now: ctx.now };
      await deployStack(ctx.clients.cloudformation, { stackName: NAME, templateBody: 'Resources: {}', tags: OURS, changeSetName: 'cs' }, options);
      cfnMock.on(DescribeStacksCommand, { StackName: NAME }).resolves(stackNow('CREATE_COMPLETE'));
      cfnMock.on(DescribeStacksCommand, { StackName: createdId }).resolves(stackNow('DELETE_COMPLETE'));

      await destroy(ctx);

      expect(cfnMock).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: createdId });
      expect(checkNames(ctx)).toContainEqual(['stack deleted', true]);
    });
  });

  it('still deletes the stack when the state machine cannot be deleted, failing that check', async () => {
    machineWithOneRun();
    sfnMock
      .on(DeleteStateMachineCommand)
      .rejects(new SFNServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: {}, message: 'not allowed' }));
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('DELETE_COMPLETE'));
    const ctx = context();

    await destroy(ctx);

    expect(cfnMock).toHaveReceivedCommandTimes(DeleteStackCommand, 1);
    expect(checkNames(ctx)).toEqual([
      ['runs stopped before teardown', true],
      ['state machine deleted', false],
      ['stack deleted', true],
    ]);
    expect(ctx.checks.failed[0].detail).toContain('not allowed');
  });

  it('waits out a machine still DELETING from an earlier destroy, then finds it gone', async () => {
    fake = new FakeStepFunctions(sfnMock).install();
    const machine = fake.seed(MACHINE, { StartAt: 'A' });
    machine.status = 'DELETING';
    machine.deletingReads = 2;
    cfnMock.on(DescribeStacksCommand).rejects(missing());
    const ctx = context();
    await destroy(ctx);
    expect(ctx.checks.failed).toEqual([]);
    expect(ctx.checks.list().slice(0, 2).map((c) => c.detail)).toEqual([`no state machine named ${MACHINE}`, `${MACHINE} was already gone`]);
    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineCommand, 0);
  });

  it('deletes versions an endpoint left behind after deleting the machine', async () => {
    machineWithOneRun();
    fake.keepVersionsOnDelete = true;
    const versions = [...fake.machines.get(MACHINE)!.versions];
    sfnMock
      .on(ListStateMachineVersionsCommand)
      .resolves({ stateMachineVersions: versions.map((v) => ({ stateMachineVersionArn: v.arn, creationDate: new Date() })) });
    cfnMock.on(DescribeStacksCommand).rejects(missing());
    const ctx = context();
    await destroy(ctx);
    expect(ctx.checks.list()[1].detail).toBe(`${MACHINE} deleted; 2 version(s) left behind by the endpoint deleted after it`);
    expect(sfnMock).toHaveReceivedCommandTimes(DeleteStateMachineVersionCommand, 2);
  });
});
