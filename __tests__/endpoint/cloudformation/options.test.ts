// Stack options and template features beyond the main lifecycle: OnFailure, DisableRollback, parameters
// (NoEcho, UsePreviousValue, AllowedValues), conditions, removal and replacement on update.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateChangeSetCommand, CreateStackCommand, DeleteStackCommand, DescribeChangeSetCommand, DescribeStackEventsCommand, DescribeStacksCommand,
  UpdateStackCommand, waitUntilChangeSetCreateComplete, waitUntilStackCreateComplete, waitUntilStackDeleteComplete,
  waitUntilStackUpdateComplete, type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';
import { createCloudFormationService } from '../../../src/endpoint/services/cloudformation';
import { cfnClient, fakeBackends, serveService, testSettings, WAIT, type FakeState } from './support';

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

const describeStack = async (name: string) => (await client.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
const FAILING = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: opt-queue }\n  Bad:\n    Type: AWS::Nope::Nothing\n    DependsOn: Q\n';

describe('on failure', () => {
  it('OnFailure DELETE deletes the stack instead of rolling back', async () => {
    const { StackId } = await client.send(new CreateStackCommand({ StackName: 'ondelete', TemplateBody: FAILING, OnFailure: 'DELETE' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'ondelete' });
    expect((await describeStack(StackId as string))?.StackStatus).toBe('DELETE_COMPLETE');
    expect(state.queues.has('opt-queue')).toBe(false);
  });

  it('DisableRollback keeps what was created, in CREATE_FAILED', async () => {
    await client.send(new CreateStackCommand({ StackName: 'keep', TemplateBody: FAILING, DisableRollback: true }));
    await expect(waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'keep' })).rejects.toThrow();
    const stack = await describeStack('keep');
    expect(stack).toMatchObject({ StackStatus: 'CREATE_FAILED', DisableRollback: true });
    expect(state.queues.has('opt-queue')).toBe(true);
    await client.send(new DeleteStackCommand({ StackName: 'keep' }));
    await waitUntilStackDeleteComplete({ client, ...WAIT }, { StackName: 'keep' });
    expect(state.queues.has('opt-queue')).toBe(false);
  });
});

describe('parameters and conditions', () => {
  const template = `
Parameters:
  Stage: { Type: String, AllowedValues: [dev, prod] }
  Secret: { Type: String, NoEcho: true }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub 'param-\${Stage}'
      DelaySeconds: !If [IsProd, 5, !Ref AWS::NoValue]
  ProdOnly:
    Type: AWS::SQS::Queue
    Condition: IsProd
    Properties: { QueueName: prod-only }
Outputs:
  Name: { Value: !GetAtt Queue.QueueName }
`;

  it('checks allowed values, hides NoEcho values, and leaves out resources whose condition is false', async () => {
    await expect(client.send(new CreateStackCommand({ StackName: 'params', TemplateBody: template, Parameters: [{ ParameterKey: 'Stage', ParameterValue: 'qa' }, { ParameterKey: 'Secret', ParameterValue: 's' }] })))
      .rejects.toThrow("Parameter 'Stage' must be one of AllowedValues");
    await expect(client.send(new CreateStackCommand({ StackName: 'params', TemplateBody: template, Parameters: [{ ParameterKey: 'Other', ParameterValue: 'x' }] })))
      .rejects.toThrow('Parameters: [Other] do not exist in the template');
    await client.send(new CreateStackCommand({ StackName: 'params', TemplateBody: template, Parameters: [{ ParameterKey: 'Stage', ParameterValue: 'dev' }, { ParameterKey: 'Secret', ParameterValue: 'hush' }] }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'params' });
    const stack = await describeStack('params');
    expect(stack?.Parameters).toEqual([{ ParameterKey: 'Stage', ParameterValue: 'dev' }, { ParameterKey: 'Secret', ParameterValue: '****' }]);
    expect(stack?.Outputs?.[0].OutputValue).toBe('param-dev');
    expect([...state.queues.keys()]).toEqual(['param-dev']);
    expect(state.queues.get('param-dev')?.attributes.DelaySeconds).toBeUndefined();
  });

  it('reuses previous values; a renamed queue is replaced and a condition turning true adds its resource', async () => {
    const { StackId } = await client.send(new UpdateStackCommand({ StackName: 'params', UsePreviousTemplate: true, Parameters: [{ ParameterKey: 'Stage', ParameterValue: 'prod' }, { ParameterKey: 'Secret', UsePreviousValue: true }] }));
    await waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: 'params' });
    expect(StackId).toBeDefined();
    expect([...state.queues.keys()].sort()).toEqual(['param-prod', 'prod-only']);
    expect(state.queues.get('param-prod')?.attributes.DelaySeconds).toBe('5');
    expect((await describeStack('params'))?.Outputs?.[0].OutputValue).toBe('param-prod');
  });
});

describe('updates', () => {
  it('lists removed resources in a change set and deletes them during clean-up', async () => {
    const two = 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: upd-a }\n  B:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: upd-b }\n';
    const one = 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: upd-a }\n';
    await client.send(new CreateStackCommand({ StackName: 'shrink', TemplateBody: two }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'shrink' });
    const { Id } = await client.send(new CreateChangeSetCommand({ StackName: 'shrink', ChangeSetName: 'drop-b', TemplateBody: one }));
    await waitUntilChangeSetCreateComplete({ client, ...WAIT }, { ChangeSetName: Id });
    const changes = (await client.send(new DescribeChangeSetCommand({ ChangeSetName: Id }))).Changes?.map((c) => c.ResourceChange);
    expect(changes).toEqual([expect.objectContaining({ Action: 'Remove', LogicalResourceId: 'B', PhysicalResourceId: expect.stringMatching(/upd-b$/) })]);

    await client.send(new UpdateStackCommand({ StackName: 'shrink', TemplateBody: one }));
    await waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: 'shrink' });
    expect([...state.queues.keys()]).toContain('upd-a');
    expect([...state.queues.keys()]).not.toContain('upd-b');
    const events = (await client.send(new DescribeStackEventsCommand({ StackName: 'shrink' }))).StackEvents ?? [];
    const cleanup = events.findIndex((e) => String(e.ResourceStatus) === 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
    const deleted = events.findIndex((e) => e.LogicalResourceId === 'B' && e.ResourceStatus === 'DELETE_COMPLETE');
    expect(deleted).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeLessThan(cleanup); // newest first: the delete came after clean-up began
  });

  it('refuses to replace a custom-named resource under the same name, and rolls back', async () => {
    const table = (key: string) => `Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: fixed-name\n      BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions: [{ AttributeName: ${key}, AttributeType: S }]\n      KeySchema: [{ AttributeName: ${key}, KeyType: HASH }]\n`;
    await client.send(new CreateStackCommand({ StackName: 'fixed', TemplateBody: table('id') }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'fixed' });
    await client.send(new UpdateStackCommand({ StackName: 'fixed', TemplateBody: table('pk') }));
    await expect(waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: 'fixed' })).rejects.toThrow();
    expect((await describeStack('fixed'))?.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    const failed = ((await client.send(new DescribeStackEventsCommand({ StackName: 'fixed' }))).StackEvents ?? []).find((e) => e.ResourceStatus === 'UPDATE_FAILED');
    expect(failed?.ResourceStatusReason).toBe('CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename fixed-name and update the stack again.');
    expect(state.tables.get('fixed-name')?.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
  });
});
