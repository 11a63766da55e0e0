// AWS behaviours of the CloudFormation resources through the whole endpoint and the SDK: log groups kept by
// CloudFormation, the services' contract errors worded as resource handlers word them, and partitions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient, CreateStackCommand, DeleteStackCommand, DescribeStackEventsCommand, DescribeStacksCommand,
  UpdateStackCommand, waitUntilStackCreateComplete, waitUntilStackDeleteComplete, waitUntilStackUpdateComplete,
} from '@aws-sdk/client-cloudformation';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { WAIT } from './support';

const ACCOUNT = '000000000000';
let endpoint: RunningEndpoint;
const clients: CloudFormationClient[] = [];

function client(region = 'us-east-1'): CloudFormationClient {
  const made = new CloudFormationClient({ endpoint: endpoint.url, region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  clients.push(made);
  return made;
}

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await endpoint?.close();
});

async function finalStatus(cfn: CloudFormationClient, stack: string): Promise<string | undefined> {
  for (;;) {
    const status = (await cfn.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0]?.StackStatus;
    if (status && !status.endsWith('_IN_PROGRESS')) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function outputs(cfn: CloudFormationClient, stack: string): Promise<Record<string, string | undefined>> {
  const described = (await cfn.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0];
  return Object.fromEntries((described?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
}

async function failureOf(cfn: CloudFormationClient, stack: string, logicalId: string): Promise<string | undefined> {
  const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: stack }))).StackEvents ?? [];
  return events.find((e) => e.LogicalResourceId === logicalId && e.ResourceStatus === 'CREATE_FAILED')?.ResourceStatusReason;
}

const handlerReason = (message: string, service: string, status: number, code: string): RegExp =>
  new RegExp(`^Resource handler returned message: "${message.replace(/[.()]/g, '\\$&')} \\(Service: ${service}, Status Code: ${status}, Request ID: [0-9a-f-]{36}\\)" \\(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: ${code}\\)$`);

