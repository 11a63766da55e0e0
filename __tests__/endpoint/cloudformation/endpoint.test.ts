// setup.yaml deployed through the whole local endpoint: the CloudFormation service provisions into the real
// emulated DynamoDB, SQS, Lambda and IAM, and the SDK reads the results back from each service.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient, CreateStackCommand, DeleteStackCommand, DescribeStackEventsCommand, DescribeStacksCommand, UpdateStackCommand,
  waitUntilStackCreateComplete, waitUntilStackDeleteComplete, waitUntilStackUpdateComplete,
} from '@aws-sdk/client-cloudformation';
import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetRoleCommand, GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { WAIT } from './support';

const SETUP = readFileSync(new URL('../../../setup.yaml', import.meta.url), 'utf8');
const STACK = 'endpoint-pump';

let endpoint: RunningEndpoint;
const config = () => ({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
let cfn: CloudFormationClient;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  cfn = new CloudFormationClient(config());
});

afterAll(async () => {
  cfn?.destroy();
  await endpoint?.close();
});

async function outputs(): Promise<Record<string, string>> {
  const stack = (await cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks?.[0];
  return Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
}

describe('setup.yaml on the local endpoint', () => {
  it('creates every resource in its service', async () => {
    await cfn.send(new CreateStackCommand({ StackName: STACK, TemplateBody: SETUP, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT, maxWaitTime: 60 }, { StackName: STACK });
    const out = await outputs();
    expect(Object.keys(out).sort()).toEqual(['MessageTableName', 'ScanFunctionArn', 'SendQueueUrl', 'StepRoleArn']);

    const ddb = new DynamoDBClient(config());
    const sqs = new SQSClient(config());
    const lambda = new LambdaClient(config());
    const iam = new IAMClient(config());
    try {
      const table = (await ddb.send(new DescribeTableCommand({ TableName: out.MessageTableName }))).Table;
      expect(table?.TableStatus).toBe('ACTIVE');
      expect(table?.KeySchema).toEqual([{ AttributeName: 'user_name', KeyType: 'HASH' }, { AttributeName: 'message_id', KeyType: 'RANGE' }]);
      const queue = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: out.SendQueueUrl, AttributeNames: ['QueueArn'] }));
      expect(queue.Attributes?.QueueArn).toBe(`arn:aws:sqs:us-east-1:000000000000:${STACK}-queue`);
      const fn = await lambda.send(new GetFunctionCommand({ FunctionName: out.ScanFunctionArn }));
      expect(fn.Configuration?.Environment?.Variables?.TABLE_NAME).toBe(out.MessageTableName);
      const role = await iam.send(new GetRoleCommand({ RoleName: `${STACK}-us-east-1-steps` }));
      expect(role.Role?.Arn).toBe(out.StepRoleArn);
      const policy = await iam.send(new GetRolePolicyCommand({ RoleName: `${STACK}-us-east-1-steps`, PolicyName: 'pump-messages' }));
      expect(decodeURIComponent(policy.PolicyDocument ?? '')).toContain(out.ScanFunctionArn);
    } finally {
      [ddb, sqs, lambda, iam].forEach((c) => c.destroy());
    }
  });

  it('adds a state machine by update, referring to the stack resources', async () => {
    const machine = `
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: !Sub \${AWS::StackName}-machine
      RoleArn: !GetAtt StepRole.Arn
      DefinitionSubstitutions:
        ScanArn: !GetAtt ScanFunction.Arn
      Definition:
        StartAt: Scan
        States:
          Scan: { Type: Task, Resource: '\${ScanArn}', End: true }
`;
    const template = SETUP.replace('\nOutputs:', `${machine}\nOutputs:`);
    await cfn.send(new UpdateStackCommand({ StackName: STACK, TemplateBody: template, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT, maxWaitTime: 60 }, { StackName: STACK });
    const sfn = new SFNClient(config());
    try {
      const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `arn:aws:states:us-east-1:000000000000:stateMachine:${STACK}-machine` }));
      expect(JSON.parse(described.definition ?? '{}').States.Scan.Resource).toBe((await outputs()).ScanFunctionArn);
    } finally {
      sfn.destroy();
    }
  });

  it('deletes everything with the stack', async () => {
    await cfn.send(new DeleteStackCommand({ StackName: STACK }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT, maxWaitTime: 60 }, { StackName: STACK });
    const ddb = new DynamoDBClient(config());
    try {
      expect((await ddb.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      ddb.destroy();
    }
  });

  it('rolls back a failing resource with the backend reason', async () => {
    const template = `
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: other, KeyType: HASH }]
`;
    await cfn.send(new CreateStackCommand({ StackName: 'bad-table', TemplateBody: template }));
    await expect(waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'bad-table' })).rejects.toThrow();
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: 'bad-table' }))).StackEvents ?? [];
    const failed = events.find((e) => e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.LogicalResourceId).toBe('Table');
    expect(failed?.ResourceStatusReason).toMatch(/Resource handler returned message/);
    expect(events[0].ResourceStatus).toBe('ROLLBACK_COMPLETE');
  });
});

describe('a restarted endpoint with a state directory', () => {
  it('knows the stacks it made and can still delete them', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const stateDir = mkdtempSync(join(tmpdir(), 'cfn-state-'));
    const template = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: persisted-queue }\nOutputs:\n  Url: { Value: !Ref Q }\n';
    let first: RunningEndpoint | undefined = await startEndpoint({ port: 0, stateDir });
    let second: RunningEndpoint | undefined;
    const clientFor = (url: string) => new CloudFormationClient({ ...config(), endpoint: url });
    try {
      const before = clientFor(first.url);
      await before.send(new CreateStackCommand({ StackName: 'persisted', TemplateBody: template }));
      await waitUntilStackCreateComplete({ client: before, ...WAIT }, { StackName: 'persisted' });
      before.destroy();
      await first.close();
      first = undefined;

      second = await startEndpoint({ port: 0, stateDir });
      const after = clientFor(second.url);
      try {
        const stack = (await after.send(new DescribeStacksCommand({ StackName: 'persisted' }))).Stacks?.[0];
        expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
        expect(stack?.Outputs?.[0]?.OutputValue).toMatch(/persisted-queue$/);
        expect(second.backends.sqs.getQueue('persisted-queue', 'us-east-1')).toBeDefined();
        await after.send(new DeleteStackCommand({ StackName: 'persisted' }));
        await waitUntilStackDeleteComplete({ client: after, ...WAIT }, { StackName: 'persisted' });
        expect(second.backends.sqs.getQueue('persisted-queue', 'us-east-1')).toBeUndefined();
      } finally {
        after.destroy();
      }
    } finally {
      await first?.close();
      await second?.close();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
