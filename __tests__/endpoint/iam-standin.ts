// An IamBackend over a plain map of role specs (keyed by ARN or name), for tests that drive one service
// with stand-ins for the others: roles are in effect at once, policies evaluated as the real IAM backend does.
import { managedPolicyDocument } from '../../src/endpoint/iam-policy/managed-policies';
import { trustPolicyAllows } from '../../src/endpoint/iam-policy/trust';
import type { EffectiveRole, IamBackend, RoleSpec } from '../../src/endpoint/types';

export type StoredSpec = RoleSpec & { Arn: string; RoleId: string };

/** A trust policy letting these service principals assume the role. */
export const trustFor = (...services: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }],
});

/** A role Step Functions and Lambda may assume, allowed everything: for tests not about permissions (createRole it on a real endpoint). */
export function allowAllRoleSpec(name: string): RoleSpec {
  return {
    RoleName: name,
    AssumeRolePolicyDocument: trustFor('states.amazonaws.com', 'lambda.amazonaws.com'),
    Policies: [{ PolicyName: 'all', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
  };
}

/** The same, as a stand-in's stored role. */
export function allowAllRole(arn: string): StoredSpec {
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  return { ...allowAllRoleSpec(name), Arn: arn, RoleId: `AROA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}` };
}

function effective(spec: StoredSpec): EffectiveRole {
  const managed = (spec.ManagedPolicyArns ?? []).map((arn) => managedPolicyDocument(arn)).filter((d) => d !== undefined);
  return {
    RoleName: spec.RoleName,
    RoleId: spec.RoleId,
    Arn: spec.Arn,
    trustPolicy: spec.AssumeRolePolicyDocument,
    policies: [...(spec.Policies ?? []).map((p) => p.PolicyDocument), ...managed],
    attachedPolicyArns: [...(spec.ManagedPolicyArns ?? [])],
  };
}

/** The propagated-view half of IamBackend, read from `roles` at each call. */
export function iamViews(roles: Map<string, StoredSpec>): Omit<IamBackend, 'createRole' | 'deleteRole' | 'getRole' | 'updateRole'> {
  const find = (nameOrArn: string): StoredSpec | undefined =>
    roles.get(nameOrArn) ?? [...roles.values()].find((r) => r.Arn === nameOrArn || r.RoleName === nameOrArn);
  const byId = (roleId: string): EffectiveRole | undefined => {
    const spec = [...roles.values()].find((r) => r.RoleId === roleId);
    return spec && effective(spec);
  };
  return {
    effectiveRole: (nameOrArn) => {
      const spec = find(nameOrArn);
      return spec && effective(spec);
    },
    findRoleById: byId,
    effectivePolicies: (nameOrArn) => {
      const spec = find(nameOrArn);
      return spec ? effective(spec).policies : [];
    },
    checkAssumable: (roleArn, principals, context) => {
      const spec = find(roleArn);
      return spec !== undefined && trustPolicyAllows(spec.AssumeRolePolicyDocument, spec.Arn, principals, context);
    },
    propagatedAt: (nameOrArn) => (find(nameOrArn) ? 0 : undefined),
  };
}