describe('AWS::Logs::LogGroup', () => {
  const template = (name: string, policy = 'Delete'): string => JSON.stringify({
    Resources: {
      Named: { Type: 'AWS::Logs::LogGroup', DeletionPolicy: policy, Properties: { LogGroupName: name, RetentionInDays: 14, Tags: [{ Key: 'team', Value: 'pump' }] } },
      Unnamed: { Type: 'AWS::Logs::LogGroup' },
    },
    Outputs: {
      Name: { Value: { Ref: 'Named' } },
      Arn: { Value: { 'Fn::GetAtt': ['Named', 'Arn'] } },
      Generated: { Value: { Ref: 'Unnamed' } },
    },
  });

  it('is created and deleted with its stack: Ref is the name, Arn the log-group ARN', async () => {
    const cfn = client();
    await cfn.send(new CreateStackCommand({ StackName: 'logs-a', TemplateBody: template('/aws/lambda/logs-a') }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'logs-a' });
    const out = await outputs(cfn, 'logs-a');
    expect(out.Name).toBe('/aws/lambda/logs-a');
    expect(out.Arn).toBe(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/logs-a:*`);
    expect(out.Generated).toMatch(/^logs-a-Unnamed-[A-Z0-9]{12}$/);

    // A second stack cannot take the name while the first has it.
    await cfn.send(new CreateStackCommand({ StackName: 'logs-b', TemplateBody: template('/aws/lambda/logs-a') }));
    expect(await finalStatus(cfn, 'logs-b')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'logs-b', 'Named')).toMatch(
      /^Resource handler returned message: "Resource of type 'AWS::Logs::LogGroup' with identifier '\/aws\/lambda\/logs-a' already exists." \(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: AlreadyExists\)$/,
    );

    // Once the first stack is deleted, the name is free again.
    await cfn.send(new DeleteStackCommand({ StackName: 'logs-a' }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: 'logs-a' });
    await cfn.send(new CreateStackCommand({ StackName: 'logs-c', TemplateBody: template('/aws/lambda/logs-a') }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'logs-c' });
  });

  it('stays after its stack with DeletionPolicy Retain', async () => {
    const cfn = client();
    await cfn.send(new CreateStackCommand({ StackName: 'logs-retain', TemplateBody: template('/kept', 'Retain') }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'logs-retain' });
    await cfn.send(new DeleteStackCommand({ StackName: 'logs-retain' }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: 'logs-retain' });
    await cfn.send(new CreateStackCommand({ StackName: 'logs-retain-2', TemplateBody: template('/kept') }));
    expect(await finalStatus(cfn, 'logs-retain-2')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'logs-retain-2', 'Named')).toMatch(/HandlerErrorCode: AlreadyExists\)$/);
  });

  it('is kept across a restart with a state directory', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'cfn-logs-'));
    let own = await startEndpoint({ port: 0, stateDir: dir });
    const connect = (url: string): CloudFormationClient => new CloudFormationClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
    let cfn = connect(own.url);
    try {
      await cfn.send(new CreateStackCommand({ StackName: 'logs-kept', TemplateBody: template('/restarted') }));
      await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'logs-kept' });
      cfn.destroy();
      await own.close();
      own = await startEndpoint({ port: 0, stateDir: dir });
      cfn = connect(own.url);
      await cfn.send(new CreateStackCommand({ StackName: 'logs-kept-2', TemplateBody: template('/restarted') }));
      expect(await finalStatus(cfn, 'logs-kept-2')).toBe('ROLLBACK_COMPLETE');
      expect(await failureOf(cfn, 'logs-kept-2', 'Named')).toMatch(/HandlerErrorCode: AlreadyExists\)$/);
    } finally {
      cfn.destroy();
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a retention CloudWatch Logs does not offer', async () => {
    const cfn = client();
    const body = JSON.stringify({ Resources: { Bad: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 2 } } } });
    await cfn.send(new CreateStackCommand({ StackName: 'logs-bad', TemplateBody: body }));
    expect(await finalStatus(cfn, 'logs-bad')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'logs-bad', 'Bad')).toBe('Properties validation failed for resource Bad with message: #: #/RetentionInDays: 2 is not a valid enum value');
  });
});

describe('contract errors through CloudFormation', () => {
  const queueStack = (name: string): string => JSON.stringify({ Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: name } } } });

  it('rolls back a queue whose name was deleted less than 60 s before, with SQS words', async () => {
    const cfn = client();
    await cfn.send(new CreateStackCommand({ StackName: 'queue-first', TemplateBody: queueStack('cooldown-queue') }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'queue-first' });
    await cfn.send(new DeleteStackCommand({ StackName: 'queue-first' }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: 'queue-first' });
    await cfn.send(new CreateStackCommand({ StackName: 'queue-again', TemplateBody: queueStack('cooldown-queue') }));
    expect(await finalStatus(cfn, 'queue-again')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'queue-again', 'Queue')).toMatch(
      handlerReason('You must wait 60 seconds after deleting a queue before you can create another with the same name.', 'Sqs', 400, 'GeneralServiceException'),
    );
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: 'queue-again' }))).Stacks?.[0];
    expect(stack?.StackStatusReason).toBe('The following resource(s) failed to create: [Queue]. Rollback requested by user.');
  });

  it('changes a queue in place (no re-create, so no cooldown), a removed property back to its default', async () => {
    const cfn = client();
    const body = (properties: object): string => JSON.stringify({ Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'in-place-queue', ...properties } } } });
    await cfn.send(new CreateStackCommand({ StackName: 'queue-in-place', TemplateBody: body({ VisibilityTimeout: 45, DelaySeconds: 5 }) }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'queue-in-place' });
    const url = endpoint.backends.sqs.getQueue('in-place-queue', 'us-east-1')?.url as string;
    await cfn.send(new UpdateStackCommand({ StackName: 'queue-in-place', TemplateBody: body({ VisibilityTimeout: 60 }) }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'queue-in-place' });
    const sqs = new SQSClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
    try {
      const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['VisibilityTimeout', 'DelaySeconds'] }));
      expect(Attributes).toEqual({ VisibilityTimeout: '60', DelaySeconds: '0' });
    } finally {
      sqs.destroy();
    }
  });

  it('rolls back names beyond AWS limits with the service words (queue 80, role 64)', async () => {
    const cfn = client();
    await cfn.send(new CreateStackCommand({ StackName: 'long-queue', TemplateBody: queueStack('q'.repeat(81)) }));
    expect(await finalStatus(cfn, 'long-queue')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'long-queue', 'Queue')).toMatch(/^Resource handler returned message: ".*1 to 80 in length.* \(Service: Sqs, Status Code: 400, .*HandlerErrorCode: InvalidRequest\)$/);

    const role = JSON.stringify({
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: { RoleName: 'r'.repeat(65), AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } },
        },
      },
    });
    await cfn.send(new CreateStackCommand({ StackName: 'long-role', TemplateBody: role, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    expect(await finalStatus(cfn, 'long-role')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'long-role', 'Role')).toMatch(/^Resource handler returned message: ".*roleName.* \(Service: Iam, Status Code: 400, .*HandlerErrorCode: InvalidRequest\)$/);
  });

  it('rolls back a table name under 3 characters and a function name over 64, in DynamoDB and Lambda words', async () => {
    const cfn = client();
    const table = JSON.stringify({
      Resources: {
        Table: {
          Type: 'AWS::DynamoDB::Table',
          Properties: { TableName: 'ab', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }] },
        },
      },
    });
    await cfn.send(new CreateStackCommand({ StackName: 'short-table', TemplateBody: table }));
    expect(await finalStatus(cfn, 'short-table')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'short-table', 'Table')).toMatch(/^Resource handler returned message: ".+ \(Service: DynamoDb, Status Code: 400, .*HandlerErrorCode: InvalidRequest\)$/);

    const fn = JSON.stringify({
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'f'.repeat(65), Runtime: 'nodejs24.x', Handler: 'index.handler', Role: `arn:aws:iam::${ACCOUNT}:role/none`, Code: { ZipFile: 'exports.handler = async () => 1;' } } },
      },
    });
    await cfn.send(new CreateStackCommand({ StackName: 'long-function', TemplateBody: fn }));
    expect(await finalStatus(cfn, 'long-function')).toBe('ROLLBACK_COMPLETE');
    expect(await failureOf(cfn, 'long-function', 'Fn')).toMatch(/^Resource handler returned message: ".*functionName.* \(Service: Lambda, Status Code: 400, .*HandlerErrorCode: InvalidRequest\)$/);
  });
});

describe('partitions', () => {
  const body = JSON.stringify({
    Resources: { Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: { 'Fn::Sub': '${AWS::StackName}-logs' } } } },
    Outputs: {
      Partition: { Value: { Ref: 'AWS::Partition' } },
      Suffix: { Value: { Ref: 'AWS::URLSuffix' } },
      Arn: { Value: { 'Fn::GetAtt': ['Logs', 'Arn'] } },
    },
  });

  it.each([
    ['cn-north-1', 'aws-cn', 'amazonaws.com.cn'],
    ['us-gov-west-1', 'aws-us-gov', 'amazonaws.com'],
    ['eu-west-1', 'aws', 'amazonaws.com'],
  ])('in %s: ARNs and AWS::Partition are %s (stacks are regional: one name in each)', async (region, partition, suffix) => {
    const cfn = client(region);
    const name = 'partition';
    const created = await cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: body }));
    expect(created.StackId).toMatch(new RegExp(`^arn:${partition}:cloudformation:${region}:${ACCOUNT}:stack/${name}/`));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: name });
    expect(await outputs(cfn, name)).toEqual({
      Partition: partition,
      Suffix: suffix,
      Arn: `arn:${partition}:logs:${region}:${ACCOUNT}:log-group:partition-logs:*`,
    });
  });
});
