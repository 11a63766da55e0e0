// update as the action runs it: validated first, machine updated (or created), added/removed states reported.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateStateMachineCommand,
  DescribeStateMachineCommand,
  SFNClient,
  SFNServiceException,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from '@aws-sdk/client-sfn';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { FakeStepFunctions } from '../../__fixtures__/fake-sfn';
import { buildDefinition } from '../../src/definition/build';

jest.unstable_mockModule('@actions/core', () => core);
const { update, CHECKS } = await import('../../src/operations/update');

const cfnMock = mockClient(CloudFormationClient);
const sfnMock = mockClient(SFNClient);
const MACHINE = 'doc-example-dynamodb-message-pump';
const MACHINE_ARN = `arn:aws:states:us-east-1:000000000000:stateMachine:${MACHINE}`;
const outputs = {
  MessageTableName: 'doc-example-stepfunctions-messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/doc-example-stepfunctions-queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
  StepRoleArn: 'arn:aws:iam::000000000000:role/step',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'update-op-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fake: FakeStepFunctions;

/** A deployed stack and, when `current` is given, a machine of this action holding that definition (version 1). */
function world(current?: Record<string, unknown>): void {
  cfnMock.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: 'doc-example-stepfunctions-messages-stack',
        StackStatus: 'UPDATE_COMPLETE',
        CreationTime: new Date(),
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
      },
    ],
  });
  sfnMock.on(ValidateStateMachineDefinitionCommand).resolves({ result: 'OK', diagnostics: [] });
  fake = new FakeStepFunctions(sfnMock).install();
  if (current) fake.seed(MACHINE, current, { versions: 1, roleArn: outputs.StepRoleArn });
}

beforeEach(() => {
  cfnMock.reset();
  sfnMock.reset();
  core.useInputs({});
});

