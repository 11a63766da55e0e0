// IAM's state: roles with their trust policy, inline policies, attached managed policy ARNs and tags.
// IAM is global: one namespace for the account, whatever region a caller names.
import { randomBytes } from 'node:crypto';
import { AwsError, type RoleSpec } from '../../types';
import { RoleHistory, type RoleState } from './propagation';

export interface StoredRole {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  /** The trust policy as the JSON text it was given in (returned URL-encoded, as AWS does). */
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  Tags: { Key: string; Value: string }[];
  /** Inline policies: name -> JSON text. */
  policies: Record<string, string>;
  attached: string[];
}

const ROLE_NAME = /^[\w+=,.@-]+$/;
const ROLE_NAME_MAX = 64;
const PATH = /^\/([\x21-\x7e]*\/)?$/;

export const noSuchRole = (name: string): AwsError => new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404);

/** Policy documents arrive as text on the wire and as parsed objects from CloudFormation templates. */
export function policyText(document: unknown): string {
  return typeof document === 'string' ? document : JSON.stringify(document);
}

type PolicyKind = 'trust' | 'identity';

/**
 * The checks IAM makes that a hand-written policy most often fails: valid JSON, statements with an
 * Effect and actions, and (for permission policies, not trust policies) resources.
 */
function validatePolicy(text: string, kind: PolicyKind): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AwsError('MalformedPolicyDocument', 'This policy contains invalid Json');
  }
  const statements = (parsed as { Statement?: unknown } | null)?.Statement;
  if (!statements || typeof statements !== 'object') throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  for (const statement of (Array.isArray(statements) ? statements : [statements]) as Record<string, unknown>[]) {
    if (statement?.Effect !== 'Allow' && statement?.Effect !== 'Deny') throw new AwsError('MalformedPolicyDocument', 'Policy statement must contain a valid Effect.');
    if (!('Action' in statement) && !('NotAction' in statement)) throw new AwsError('MalformedPolicyDocument', 'Policy statement must contain actions.');
    if (kind === 'identity' && !('Resource' in statement) && !('NotResource' in statement)) {
      throw new AwsError('MalformedPolicyDocument', 'Policy statement must contain resources.');
    }
  }
}

