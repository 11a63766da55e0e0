// AWS::IAM::Role updates: in place (same RoleId, as AWS keeps it), through the IAM backend's updateRole.
import { afterEach, describe, expect, it } from '@jest/globals';
import { CreateStackCommand, UpdateStackCommand, waitUntilStackCreateComplete, waitUntilStackUpdateComplete } from '@aws-sdk/client-cloudformation';
import { createCloudFormationService } from '../../../src/endpoint/services/cloudformation';
import type { RoleSpec } from '../../../src/endpoint/types';
import { cfnClient, fakeBackends, serveService, testSettings, WAIT } from './support';

const template = (action: string): string => JSON.stringify({
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: 'updated-role',
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] } }],
      },
    },
  },
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function updateRoleStack(): Promise<{ before?: string; after?: string; calls: string[]; updated: RoleSpec[] }> {
  const fake = fakeBackends();
  const updated: RoleSpec[] = [];
  const updateRole = fake.backends.iam.updateRole;
  fake.backends.iam.updateRole = (spec) => {
    updated.push(spec);
    updateRole(spec);
  };
  const service = createCloudFormationService(testSettings(), fake.backends);
  const server = await serveService(service);
  const client = cfnClient(server.url);
  close = async () => {
    client.destroy();
    await service.close?.();
    await server.close();
  };
  await client.send(new CreateStackCommand({ StackName: 'role', TemplateBody: template('sqs:SendMessage'), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
  await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'role' });
  const before = fake.state.roles.get('updated-role')?.RoleId;
  await client.send(new UpdateStackCommand({ StackName: 'role', TemplateBody: template('sqs:ReceiveMessage'), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
  await waitUntilStackUpdateComplete({ client, ...WAIT }, { StackName: 'role' });
  return { before, after: fake.state.roles.get('updated-role')?.RoleId, calls: fake.state.calls, updated };
}

describe('an updated role', () => {
  it('keeps its RoleId: updated in place, never deleted and re-created', async () => {
    const { before, after, calls, updated } = await updateRoleStack();
    expect(after).toBe(before);
    expect(calls.filter((c) => c.startsWith('iam.'))).toEqual(['iam.createRole updated-role', 'iam.updateRole updated-role']);
    expect(JSON.stringify(updated[0]?.Policies)).toContain('sqs:ReceiveMessage');
  });
});
