// The CloudFormation service through the real SDK client and waiters, provisioning into in-memory fake backends.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateChangeSetCommand, CreateStackCommand, DeleteStackCommand, DescribeChangeSetCommand, DescribeStackEventsCommand,
  DescribeStackResourceCommand, DescribeStacksCommand, ExecuteChangeSetCommand, GetTemplateCommand, ListChangeSetsCommand,
  ListStackResourcesCommand, UpdateStackCommand, ValidateTemplateCommand, waitUntilChangeSetCreateComplete,
  waitUntilStackCreateComplete, waitUntilStackDeleteComplete, waitUntilStackUpdateComplete, type CloudFormationClient, type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { createCloudFormationService } from '../../../src/endpoint/services/cloudformation';
import { cfnClient, fakeBackends, serveService, testSettings, WAIT, type FakeState } from './support';

const SETUP = readFileSync(new URL('../../../setup.yaml', import.meta.url), 'utf8');
const IAM = ['CAPABILITY_NAMED_IAM'] as const;

let state: FakeState;
let client: CloudFormationClient;
let server: { url: string; close(): Promise<void> };
let service: ReturnType<typeof createCloudFormationService>;

beforeAll(async () => {
  const fake = fakeBackends();
  state = fake.state;
  service = createCloudFormationService(testSettings(), fake.backends);
  server = await serveService(service);
  client = cfnClient(server.url);
});

afterAll(async () => {
  client.destroy();
  await service.close?.();
  await server.close();
});

async function events(stackName: string): Promise<StackEvent[]> {
  return (await client.send(new DescribeStackEventsCommand({ StackName: stackName }))).StackEvents ?? [];
}

async function stack(stackName: string) {
  const out = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  return out.Stacks?.[0];
}

