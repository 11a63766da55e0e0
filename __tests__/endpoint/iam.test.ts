// IAM roles and policies, and STS's caller identity, with the real SDK clients over the query protocol.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { clientConfig } from './endpoint-clients';

let endpoint: RunningEndpoint;
let iam: IAMClient;

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/t' }],
});

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  iam = new IAMClient(clientConfig(endpoint.url));
});

afterAll(async () => {
  iam.destroy();
  await endpoint.close();
});

describe('roles', () => {
  it('creates, reads, lists and deletes a role with an inline policy', async () => {
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'pump-role', Path: '/service/', AssumeRolePolicyDocument: trust }));
    expect(Role).toMatchObject({ RoleName: 'pump-role', Arn: 'arn:aws:iam::000000000000:role/service/pump-role', Path: '/service/' });
    expect(Role?.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/);
    expect(Role?.CreateDate).toBeInstanceOf(Date);

    const got = await iam.send(new GetRoleCommand({ RoleName: 'pump-role' }));
    // IAM returns policy documents URL-encoded.
    expect(JSON.parse(decodeURIComponent(got.Role?.AssumeRolePolicyDocument ?? ''))).toEqual(JSON.parse(trust));

    await iam.send(new PutRolePolicyCommand({ RoleName: 'pump-role', PolicyName: 'table', PolicyDocument: policy }));
    const inline = await iam.send(new GetRolePolicyCommand({ RoleName: 'pump-role', PolicyName: 'table' }));
    expect(inline.PolicyDocument).toBe(encodeURIComponent(policy));
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'pump-role' }))).PolicyNames).toEqual(['table']);
    expect((await iam.send(new ListRolesCommand({}))).Roles?.map((r) => r.RoleName)).toContain('pump-role');

    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'pump-role' }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      $metadata: expect.objectContaining({ httpStatusCode: 409 }),
    });
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'pump-role', PolicyName: 'table' }));
    await iam.send(new DeleteRoleCommand({ RoleName: 'pump-role' }));
    await expect(iam.send(new GetRoleCommand({ RoleName: 'pump-role' }))).rejects.toMatchObject({ name: 'NoSuchEntityException' });
  });

  it('refuses a second role with the same name', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'twice', AssumeRolePolicyDocument: trust }));
    await expect(iam.send(new CreateRoleCommand({ RoleName: 'twice', AssumeRolePolicyDocument: trust }))).rejects.toMatchObject({
      name: 'EntityAlreadyExistsException',
    });
  });

  it('rejects a malformed policy document', async () => {
    await expect(iam.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{not json' }))).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
    });
  });

  it('rejects a permission policy without resources, as IAM does', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'strict', AssumeRolePolicyDocument: trust }));
    await expect(iam.send(new PutRolePolicyCommand({ RoleName: 'strict', PolicyName: 'p', PolicyDocument: trust }))).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'Policy statement must contain resources.',
    });
  });

  it('attaches and detaches managed policies, and tags roles', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'attached', AssumeRolePolicyDocument: trust }));
    const arn = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'attached', PolicyArn: arn }));
    expect((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'attached' }))).AttachedPolicies).toEqual([
      { PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: arn },
    ]);
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'attached' }))).rejects.toMatchObject({ name: 'DeleteConflictException' });
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'attached', PolicyArn: arn }));
    await iam.send(new TagRoleCommand({ RoleName: 'attached', Tags: [{ Key: 'app', Value: 'pump' }] }));
    expect((await iam.send(new GetRoleCommand({ RoleName: 'attached' }))).Role?.Tags).toEqual([{ Key: 'app', Value: 'pump' }]);
    await iam.send(new DeleteRoleCommand({ RoleName: 'attached' }));
  });

  it('offers CloudFormation a backend that creates roles with inline policies and removes them whole', async () => {
    const created = endpoint.backends.iam.createRole({
      RoleName: 'from-stack',
      AssumeRolePolicyDocument: JSON.parse(trust),
      Policies: [{ PolicyName: 'table', PolicyDocument: JSON.parse(policy) }],
    });
    expect(created.Arn).toBe('arn:aws:iam::000000000000:role/from-stack');
    expect(endpoint.backends.iam.getRole(created.Arn)?.Policies).toEqual([{ PolicyName: 'table', PolicyDocument: JSON.parse(policy) }]);
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'from-stack' }))).PolicyNames).toEqual(['table']);
    endpoint.backends.iam.deleteRole('from-stack');
    expect(endpoint.backends.iam.getRole('from-stack')).toBeUndefined();
  });
});

describe('sts', () => {
  it('answers GetCallerIdentity as the emulated account', async () => {
    const sts = new STSClient(clientConfig(endpoint.url));
    try {
      expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({
        Account: '000000000000',
        Arn: 'arn:aws:iam::000000000000:root',
        UserId: '000000000000',
      });
    } finally {
      sts.destroy();
    }
  });
});
