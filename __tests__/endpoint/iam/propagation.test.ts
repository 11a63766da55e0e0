// IAM propagation: what the other services see of a role lags IAM's own answers by the propagation
// time in strict mode, and matches them at once otherwise. A fake clock moves time; nothing sleeps.
import { describe, expect, it } from '@jest/globals';
import { createIamService } from '../../../src/endpoint/services/iam/index';
import type { IamBackend, RoleSpec } from '../../../src/endpoint/types';
import { testSettings } from '../settings';
import { trustFor } from '../iam-standin';

const PROPAGATION_SECONDS = 8;
const allow = (action: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const stepRole = (name = 'steps'): RoleSpec => ({
  RoleName: name,
  AssumeRolePolicyDocument: trustFor('states.amazonaws.com'),
  Policies: [{ PolicyName: 'update', PolicyDocument: allow('dynamodb:UpdateItem') }],
});

function iam(strict: boolean): { backend: IamBackend; advance(ms: number): void; model: ReturnType<typeof createIamService> } {
  let now = 1_000_000;
  const service = createIamService(testSettings({ behaviour: { strict, propagationSeconds: PROPAGATION_SECONDS } }), { now: () => now });
  return { backend: service.backend as IamBackend, model: service, advance: (ms) => (now += ms) };
}

/** IAM's query protocol, for the calls the backend has no method for. */
async function call(service: ReturnType<typeof createIamService>, action: string, params: Record<string, string>): Promise<{ status: number; body: string }> {
  const body = new URLSearchParams({ Action: action, Version: '2010-05-08', ...params }).toString();
  const response = await service.handler.handle({
    service: 'iam', method: 'POST', path: '/', query: new URLSearchParams(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: Buffer.from(body), region: 'us-east-1', accountId: '000000000000', requestId: 'r',
  });
  return { status: response.status, body: response.body.toString() };
}

describe('IAM propagation (strict)', () => {
  const P = PROPAGATION_SECONDS * 1000;

  it('hides a new role from the other services until it has propagated, while IAM itself knows it at once', () => {
    const { backend, advance } = iam(true);
    const { Arn } = backend.createRole(stepRole());
    expect(backend.getRole(Arn)?.RoleName).toBe('steps');
    expect(backend.effectiveRole(Arn)).toBeUndefined();
    expect(backend.checkAssumable(Arn, 'states.amazonaws.com')).toBe(false);
    expect(backend.propagatedAt(Arn)).toBe(1_000_000 + P);
    advance(P - 1);
    expect(backend.effectiveRole(Arn)).toBeUndefined();
    advance(1);
    expect(backend.effectiveRole(Arn)?.RoleName).toBe('steps');
    expect(backend.checkAssumable(Arn, 'states.amazonaws.com')).toBe(true);
  });

  it('keeps the previous policies in effect until a put, delete, attach or detach has propagated', async () => {
    const { backend, advance, model } = iam(true);
    const { Arn, RoleId } = backend.createRole(stepRole());
    advance(P);
    await call(model, 'PutRolePolicy', { RoleName: 'steps', PolicyName: 'scan', PolicyDocument: JSON.stringify(allow('dynamodb:Scan')) });
    await call(model, 'AttachRolePolicy', { RoleName: 'steps', PolicyArn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess' });
    expect(backend.effectiveRole(Arn)?.policies).toHaveLength(1);
    expect(backend.getRole(Arn)?.Policies).toHaveLength(2);
    advance(P);
    expect(backend.effectiveRole(Arn)?.policies).toEqual([allow('dynamodb:UpdateItem'), allow('dynamodb:Scan'), expect.objectContaining({ Statement: [expect.objectContaining({ Action: ['sqs:*'] })] })]);
    expect(backend.findRoleById(RoleId)?.attachedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AmazonSQSFullAccess']);

    await call(model, 'DeleteRolePolicy', { RoleName: 'steps', PolicyName: 'scan' });
    await call(model, 'DetachRolePolicy', { RoleName: 'steps', PolicyArn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess' });
    expect(backend.effectivePolicies(Arn)).toHaveLength(3);
    advance(P);
    expect(backend.effectivePolicies(Arn)).toEqual([allow('dynamodb:UpdateItem')]);
  });

  it('applies a trust policy update only once it has propagated', async () => {
    const { backend, advance, model } = iam(true);
    const { Arn } = backend.createRole(stepRole());
    advance(P);
    await call(model, 'UpdateAssumeRolePolicy', { RoleName: 'steps', PolicyDocument: JSON.stringify(trustFor('lambda.amazonaws.com')) });
    expect(backend.checkAssumable(Arn, 'states.amazonaws.com')).toBe(true);
    advance(P);
    expect(backend.checkAssumable(Arn, 'states.amazonaws.com')).toBe(false);
    expect(backend.checkAssumable(Arn, 'lambda.amazonaws.com')).toBe(true);
  });

  it('lets the other services see a deleted role until the deletion has propagated', () => {
    const { backend, advance } = iam(true);
    const { Arn, RoleId } = backend.createRole(stepRole());
    advance(P);
    backend.deleteRole('steps');
    expect(backend.getRole(Arn)).toBeUndefined();
    expect(backend.findRoleById(RoleId)?.Arn).toBe(Arn);
    advance(P);
    expect(backend.findRoleById(RoleId)).toBeUndefined();
    expect(backend.effectiveRole(Arn)).toBeUndefined();
  });

  it('treats restored roles as long propagated', () => {
    const first = iam(true);
    first.backend.createRole(stepRole());
    const snapshot = first.model.persist?.snapshot();
    const second = iam(true);
    second.model.persist?.restore(snapshot);
    expect(second.backend.effectiveRole('steps')?.RoleName).toBe('steps');
  });
});

describe('a role updated in place (CloudFormation)', () => {
  it('keeps its ARN and RoleId, replaces its policies, and the change propagates like any other', () => {
    const { backend, advance } = iam(true);
    const created = backend.createRole(stepRole());
    advance(PROPAGATION_SECONDS * 1000);
    backend.updateRole({ ...stepRole(), Policies: [{ PolicyName: 'send', PolicyDocument: allow('sqs:SendMessage') }], ManagedPolicyArns: [] });
    const now = backend.getRole(created.Arn);
    expect(now).toMatchObject({ Arn: created.Arn, RoleId: created.RoleId });
    expect(now?.Policies?.map((p) => p.PolicyName)).toEqual(['send']);
    expect(JSON.stringify(backend.effectivePolicies(created.Arn))).toContain('dynamodb:UpdateItem');
    advance(PROPAGATION_SECONDS * 1000);
    expect(JSON.stringify(backend.effectivePolicies(created.Arn))).toContain('sqs:SendMessage');
    expect(JSON.stringify(backend.effectivePolicies(created.Arn))).not.toContain('dynamodb:UpdateItem');
  });

  it('changes nothing when a document is malformed', () => {
    const { backend } = iam(false);
    const created = backend.createRole(stepRole());
    expect(() => backend.updateRole({ ...stepRole(), Policies: [{ PolicyName: 'bad', PolicyDocument: '{not json' }] })).toThrow('This policy contains invalid Json');
    expect(backend.getRole(created.Arn)?.Policies?.map((p) => p.PolicyName)).toEqual(['update']);
  });
});

describe('IAM without strict timing', () => {
  it('puts every change in effect at once', async () => {
    const { backend, model } = iam(false);
    const { Arn } = backend.createRole(stepRole());
    expect(backend.checkAssumable(Arn, 'states.amazonaws.com')).toBe(true);
    await call(model, 'AttachRolePolicy', { RoleName: 'steps', PolicyArn: 'arn:aws:iam::aws:policy/NotCarriedHere' });
    // an unknown managed policy is listed but grants nothing
    expect(backend.effectiveRole(Arn)?.attachedPolicyArns).toEqual(['arn:aws:iam::aws:policy/NotCarriedHere']);
    expect(backend.effectivePolicies(Arn)).toEqual([allow('dynamodb:UpdateItem')]);
    expect(backend.effectiveRole('arn:aws:iam::000000000000:role/other-path/steps')).toBeUndefined();
  });
});

describe('role names', () => {
  it('refuses a name over 64 characters as IAM does', () => {
    const { backend } = iam(false);
    expect(() => backend.createRole(stepRole('r'.repeat(65)))).toThrow(
      `1 validation error detected: Value '${'r'.repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64`,
    );
    expect(backend.createRole(stepRole('r'.repeat(64))).RoleName).toHaveLength(64);
  });
});
