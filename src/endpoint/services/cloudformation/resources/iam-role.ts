// AWS::IAM::Role stored in the in-process IAM (trust policy, inline and managed policies).
import type { RoleSpec } from '../../../types';
import { partitionOf } from '../partition';
import { PropertyError, optionalString, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

function roleSpec(properties: Properties, name: string, ctx: ProvisionContext): RoleSpec {
  if (!properties.AssumeRolePolicyDocument) throw new PropertyError(ctx.logicalId, 'required key [AssumeRolePolicyDocument] not found');
  const policies = Array.isArray(properties.Policies) ? properties.Policies : [];
  const tags = tagMap(properties, ctx);
  return {
    RoleName: name,
    AssumeRolePolicyDocument: properties.AssumeRolePolicyDocument,
    Path: optionalString(properties, 'Path'),
    Description: optionalString(properties, 'Description'),
    ManagedPolicyArns: Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns.map(String) : undefined,
    Policies: policies.map((policy) => {
      const p = policy as Record<string, unknown>;
      if (!p.PolicyName || !p.PolicyDocument) throw new PropertyError(ctx.logicalId, '#/Policies: required key [PolicyName, PolicyDocument] not found');
      return { PolicyName: String(p.PolicyName), PolicyDocument: p.PolicyDocument };
    }),
    Tags: Object.keys(tags).length > 0 ? tags : undefined,
  };
}

function roleName(properties: Properties, ctx: ProvisionContext): string {
  return properties.RoleName === undefined ? ctx.generatedName(64) : String(properties.RoleName);
}

export const iamRole: Provisioner = {
  type: 'AWS::IAM::Role',
  nameProperty: 'RoleName',
  attributes: ['Arn', 'RoleId'],
  replaceOn: ['RoleName', 'Path'],

  arnFor(properties, ctx) {
    // IAM is global: no region in the ARN, the partition still follows the stack's region.
    return `arn:${partitionOf(ctx.region).name}:iam::${ctx.accountId}:role${optionalString(properties, 'Path') ?? '/'}${roleName(properties, ctx)}`;
  },

  async create(properties, ctx) {
    const name = roleName(properties, ctx);
    const role = ctx.backends.iam.createRole(roleSpec(properties, name, ctx));
    return { physicalId: role.RoleName, attributes: { Arn: role.Arn, RoleId: role.RoleId } };
  },

  // In place (same ARN and RoleId), as the IAM handler's UpdateRole, PutRolePolicy, AttachRolePolicy ... do.
  async update(current, _previous, next, ctx) {
    ctx.backends.iam.updateRole(roleSpec(next, current.physicalId, ctx));
    return current;
  },

  async delete(current, ctx) {
    if (ctx.backends.iam.getRole(current.physicalId)) ctx.backends.iam.deleteRole(current.physicalId);
  },
};
