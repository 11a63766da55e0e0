// deploy as the action runs it: the stack's tags, outputs, the "stack deployed" check, notices and annotations.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import type {} from 'aws-sdk-client-mock-jest';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Stack,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { WaitTimeoutError } from '../../src/wait';

jest.unstable_mockModule('@actions/core', () => core);
const { deploy, queueNameCooldownMs } = await import('../../src/operations/deploy');

const cfnMock = mockClient(CloudFormationClient);
const NAME = 'doc-example-stepfunctions-messages-stack';
const ID = `arn:aws:cloudformation:us-east-1:000000000000:stack/${NAME}/1`;
const OUTPUTS = {
  MessageTableName: 'doc-example-stepfunctions-messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/doc-example-stepfunctions-queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
  StepRoleArn: 'arn:aws:iam::000000000000:role/steps',
};

const dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
const templatePath = join(dir, 'setup.yaml');
writeFileSync(templatePath, 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const described = (status: StackStatus, extra: Partial<Stack> = {}) => ({
  Stacks: [
    {
      StackName: NAME,
      StackId: ID,
      StackStatus: status,
      CreationTime: new Date(),
      Outputs: Object.entries(OUTPUTS).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
      ...extra,
    } as Stack,
  ],
});
const missing = () =>
  new CloudFormationServiceException({ name: 'ValidationError', $fault: 'client', $metadata: {}, message: `Stack with id ${NAME} does not exist` });

const context = () => createTestContext({ inputs: { operation: 'deploy', templatePath, timeoutSeconds: 120 } });

beforeEach(() => {
  cfnMock.reset();
  core.useInputs({});
  cfnMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

describe('deploy', () => {
  it('creates the stack from the template, tagged with its name, this action and the workflow run', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolvesOnce(described('CREATE_IN_PROGRESS'))
      .resolves(described('CREATE_COMPLETE'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const ctx = context();

    const outcome = await deploy(ctx);

    expect(cfnMock).toHaveReceivedCommandWith(CreateStackCommand, {
      StackName: NAME,
      TemplateBody: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n',
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      Tags: [
        { Key: 'stack', Value: NAME },
        { Key: 'created-by', Value: 'stepfunctions-message-pump-action' },
        { Key: 'github:repository', Value: 'octo/repo' },
        { Key: 'github:run-url', Value: 'https://github.com/octo/repo/actions/runs/42' },
      ],
    });
    expect(outcome.outputs).toEqual({ ...OUTPUTS, 'stack-outputs': JSON.stringify(OUTPUTS) });
    expect(ctx.checks.list()).toEqual([
      expect.objectContaining({ name: 'stack deployed', passed: true, detail: expect.stringMatching(/CREATE_COMPLETE: created/) }),
    ]);
    expect(outcome.timings).toHaveProperty(['stack deploy']);
  });

  it('passes with a notice and the current outputs when the template changes nothing', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(described('UPDATE_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'cs-1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    const ctx = context();

    const outcome = await deploy(ctx);

    expect(core.notice).toHaveBeenCalledWith(`Stack '${NAME}' already matches the template: no changes`, expect.anything());
    expect(cfnMock).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      ChangeSetName: expect.stringMatching(/^gh-42-1-deploy-[a-z0-9]+$/) as unknown as string,
    });
    expect(outcome.outputs.StepRoleArn).toBe(OUTPUTS.StepRoleArn);
    expect(ctx.checks.list()).toEqual([
      expect.objectContaining({ name: 'stack deployed', passed: true, detail: expect.stringContaining('no changes') }),
    ]);
  });

  it('annotates the failed resource with its reason, fails the check and throws naming it', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('ROLLBACK_COMPLETE', { Outputs: [] }));
    cfnMock.on(DescribeStackEventsCommand).resolves({
      StackEvents: [
        {
          EventId: 'e1',
          StackId: ID,
          StackName: NAME,
          LogicalResourceId: 'StepRole',
          ResourceType: 'AWS::IAM::Role',
          ResourceStatus: 'CREATE_FAILED',
          ResourceStatusReason: 'Requires capabilities : [CAPABILITY_NAMED_IAM]',
          Timestamp: new Date(),
        },
      ],
    });
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const ctx = context();

    await expect(deploy(ctx)).rejects.toThrow(/StepRole \(AWS::IAM::Role\) CREATE_FAILED: Requires capabilities/);

    expect(core.error).toHaveBeenCalledWith('Requires capabilities : [CAPABILITY_NAMED_IAM]', { title: 'StepRole CREATE_FAILED' });
    expect(ctx.checks.list()).toEqual([
      expect.objectContaining({ name: 'stack deployed', passed: false, detail: expect.stringContaining('ROLLBACK_COMPLETE') }),
    ]);
  });

  it('fails (never a warning) naming what it waited for when the stack does not finish in time', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('CREATE_IN_PROGRESS'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const ctx = context();

    await expect(deploy(ctx)).rejects.toBeInstanceOf(WaitTimeoutError);

    expect(core.warning).not.toHaveBeenCalled();
    expect(ctx.checks.failed).toEqual([
      expect.objectContaining({
        name: 'stack deployed',
        detail: expect.stringContaining(`waiting for stack '${NAME}' to reach CREATE_COMPLETE`),
      }),
    ]);
  });

  it('sends the template body read with the inputs, the service role and a request token', async () => {
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .rejects(missing())
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('CREATE_COMPLETE'));
    cfnMock.on(CreateStackCommand).resolves({ StackId: ID });
    const roleArn = 'arn:aws:iam::123456789012:role/cfn-deployer';
    const templateBody = 'Resources:\n  Checked:\n    Type: AWS::SQS::Queue\n';
    const ctx = createTestContext({ inputs: { operation: 'deploy', templatePath, templateBody, roleArn } });

    await deploy(ctx);

    const sent = cfnMock.commandCalls(CreateStackCommand)[0].args[0].input;
    // What was checked is what is sent, whatever the file holds now.
    expect(sent.TemplateBody).toBe(templateBody);
    expect(sent.RoleARN).toBe(roleArn);
    expect(sent.ClientRequestToken).toMatch(/^gh-42-1-[a-z0-9]+-create-\d+$/);
  });

  it.each<[string, string | undefined, string | undefined, number]>([
    ['AWS itself: 60 s, whatever the variable says', undefined, '0.1', 60_000],
    ['an endpoint without a time scale: 60 s', 'http://127.0.0.1:4566', undefined, 60_000],
    ['a local endpoint at time scale 0.05: 3 s', 'local', '0.05', 3_000],
    ['an endpoint URL at time scale 0.1: 6 s', 'http://127.0.0.1:4566', '0.1', 6_000],
    ['a nonsense time scale: 60 s', 'local', 'fast', 60_000],
    ['a time scale above 1 never lengthens it', 'local', '5', 60_000],
  ])('queue-name cooldown on %s', (_name, endpointUrl, scale, expected) => {
    expect(queueNameCooldownMs(endpointUrl, scale === undefined ? {} : { LOCAL_ENDPOINT_TIME_SCALE: scale })).toBe(expected);
  });

  it('says how to hand over a log group Lambda made before the stack declared it', async () => {
    const group = '/aws/lambda/doc-example-stepfunctions-messages-stack-scan-messages';
    cfnMock
      .on(DescribeStacksCommand, { StackName: NAME })
      .resolves(described('CREATE_COMPLETE'))
      .on(DescribeStacksCommand, { StackName: ID })
      .resolves(described('UPDATE_ROLLBACK_COMPLETE'));
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'cs-1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [
          {
            EventId: 'e1',
            StackId: ID,
            StackName: NAME,
            LogicalResourceId: 'ScanLogGroup',
            ResourceType: 'AWS::Logs::LogGroup',
            ResourceStatus: 'CREATE_FAILED',
            ResourceStatusReason: `Resource of type 'AWS::Logs::LogGroup' with identifier '${group}' already exists.`,
            Timestamp: new Date(),
          },
        ],
      });

    await expect(deploy(context())).rejects.toThrow(/already exists/);

    expect(core.error).toHaveBeenCalledWith(expect.stringContaining(`aws logs delete-log-group --log-group-name ${group}`), {
      title: 'Log group exists outside the stack',
    });
  });

  it('fails the check when the template cannot be read, before any AWS call', async () => {
    const ctx = createTestContext({ inputs: { templatePath: join(dir, 'nope.yaml') } });

    await expect(deploy(ctx)).rejects.toThrow(/nope\.yaml/);

    expect(cfnMock.calls()).toHaveLength(0);
    expect(ctx.checks.failed.map((c) => c.name)).toEqual(['stack deployed']);
  });
});
