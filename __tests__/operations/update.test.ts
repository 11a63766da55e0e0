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
  ListStateMachinesCommand,
  SFNClient,
  SFNServiceException,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from '@aws-sdk/client-sfn';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
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

/** A deployed stack and, when `current` is given, a machine holding that definition (updates take effect). */
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
  let definition = current ? JSON.stringify(current) : undefined;
  sfnMock.on(ValidateStateMachineDefinitionCommand).resolves({ result: 'OK', diagnostics: [] });
  sfnMock.on(ListStateMachinesCommand).callsFake(() => ({
    stateMachines: definition ? [{ name: MACHINE, stateMachineArn: MACHINE_ARN, type: 'STANDARD', creationDate: new Date() }] : [],
  }));
  sfnMock.on(DescribeStateMachineCommand).callsFake(() => ({ definition }));
  sfnMock.on(UpdateStateMachineCommand).callsFake((input: { definition: string }) => {
    definition = input.definition;
    return { updateDate: new Date() };
  });
  sfnMock.on(CreateStateMachineCommand).callsFake((input: { definition: string }) => {
    definition = input.definition;
    return { stateMachineArn: MACHINE_ARN, creationDate: new Date() };
  });
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
    expect(ctx.checks.list()[1].detail).toBe('definition read back matches; states added: Send; removed: none');
    expect(core.notice).toHaveBeenCalledWith(`Updated ${MACHINE}: states added: Send; removed: none`, { title: 'State machine updated' });
    expect(sfnMock).toHaveReceivedCommandWith(UpdateStateMachineCommand, { stateMachineArn: MACHINE_ARN, definition: JSON.stringify(buildDefinition(outputs, true)) });
    expect(outcome).toEqual({ outputs: { 'state-machine-arn': MACHINE_ARN }, definition: buildDefinition(outputs, true) });
  });

  it('removes the SQS state when include-sqs is false', async () => {
    world(buildDefinition(outputs, true));
    const ctx = createTestContext({ inputs: { operation: 'update', includeSqs: false } });
    await update(ctx);
    expect(ctx.checks.list()[1].detail).toBe('definition read back matches; states added: none; removed: Send');
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
    expect(ctx.checks.list()[1].detail).toMatch(/^created doc-example-dynamodb-message-pump with states: Scan DynamoDB For Messages, Send Messages, Send, Record Sent, Pause Then Loop/);
    expect(core.notice).toHaveBeenCalledWith(expect.stringMatching(/^created /), { title: 'State machine created' });
    expect(outcome.outputs['state-machine-arn']).toBe(MACHINE_ARN);
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
  });
});