/** AWS role ids: "AROA" and 17 upper-case letters and digits. */
function newRoleId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `AROA${[...randomBytes(17)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

export interface IamModelOptions {
  /** How long a change takes to reach the other services (0 = at once). */
  propagationMs?: number;
  /** The clock propagation is measured with (tests inject one). */
  now?: () => number;
}

/** The parts of a role other services act on. */
function stateOf(role: StoredRole): RoleState {
  return { RoleName: role.RoleName, RoleId: role.RoleId, Arn: role.Arn, trust: role.AssumeRolePolicyDocument, policies: role.policies, attached: role.attached };
}

export class IamModel {
  private readonly roles = new Map<string, StoredRole>();
  /** What the other services see: the roles as they were a propagation period ago. */
  readonly propagated: RoleHistory;

  constructor(
    private readonly accountId: string,
    private readonly onChange: () => void = () => undefined,
    options: IamModelOptions = {},
  ) {
    this.propagated = new RoleHistory(options.propagationMs ?? 0, options.now);
  }

  /** Every change to a role: persisted, and on its way to the other services. */
  private changed(role: StoredRole, deleted = false): void {
    this.propagated.record(role.RoleName, deleted ? undefined : stateOf(role));
    this.onChange();
  }

  createRole(spec: RoleSpec): StoredRole {
    const name = spec.RoleName;
    if (typeof name === 'string' && name.length > ROLE_NAME_MAX) {
      throw new AwsError('ValidationError', `1 validation error detected: Value '${name}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to ${ROLE_NAME_MAX}`);
    }
    if (!ROLE_NAME.test(name ?? '')) {
      throw new AwsError('ValidationError', `1 validation error detected: Value '${name}' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`);
    }
    const path = spec.Path ?? '/';
    if (!PATH.test(path)) throw new AwsError('ValidationError', `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`);
    if (this.roles.has(name)) throw new AwsError('EntityAlreadyExists', `Role with name ${name} already exists.`, 409);
    const trust = policyText(spec.AssumeRolePolicyDocument);
    validatePolicy(trust, 'trust');
    const role: StoredRole = {
      RoleName: name,
      RoleId: newRoleId(),
      Arn: `arn:aws:iam::${this.accountId}:role${path}${name}`,
      Path: path,
      CreateDate: new Date().toISOString(),
      AssumeRolePolicyDocument: trust,
      Description: spec.Description,
      MaxSessionDuration: 3600,
      Tags: Object.entries(spec.Tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      policies: {},
      attached: [],
    };
    for (const policy of spec.Policies ?? []) {
      const text = policyText(policy.PolicyDocument);
      validatePolicy(text, 'identity');
      role.policies[policy.PolicyName] = text;
    }
    role.attached = [...new Set(spec.ManagedPolicyArns ?? [])];
    this.roles.set(name, role);
    this.changed(role);
    return role;
  }

  /** By name, or by ARN (CloudFormation and Step Functions hold ARNs). */
  findRole(nameOrArn: string): StoredRole | undefined {
    const name = nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
    return this.roles.get(name);
  }

  requireRole(name: string): StoredRole {
    const role = this.findRole(name);
    if (!role) throw noSuchRole(name);
    return role;
  }

  listRoles(pathPrefix = '/'): StoredRole[] {
    return [...this.roles.values()].filter((r) => r.Path.startsWith(pathPrefix)).sort((a, b) => a.RoleName.localeCompare(b.RoleName));
  }

  /** As on AWS, a role with inline or attached policies cannot be deleted. */
  deleteRole(name: string): void {
    const role = this.requireRole(name);
    if (Object.keys(role.policies).length > 0) throw new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
    if (role.attached.length > 0) throw new AwsError('DeleteConflict', 'Cannot delete entity, must detach all policies first.', 409);
    this.roles.delete(role.RoleName);
    this.changed(role, true);
  }

  /** CloudFormation removes a role with everything on it, as its delete handler does. */
  forceDeleteRole(name: string): void {
    const role = this.findRole(name);
    if (!role) return;
    this.roles.delete(role.RoleName);
    this.changed(role, true);
  }

  putRolePolicy(roleName: string, policyName: string, document: string): void {
    const role = this.requireRole(roleName);
    validatePolicy(document, 'identity');
    role.policies[policyName] = document;
    this.changed(role);
  }

  getRolePolicy(roleName: string, policyName: string): string {
    const document = this.requireRole(roleName).policies[policyName];
    if (document === undefined) throw new AwsError('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);
    return document;
  }

  deleteRolePolicy(roleName: string, policyName: string): void {
    const role = this.requireRole(roleName);
    if (!(policyName in role.policies)) throw new AwsError('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);
    delete role.policies[policyName];
    this.changed(role);
  }

  attachRolePolicy(roleName: string, policyArn: string): void {
    const role = this.requireRole(roleName);
    if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\//.test(policyArn)) throw new AwsError('InvalidInput', `ARN ${policyArn} is not valid.`);
    if (!role.attached.includes(policyArn)) role.attached.push(policyArn);
    this.changed(role);
  }

  detachRolePolicy(roleName: string, policyArn: string): void {
    const role = this.requireRole(roleName);
    if (!role.attached.includes(policyArn)) throw new AwsError('NoSuchEntity', `Policy ${policyArn} was not found.`, 404);
    role.attached = role.attached.filter((arn) => arn !== policyArn);
    this.changed(role);
  }

  tagRole(roleName: string, tags: { Key: string; Value: string }[]): void {
    const role = this.requireRole(roleName);
    for (const tag of tags) {
      const existing = role.Tags.find((t) => t.Key === tag.Key);
      if (existing) existing.Value = tag.Value;
      else role.Tags.push({ ...tag });
    }
    this.onChange();
  }

  untagRole(roleName: string, keys: string[]): void {
    const role = this.requireRole(roleName);
    role.Tags = role.Tags.filter((t) => !keys.includes(t.Key));
    this.onChange();
  }

  /**
   * CloudFormation's update of a role in place (as its handler does with UpdateAssumeRolePolicy, UpdateRole,
   * Put/DeleteRolePolicy, Attach/DetachRolePolicy and tags): same ARN and RoleId, so session credentials minted
   * for the role stay valid. Every document is checked before anything changes.
   */
  replaceRole(spec: RoleSpec): StoredRole {
    const role = this.requireRole(spec.RoleName);
    const trust = policyText(spec.AssumeRolePolicyDocument);
    validatePolicy(trust, 'trust');
    const policies: Record<string, string> = {};
    for (const policy of spec.Policies ?? []) {
      const text = policyText(policy.PolicyDocument);
      validatePolicy(text, 'identity');
      policies[policy.PolicyName] = text;
    }
    role.AssumeRolePolicyDocument = trust;
    role.Description = spec.Description;
    role.policies = policies;
    role.attached = [...new Set(spec.ManagedPolicyArns ?? [])];
    role.Tags = Object.entries(spec.Tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    this.changed(role);
    return role;
  }

  updateAssumeRolePolicy(roleName: string, document: string): void {
    const role = this.requireRole(roleName);
    validatePolicy(document, 'trust');
    role.AssumeRolePolicyDocument = document;
    this.changed(role);
  }

  snapshot(): StoredRole[] {
    return [...this.roles.values()];
  }

  /** Restored roles have long propagated. */
  restore(snapshot: unknown): void {
    this.roles.clear();
    this.propagated.clear();
    for (const role of (snapshot as StoredRole[] | undefined) ?? []) {
      this.roles.set(role.RoleName, role);
      this.propagated.record(role.RoleName, stateOf(role), 0);
    }
  }
}