describe('the stack lifecycle on setup.yaml', () => {
  const name = 'pump';

  it('creates the stack and reaches CREATE_COMPLETE with outputs', async () => {
    const created = await client.send(new CreateStackCommand({ StackName: name, TemplateBody: SETUP, Capabilities: [...IAM], Tags: [{ Key: 'team', Value: 'pump' }] }));
    expect(created.StackId).toMatch(/^arn:aws:cloudformation:us-east-1:000000000000:stack\/pump\/[0-9a-f-]{36}$/);
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: name });
    const described = await stack(name);
    expect(described?.StackStatus).toBe('CREATE_COMPLETE');
    expect(described?.Capabilities).toEqual([...IAM]);
    expect(described?.Tags).toEqual([{ Key: 'team', Value: 'pump' }]);
    const outputs = Object.fromEntries((described?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    expect(outputs).toEqual({
      MessageTableName: 'pump-messages',
      SendQueueUrl: state.queues.get('pump-queue')?.url,
      ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:pump-scan-messages',
      StepRoleArn: 'arn:aws:iam::000000000000:role/pump-us-east-1-steps',
    });
  });

  it('provisioned every resource in dependency order through the backends, with resolved properties and stack tags', () => {
    const creates = state.calls.filter((c) => /\.create|CreateTable/.test(c));
    expect(creates).toEqual(expect.arrayContaining(['dynamodb.CreateTable pump-messages', 'lambda.createFunction pump-scan-messages', 'sqs.createQueue pump-queue']));
    const index = (call: string): number => creates.findIndex((c) => c.startsWith(call));
    expect(index('dynamodb.CreateTable')).toBeLessThan(index('iam.createRole pump-us-east-1-scan'));
    expect(index('iam.createRole pump-us-east-1-scan')).toBeLessThan(index('lambda.createFunction'));
    expect(index('lambda.createFunction')).toBeLessThan(index('iam.createRole pump-us-east-1-steps'));
    const fn = state.functions.get('pump-scan-messages');
    expect(fn?.Role).toBe('arn:aws:iam::000000000000:role/pump-us-east-1-scan');
    expect(fn?.Environment?.Variables?.TABLE_NAME).toBe('pump-messages');
    expect(fn?.ZipFile).toContain('exports.handler');
    expect(fn?.Tags).toEqual({ team: 'pump', stack: 'pump' });
    const role = state.roles.get('pump-us-east-1-steps');
    expect(JSON.stringify(role?.Policies)).toContain('arn:aws:sqs:us-east-1:000000000000:pump-queue');
    expect(state.tables.get('pump-messages')?.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('lists events newest first: one per resource transition, the stack its own', async () => {
    const list = await events(name);
    expect(list[0]).toMatchObject({ LogicalResourceId: name, ResourceType: 'AWS::CloudFormation::Stack', ResourceStatus: 'CREATE_COMPLETE', StackName: name });
    expect(list.at(-1)).toMatchObject({ LogicalResourceId: name, ResourceStatus: 'CREATE_IN_PROGRESS', ResourceStatusReason: 'User Initiated' });
    const queueEvents = list.filter((e) => e.LogicalResourceId === 'SendQueue').map((e) => e.ResourceStatus).reverse();
    expect(queueEvents).toEqual(['CREATE_IN_PROGRESS', 'CREATE_IN_PROGRESS', 'CREATE_COMPLETE']);
    expect(new Set(list.map((e) => e.EventId)).size).toBe(list.length);
    expect(list.every((e) => e.Timestamp instanceof Date)).toBe(true);
  });

  it('describes its resources', async () => {
    const summaries = (await client.send(new ListStackResourcesCommand({ StackName: name }))).StackResourceSummaries ?? [];
    expect(summaries.map((s) => s.LogicalResourceId).sort()).toEqual(['MessageTable', 'ScanFunction', 'ScanFunctionRole', 'ScanLogGroup', 'SendQueue', 'StepRole']);
    expect(summaries.every((s) => s.ResourceStatus === 'CREATE_COMPLETE')).toBe(true);
    const detail = (await client.send(new DescribeStackResourceCommand({ StackName: name, LogicalResourceId: 'ScanFunction' }))).StackResourceDetail;
    expect(detail).toMatchObject({ PhysicalResourceId: 'pump-scan-messages', ResourceType: 'AWS::Lambda::Function' });
    const template = await client.send(new GetTemplateCommand({ StackName: name }));
    expect(template.TemplateBody).toBe(SETUP);
  });

  it('refuses an update that changes nothing, and a change set without changes ends FAILED', async () => {
    await expect(client.send(new UpdateStackCommand({ StackName: name, TemplateBody: SETUP, Capabilities: [...IAM], Tags: [{ Key: 'team', Value: 'pump' }] })))
      .rejects.toThrow('No updates are to be performed.');
    await client.send(new CreateChangeSetCommand({ StackName: name, ChangeSetName: 'nothing', TemplateBody: SETUP, Capabilities: [...IAM] }));
    await expect(waitUntilChangeSetCreateComplete({ client, ...WAIT }, { StackName: name, ChangeSetName: 'nothing' })).rejects.toThrow();
    const described = await client.send(new DescribeChangeSetCommand({ StackName: name, ChangeSetName: 'nothing' }));
    expect(described).toMatchObject({
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
  });

  it('updates through a change set listing its changes, in place or by replacement', async () => {
    const changed = SETUP.replace("MAX_ITEMS: '100'", "MAX_ITEMS: '50'").replace("!Sub '${AWS::StackName}-queue'", "!Sub '${AWS::StackName}-queue-2'");
    // Addressed by stack id and change set name, as the action does.
    const stackId = (await stack(name))?.StackId;
    const { Id } = await client.send(new CreateChangeSetCommand({ StackName: stackId, ChangeSetName: 'tune', TemplateBody: changed, Capabilities: [...IAM] }));
    await waitUntilChangeSetCreateComplete({ client, ...WAIT }, { ChangeSetName: Id });
    const described = await client.send(new DescribeChangeSetCommand({ StackName: stackId, ChangeSetName: 'tune' }));
    expect(described.ChangeSetId).toBe(Id);
    expect(described).toMatchObject({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE' });
    const changes = Object.fromEntries((described.Changes ?? []).map((c) => [c.ResourceChange?.LogicalResourceId, c.ResourceChange]));
    expect(changes.ScanFunction).toMatchObject({ Action: 'Modify', Replacement: 'False', ResourceType: 'AWS::Lambda::Function' });
    expect(changes.SendQueue).toMatchObject({ Action: 'Modify', Replacement: 'True' });
    expect(changes.StepRole).toMatchObject({ Action: 'Modify' }); // its policy names the replaced queue's ARN
    expect(changes.MessageTable).toBeUndefined();
    expect((await client.send(new ListChangeSetsCommand({ StackName: name }))).Summaries?.map((s) => s.ChangeSetName)).toEqual(['nothing', 'tune']);

    await client.send(new ExecuteChangeSetCommand({ ChangeSetName: Id }));
    await waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: name });
    const after = await stack(name);
    expect(after?.StackStatus).toBe('UPDATE_COMPLETE');
    expect(after?.LastUpdatedTime).toBeInstanceOf(Date);
    expect(after?.Outputs?.find((o) => o.OutputKey === 'SendQueueUrl')?.OutputValue).toMatch(/pump-queue-2$/);
    expect([...state.queues.keys()]).toEqual(['pump-queue-2']);
    expect(state.functions.get('pump-scan-messages')?.Environment?.Variables?.MAX_ITEMS).toBe('50');
    const statuses = (await events(name)).filter((e) => e.LogicalResourceId === name).map((e) => e.ResourceStatus);
    expect(statuses.slice(0, 3)).toEqual(['UPDATE_COMPLETE', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_IN_PROGRESS']);
  });

  it('deletes the stack and everything in it; deleting again is fine', async () => {
    const { StackId } = (await stack(name)) ?? {};
    await client.send(new DeleteStackCommand({ StackName: name }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: name });
    expect([state.tables.size, state.queues.size, state.functions.size, state.roles.size]).toEqual([0, 0, 0, 0]);
    await expect(stack(name)).rejects.toThrow(`Stack with id ${name} does not exist`);
    expect((await stack(StackId as string))?.StackStatus).toBe('DELETE_COMPLETE');
    await expect(client.send(new DeleteStackCommand({ StackName: name }))).resolves.toBeDefined();
  });
});

describe('failures', () => {
  it('names the capability a template with named IAM roles needs', async () => {
    const error = await client.send(new CreateStackCommand({ StackName: 'nocaps', TemplateBody: SETUP })).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' });
    const unnamed = 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n';
    await expect(client.send(new CreateStackCommand({ StackName: 'nocaps', TemplateBody: unnamed }))).rejects.toThrow('Requires capabilities : [CAPABILITY_IAM]');
  });

  it('answers ValidationError for a stack that does not exist', async () => {
    await expect(stack('nowhere')).rejects.toMatchObject({ name: 'ValidationError', message: 'Stack with id nowhere does not exist' });
    await expect(events('nowhere')).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(client.send(new UpdateStackCommand({ StackName: 'nowhere', TemplateBody: SETUP }))).rejects.toThrow('Stack with id nowhere does not exist');
  });

  it('rolls back when a resource fails: the failed event carries the reason, created resources are deleted', async () => {
    const template = `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { QueueName: rollback-queue }
  Broken:
    Type: AWS::Foo::Bar
    DependsOn: Queue
`;
    await client.send(new CreateStackCommand({ StackName: 'broken', TemplateBody: template }));
    await expect(waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'broken' })).rejects.toThrow();
    const described = await stack('broken');
    expect(described?.StackStatus).toBe('ROLLBACK_COMPLETE');
    expect(described?.StackStatusReason).toContain('The following resource(s) failed to create: [Broken].');
    const list = await events('broken');
    expect(list.find((e) => e.ResourceStatus === 'CREATE_FAILED')).toMatchObject({ LogicalResourceId: 'Broken', ResourceStatusReason: 'Unsupported resource type AWS::Foo::Bar' });
    expect(list.find((e) => e.LogicalResourceId === 'Queue' && e.ResourceStatus === 'DELETE_COMPLETE')).toBeDefined();
    expect(list.map((e) => e.ResourceStatus)).toContain('ROLLBACK_IN_PROGRESS');
    expect(state.queues.has('rollback-queue')).toBe(false);

    await expect(client.send(new UpdateStackCommand({ StackName: 'broken', TemplateBody: template })))
      .rejects.toThrow(`Stack:${described?.StackId} is in ROLLBACK_COMPLETE state and can not be updated.`);
    await client.send(new DeleteStackCommand({ StackName: 'broken' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'broken' });
  });

  it("rolls back with the backend's message when a property is bad", async () => {
    const template = `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs24.x
      Handler: index.handler
      Role: not-an-arn
      Code: { ZipFile: "exports.handler = async () => 1" }
`;
    await client.send(new CreateStackCommand({ StackName: 'badprop', TemplateBody: template }));
    await expect(waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'badprop' })).rejects.toThrow();
    const failed = (await events('badprop')).find((e) => e.ResourceStatus === 'CREATE_FAILED');
    expect(failed?.ResourceStatusReason).toContain("Value 'not-an-arn' at 'role' failed to satisfy constraint");
    expect((await stack('badprop'))?.StackStatus).toBe('ROLLBACK_COMPLETE');
  });

  it('rolls an update back to the previous template when a resource fails', async () => {
    const good = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: keep-me }\nOutputs:\n  Url: { Value: !Ref Q }\n';
    await client.send(new CreateStackCommand({ StackName: 'upd', TemplateBody: good }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'upd' });
    const bad = `${good.replace('Outputs:', '  T:\n    Type: AWS::Nope::Thing\nOutputs:')}`;
    await client.send(new UpdateStackCommand({ StackName: 'upd', TemplateBody: bad }));
    await expect(waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: 'upd' })).rejects.toThrow();
    const described = await stack('upd');
    expect(described?.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect((await client.send(new GetTemplateCommand({ StackName: 'upd' }))).TemplateBody).toBe(good);
    expect(state.queues.has('keep-me')).toBe(true);
    await client.send(new DeleteStackCommand({ StackName: 'upd' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'upd' });
  });
});

describe('templates and change sets', () => {
  it('validates templates: parameters, capabilities and the reason', async () => {
    const out = await client.send(new ValidateTemplateCommand({ TemplateBody: `Description: d\nParameters:\n  P: { Type: String, Default: x, Description: a p }\n${SETUP.slice(SETUP.indexOf('Resources:'))}` }));
    expect(out).toMatchObject({
      Description: 'd',
      Parameters: [{ ParameterKey: 'P', DefaultValue: 'x', NoEcho: false, Description: 'a p' }],
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      CapabilitiesReason: 'The following resource(s) require capabilities: [AWS::IAM::Role]',
    });
    await expect(client.send(new ValidateTemplateCommand({ TemplateBody: 'Resources: [' }))).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(client.send(new ValidateTemplateCommand({ TemplateURL: 'https://example.com/t.yaml' }))).rejects.toThrow(/TemplateURL/);
  });

  it('creates a stack through a CREATE change set (REVIEW_IN_PROGRESS until executed)', async () => {
    const template = 'Parameters:\n  Name: { Type: String }\nResources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: !Ref Name\n      BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\nOutputs:\n  Arn: { Value: !GetAtt T.Arn, Export: { Name: table-arn } }\n';
    await expect(client.send(new CreateChangeSetCommand({ StackName: 'viacs', ChangeSetName: 'first', ChangeSetType: 'CREATE', TemplateBody: template }))).rejects.toThrow('Parameters: [Name] must have values');
    const { Id } = await client.send(new CreateChangeSetCommand({ StackName: 'viacs', ChangeSetName: 'first', ChangeSetType: 'CREATE', TemplateBody: template, Parameters: [{ ParameterKey: 'Name', ParameterValue: 'cs-table' }] }));
    expect((await stack('viacs'))?.StackStatus).toBe('REVIEW_IN_PROGRESS');
    await waitUntilChangeSetCreateComplete({ client, ...WAIT }, { ChangeSetName: Id });
    const described = await client.send(new DescribeChangeSetCommand({ ChangeSetName: Id }));
    expect(described.Changes?.map((c) => c.ResourceChange)).toEqual([expect.objectContaining({ Action: 'Add', LogicalResourceId: 'T', ResourceType: 'AWS::DynamoDB::Table' })]);
    await client.send(new ExecuteChangeSetCommand({ ChangeSetName: Id }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'viacs' });
    const created = await stack('viacs');
    expect(created?.Parameters).toEqual([{ ParameterKey: 'Name', ParameterValue: 'cs-table' }]);
    expect(created?.Outputs).toEqual([{ OutputKey: 'Arn', OutputValue: 'arn:aws:dynamodb:us-east-1:000000000000:table/cs-table', ExportName: 'table-arn' }]);
    await client.send(new DeleteStackCommand({ StackName: 'viacs' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'viacs' });
    expect(state.tables.has('cs-table')).toBe(false);
  });

  it('survives a restart through its snapshot', async () => {
    await client.send(new CreateStackCommand({ StackName: 'kept', TemplateBody: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'kept' });
    const snapshot = JSON.parse(JSON.stringify(service.persist?.snapshot()));
    // A stack caught mid-update when the endpoint stopped: it cannot resume, so it comes back failed (and deletable).
    const interrupted = { ...snapshot.stacks.find((s: { StackName: string }) => s.StackName === 'kept'), StackName: 'interrupted', StackId: 'arn:aws:cloudformation:us-east-1:000000000000:stack/interrupted/1', StackStatus: 'UPDATE_IN_PROGRESS' };
    snapshot.stacks.push(interrupted);
    const restored = createCloudFormationService(testSettings(), fakeBackends().backends);
    restored.persist?.restore(snapshot);
    const again = await serveService(restored);
    const other = cfnClient(again.url);
    try {
      const described = (await other.send(new DescribeStacksCommand({ StackName: 'kept' }))).Stacks?.[0];
      expect(described?.StackStatus).toBe('CREATE_COMPLETE');
      const queue = (await other.send(new ListStackResourcesCommand({ StackName: 'kept' }))).StackResourceSummaries?.[0];
      expect(queue?.PhysicalResourceId).toMatch(/\/kept-Q-[A-Z0-9]{12}$/);
      const stopped = (await other.send(new DescribeStacksCommand({ StackName: 'interrupted' }))).Stacks?.[0];
      expect(stopped?.StackStatus).toBe('UPDATE_ROLLBACK_FAILED');
      expect(stopped?.StackStatusReason).toContain('stopped');
    } finally {
      other.destroy();
      await again.close();
    }
  });
});