describe('update', () => {
  it('adds the SQS state to the machine and reports it', async () => {
    world(buildDefinition(outputs, false));
    const ctx = createTestContext({ inputs: { operation: 'update', includeSqs: true } });
    const outcome = await update(ctx);

    expect(ctx.checks.list().map((c) => [c.name, c.passed])).toEqual([
      [CHECKS.valid, true],
      [CHECKS.updated, true],
    ]);
    expect(ctx.checks.list()[0].detail).toContain('ValidateStateMachineDefinition OK');
    expect(ctx.checks.list()[1].detail).toBe('version 2 reads back with the new definition; states added: Send; removed: none');
    expect(core.notice).toHaveBeenCalledWith(`Updated ${MACHINE}: states added: Send; removed: none`, { title: 'State machine updated' });
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, {
      stateMachineArn: MACHINE_ARN,
      definition: JSON.stringify(buildDefinition(outputs, true)),
      publish: true,
    });
    // The published version is what was read back, and what the step reports.
    expect(sfnMock).toHaveReceivedCommandWith(DescribeStateMachineCommand, { stateMachineArn: `${MACHINE_ARN}:2` });
    expect(outcome).toEqual({
      outputs: { 'state-machine-arn': MACHINE_ARN, 'state-machine-version-arn': `${MACHINE_ARN}:2` },
      definition: buildDefinition(outputs, true),
    });
  });

  it('removes the SQS state when include-sqs is false', async () => {
    world(buildDefinition(outputs, true));
    const ctx = createTestContext({ inputs: { operation: 'update', includeSqs: false } });
    await update(ctx);
    expect(ctx.checks.list()[1].detail).toBe('version 2 reads back with the new definition; states added: none; removed: Send');
  });

  it('creates a missing machine with the stack role, and skips the service validation an endpoint lacks', async () => {
    world();
    sfnMock
      .on(ValidateStateMachineDefinitionCommand)
      .rejects(new SFNServiceException({ name: 'UnknownOperationException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'not implemented' }));
    const ctx = createTestContext({ inputs: { operation: 'update' } });
    const outcome = await update(ctx);
    expect(sfnMock).toHaveReceivedCommandWith(CreateStateMachineCommand, { name: MACHINE, roleArn: outputs.StepRoleArn });
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 0);
    expect(ctx.checks.failed).toEqual([]);
    expect(ctx.checks.list()[0].detail).toContain('not offered by this endpoint (skipped)');
    expect(ctx.checks.list()[1].detail).toMatch(
      /^created doc-example-dynamodb-message-pump with states: Scan DynamoDB For Messages, Send Messages, Send, Record Sent, Pause Then Loop; version 1 reads back with it$/,
    );
    expect(core.notice).toHaveBeenCalledWith(expect.stringMatching(/^created /), { title: 'State machine created' });
    expect(outcome.outputs).toEqual({ 'state-machine-arn': MACHINE_ARN, 'state-machine-version-arn': `${MACHINE_ARN}:1` });
  });

  it('refuses an invalid definition file before any UpdateStateMachine call', async () => {
    world(buildDefinition(outputs, false));
    const path = join(dir, 'broken.yaml');
    await writeFile(path, ['StartAt: Missing', 'States:', '  Scan:', '    Type: Task', '    Resource: ${ScanFunctionArn}', '    End: true', ''].join('\n'));
    const ctx = createTestContext({ inputs: { operation: 'update', definitionPath: path } });
    const outcome = await update(ctx);

    expect(ctx.checks.list().map((c) => c.name)).toEqual([CHECKS.valid]);
    expect(ctx.checks.failed[0].detail).toMatch(/broken\.yaml: The state machine definition is invalid \(asl-validator\): .*Missing/);
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 0);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 0);
    expect(sfnMock).toHaveReceivedCommandTimes(ValidateStateMachineDefinitionCommand, 0);
    expect(outcome.outputs).toEqual({});
  });

  it('uses a definition file with placeholders filled from the stack outputs; unchanged is a notice', async () => {
    const current = buildDefinition(outputs, false);
    world(current);
    const path = join(dir, 'same.json');
    const template = JSON.stringify(current).replace(outputs.ScanFunctionArn, '${ScanFunctionArn}').replace(outputs.MessageTableName, '${MessageTableName}');
    await writeFile(path, template);
    const ctx = createTestContext({ inputs: { operation: 'update', definitionPath: path } });
    await update(ctx);
    expect(ctx.checks.failed).toEqual([]);
    expect(sfnMock).toHaveReceivedCommandTimes(UpdateStateMachineCommand, 0);
    expect(core.notice).toHaveBeenCalledWith(`${MACHINE} already has this definition: nothing to change`, { title: 'No changes' });
    // The version of the current revision is reported; none is added.
    expect(ctx.checks.list()[1].detail).toBe(`${MACHINE} already had this definition; version 1`);
    expect(fake.machines.get(MACHINE)!.versions).toHaveLength(1);
  });

  it('retries while the new role cannot be assumed yet, then creates the machine', async () => {
    world();
    fake.roleNotAssumable = 2;
    const ctx = createTestContext({ inputs: { operation: 'update' } });
    const outcome = await update(ctx);
    expect(ctx.checks.failed).toEqual([]);
    expect(sfnMock).toHaveReceivedCommandTimes(CreateStateMachineCommand, 3);
    expect(outcome.outputs['state-machine-version-arn']).toBe(`${MACHINE_ARN}:1`);
  });

  it('fails the check naming the role when it never becomes assumable', async () => {
    world();
    fake.roleNotAssumable = Number.POSITIVE_INFINITY;
    const ctx = createTestContext({ inputs: { operation: 'update' } });
    const outcome = await update(ctx);
    expect(ctx.checks.failed.map((c) => c.name)).toEqual([CHECKS.updated]);
    expect(ctx.checks.failed[0].detail).toMatch(/^RoleNotAssumableError: Step Functions could not assume the role arn:aws:iam::000000000000:role\/step for state machine doc-example-dynamodb-message-pump/);
    expect(outcome.outputs).toEqual({});
  });

  it("deletes this action's versions beyond the newest five after publishing", async () => {
    world(buildDefinition(outputs, false));
    const machine = fake.machines.get(MACHINE)!;
    for (let n = 2; n <= 6; n += 1) {
      machine.current = undefined;
      machine.versions.push({ arn: `${MACHINE_ARN}:${n}`, definition: '{}', description: 'Published by stepfunctions-message-pump-action (earlier)' });
      machine.nextVersion = n + 1;
    }
    const ctx = createTestContext({ inputs: { operation: 'update', includeSqs: true } });
    const outcome = await update(ctx);
    expect(outcome.outputs['state-machine-version-arn']).toBe(`${MACHINE_ARN}:7`);
    expect(machine.versions.map((v) => Number(v.arn.split(':').pop()))).toEqual([3, 4, 5, 6, 7]);
    expect(ctx.checks.list()[1].detail).toMatch(/; deleted 2 old version\(s\)$/);
  });
});
