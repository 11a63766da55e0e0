// CloudFormation authorising each resource handler's permissions (the registry schema's lists) against the
// caller policy, or against the stack's service role (RoleARN), through the whole endpoint and the SDK.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient, CreateChangeSetCommand, CreateStackCommand, ExecuteChangeSetCommand, DeleteStackCommand, DescribeStackEventsCommand, DescribeStacksCommand, UpdateStackCommand,
  waitUntilChangeSetCreateComplete, waitUntilStackCreateComplete, waitUntilStackDeleteComplete, type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { WAIT } from './support';

const ACCOUNT = '000000000000';
const QUEUE = 'authz-queue';
const LOG_GROUP = '/authz/logs';

/** A log group, then a queue. */
const TEMPLATE = JSON.stringify({
  Resources: {
    Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: LOG_GROUP, RetentionInDays: 7 } },
    Queue: { Type: 'AWS::SQS::Queue', DependsOn: 'Logs', Properties: { QueueName: QUEUE } },
  },
});

/** The SQS permissions of the queue's create and delete handlers (handler-permissions.json). */
const SQS_HANDLERS = ['sqs:CreateQueue', 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags', 'sqs:TagQueue', 'sqs:DeleteQueue'];
const TRUST_CLOUDFORMATION = policy({ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' });

function policy(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

/** cloudformation:* and passing the roles named cfn-* to CloudFormation: all a caller needs with a service role. */
const PASS_ROLE_ONLY = policy(
  { Effect: 'Allow', Action: 'cloudformation:*', Resource: '*' },
  { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/cfn-*`, Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } } },
);

let endpoint: RunningEndpoint | undefined;
let cfn: CloudFormationClient | undefined;

async function start(callerPolicy: object): Promise<CloudFormationClient> {
  endpoint = await startEndpoint({ port: 0, callerPolicy });
  cfn = new CloudFormationClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  return cfn;
}

/** A role made through the backend: the caller policy does not let the test's own credentials create roles. */
function role(name: string, trust: object, ...permissions: object[]): string {
  const made = endpoint!.backends.iam.createRole({
    RoleName: name,
    AssumeRolePolicyDocument: trust,
    Policies: permissions.length > 0 ? [{ PolicyName: 'provision', PolicyDocument: policy(...permissions) }] : undefined,
  });
  return made.Arn;
}

afterEach(async () => {
  cfn?.destroy();
  await endpoint?.close();
  cfn = undefined;
  endpoint = undefined;
});

async function events(client: CloudFormationClient, stack: string): Promise<StackEvent[]> {
  return (await client.send(new DescribeStackEventsCommand({ StackName: stack }))).StackEvents ?? [];
}

async function finalStatus(client: CloudFormationClient, stack: string): Promise<string | undefined> {
  for (;;) {
    const status = (await client.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0]?.StackStatus;
    if (status && !status.endsWith('_IN_PROGRESS')) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const HANDLER_TAIL = (service: string, status: number): string =>
  ` \\(Service: ${service}, Status Code: ${status}, Request ID: [0-9a-f-]{36}\\)" \\(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: AccessDenied\\)$`;

describe('handler permissions', () => {
  it('rolls a stack back when the caller policy lacks one permission of a handler, naming it as AWS does', async () => {
    const client = await start(policy(
      { Effect: 'Allow', Action: ['cloudformation:*', 'logs:*'], Resource: '*' },
      { Effect: 'Allow', Action: SQS_HANDLERS.filter((a) => a !== 'sqs:GetQueueUrl'), Resource: '*' },
    ));
    await client.send(new CreateStackCommand({ StackName: 'authz-caller', TemplateBody: TEMPLATE }));
    expect(await finalStatus(client, 'authz-caller')).toBe('ROLLBACK_COMPLETE');
    const all = await events(client, 'authz-caller');
    const failed = all.find((e) => e.LogicalResourceId === 'Queue' && e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.ResourceStatusReason).toMatch(new RegExp(
      `^Resource handler returned message: "User: arn:aws:iam::${ACCOUNT}:user/local-caller is not authorized to perform: sqs:getqueueurl ` +
        `on resource: arn:aws:sqs:us-east-1:${ACCOUNT}:${QUEUE} because no identity-based policy allows the sqs:getqueueurl action${HANDLER_TAIL('Sqs', 403)}`,
    ));
    // The log group made before it went with the rollback; the queue was never created.
    expect(all.some((e) => e.LogicalResourceId === 'Logs' && e.ResourceStatus === 'DELETE_COMPLETE')).toBe(true);
    expect(endpoint!.backends.sqs.getQueue(QUEUE, 'us-east-1')).toBeUndefined();
  });

  it('fails a destroy when the caller lacks a delete permission (iam:ListRolePolicies), leaving DELETE_FAILED', async () => {
    const roleHandlers = ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:GetRolePolicy', 'iam:TagRole', 'iam:UntagRole', 'iam:GetRole', 'iam:DeleteRole', 'iam:DetachRolePolicy', 'iam:DeleteRolePolicy', 'iam:ListAttachedRolePolicies'];
    const client = await start(policy({ Effect: 'Allow', Action: ['cloudformation:*', ...roleHandlers], Resource: '*' }));
    const body = JSON.stringify({ Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'authz-role-del', AssumeRolePolicyDocument: TRUST_CLOUDFORMATION } } } });
    await client.send(new CreateStackCommand({ StackName: 'authz-destroy', TemplateBody: body, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-destroy' });
    await client.send(new DeleteStackCommand({ StackName: 'authz-destroy' }));
    expect(await finalStatus(client, 'authz-destroy')).toBe('DELETE_FAILED');
    const failed = (await events(client, 'authz-destroy')).find((e) => e.LogicalResourceId === 'Role' && e.ResourceStatus === 'DELETE_FAILED');
    expect(failed?.ResourceStatusReason).toMatch(new RegExp(
      `^Resource handler returned message: "User: arn:aws:iam::${ACCOUNT}:user/local-caller is not authorized to perform: iam:ListRolePolicies on resource: ` +
        `arn:aws:iam::${ACCOUNT}:role/authz-role-del because no identity-based policy allows the iam:ListRolePolicies action${HANDLER_TAIL('Iam', 403)}`,
    ));
    expect(endpoint!.backends.iam.getRole('authz-role-del')).toBeDefined();
  });

  it('fails an update the caller may not make, and its rollback, which needs the same permission', async () => {
    const client = await start(policy(
      { Effect: 'Allow', Action: ['cloudformation:*', 'logs:*', ...SQS_HANDLERS], Resource: '*' },
      { Effect: 'Deny', Action: 'logs:DeleteRetentionPolicy', Resource: '*' },
    ));
    await client.send(new CreateStackCommand({ StackName: 'authz-update', TemplateBody: TEMPLATE }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-update' });
    await client.send(new UpdateStackCommand({ StackName: 'authz-update', TemplateBody: TEMPLATE.replace('"RetentionInDays":7', '"RetentionInDays":30') }));
    expect(await finalStatus(client, 'authz-update')).toBe('UPDATE_ROLLBACK_FAILED');
    const failed = (await events(client, 'authz-update')).find((e) => e.LogicalResourceId === 'Logs' && e.ResourceStatus === 'UPDATE_FAILED');
    expect(failed?.ResourceStatusReason).toContain(
      `is not authorized to perform: logs:DeleteRetentionPolicy on resource: arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP} with an explicit deny in an identity-based policy`,
    );
  });

  it('creates and deletes the same stack as a service role, the caller holding only cloudformation:* and iam:PassRole', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const roleArn = role('cfn-service', TRUST_CLOUDFORMATION, { Effect: 'Allow', Action: [...SQS_HANDLERS, 'logs:*'], Resource: '*' });
    await client.send(new CreateStackCommand({ StackName: 'authz-role', TemplateBody: TEMPLATE, RoleARN: roleArn }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-role' });
    expect((await client.send(new DescribeStacksCommand({ StackName: 'authz-role' }))).Stacks?.[0]?.RoleARN).toBe(roleArn);
    expect(endpoint!.backends.sqs.getQueue(QUEUE, 'us-east-1')?.name).toBe(QUEUE);
    // DeleteStack without a RoleARN acts as the stack's role too (the caller could not delete the queue).
    await client.send(new DeleteStackCommand({ StackName: 'authz-role' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'authz-role' });
    expect(endpoint!.backends.sqs.getQueue(QUEUE, 'us-east-1')).toBeUndefined();
  });

  it('acts as the role given with a change set once it is executed', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const roleArn = role('cfn-change-sets', TRUST_CLOUDFORMATION, { Effect: 'Allow', Action: [...SQS_HANDLERS, 'logs:*'], Resource: '*' });
    await client.send(new CreateChangeSetCommand({ StackName: 'authz-cs', ChangeSetName: 'first', ChangeSetType: 'CREATE', TemplateBody: TEMPLATE, RoleARN: roleArn }));
    await waitUntilChangeSetCreateComplete({ client, ...WAIT }, { StackName: 'authz-cs', ChangeSetName: 'first' });
    await client.send(new ExecuteChangeSetCommand({ StackName: 'authz-cs', ChangeSetName: 'first' }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-cs' });
    expect((await client.send(new DescribeStacksCommand({ StackName: 'authz-cs' }))).Stacks?.[0]?.RoleARN).toBe(roleArn);
  });

  it('fails a resource naming the role session when the service role lacks a permission', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const roleArn = role('cfn-queues-only', TRUST_CLOUDFORMATION, { Effect: 'Allow', Action: SQS_HANDLERS, Resource: '*' });
    await client.send(new CreateStackCommand({ StackName: 'authz-no-logs', TemplateBody: TEMPLATE, RoleARN: roleArn }));
    expect(await finalStatus(client, 'authz-no-logs')).toBe('ROLLBACK_COMPLETE');
    const failed = (await events(client, 'authz-no-logs')).find((e) => e.LogicalResourceId === 'Logs' && e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.ResourceStatusReason).toMatch(new RegExp(
      `^Resource handler returned message: "User: arn:aws:sts::${ACCOUNT}:assumed-role/cfn-queues-only/AWSCloudFormation is not authorized to perform: ` +
        `logs:DescribeLogGroups on resource: arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP} because no identity-based policy allows the ` +
        `logs:DescribeLogGroups action${HANDLER_TAIL('CloudWatchLogs', 400)}`,
    ));
  });

  it('counts the service role\'s attached managed policies', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const made = endpoint!.backends.iam.createRole({ RoleName: 'cfn-admin', AssumeRolePolicyDocument: TRUST_CLOUDFORMATION, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] });
    await client.send(new CreateStackCommand({ StackName: 'authz-admin', TemplateBody: TEMPLATE, RoleARN: made.Arn }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-admin' });
  });

  it('refuses a RoleARN the caller may not pass, before any work', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const roleArn = role('deploy-role', TRUST_CLOUDFORMATION, { Effect: 'Allow', Action: '*', Resource: '*' });
    await expect(client.send(new CreateStackCommand({ StackName: 'authz-no-pass', TemplateBody: TEMPLATE, RoleARN: roleArn }))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:user/local-caller is not authorized to perform: iam:PassRole on resource: ${roleArn} because no identity-based policy allows the iam:PassRole action`,
    });
    await expect(client.send(new DescribeStacksCommand({ StackName: 'authz-no-pass' }))).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('refuses a service role whose trust policy does not let CloudFormation assume it', async () => {
    const client = await start(PASS_ROLE_ONLY);
    const roleArn = role('cfn-untrusted', policy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }));
    await expect(client.send(new CreateStackCommand({ StackName: 'authz-untrusted', TemplateBody: TEMPLATE, RoleARN: roleArn }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: `Role ${roleArn} is invalid or cannot be assumed`,
    });
  });

  it('sees a service role as IAM has propagated it: one made a moment ago cannot be assumed yet (strict)', async () => {
    // Propagation of an hour: the role stays unseen for the whole test.
    endpoint = await startEndpoint({ port: 0, strict: true, propagationSeconds: 3600, callerPolicy: PASS_ROLE_ONLY });
    const client = (cfn = new CloudFormationClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 }));
    const roleArn = role('cfn-fresh', TRUST_CLOUDFORMATION, { Effect: 'Allow', Action: '*', Resource: '*' });
    await expect(client.send(new CreateStackCommand({ StackName: 'authz-fresh', TemplateBody: TEMPLATE, RoleARN: roleArn }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: `Role ${roleArn} is invalid or cannot be assumed`,
    });
  });

  it('checks nothing without a caller policy or a service role', async () => {
    endpoint = await startEndpoint({ port: 0 });
    const client = (cfn = new CloudFormationClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 }));
    await client.send(new CreateStackCommand({ StackName: 'authz-open', TemplateBody: TEMPLATE }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'authz-open' });
  });
});
