// IAM over the query protocol (Version 2010-05-08): roles, inline and attached policies, tags; and the
// backend CloudFormation provisions roles through.
import { parseQueryParams, readList, readStructList, requireParam, xmlError, xmlResponse, type XmlValue } from '../../protocol/query';
import { AwsError, type AwsResponse, type EffectiveRole, type EndpointSettings, type IamBackend, type ServiceInstance } from '../../types';
import { managedPolicyDocument } from '../../iam-policy/managed-policies';
import { trustPolicyAllows } from '../../iam-policy/trust';
import { IamModel, type IamModelOptions, type StoredRole } from './model';
import type { RoleState } from './propagation';

const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const DEFAULT_MAX_ITEMS = 100;

/** A role as IAM returns it: the trust policy URL-encoded, tags only when there are some. */
function roleXml(role: StoredRole): XmlValue {
  return {
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: role.CreateDate,
    AssumeRolePolicyDocument: encodeURIComponent(role.AssumeRolePolicyDocument),
    Description: role.Description,
    MaxSessionDuration: role.MaxSessionDuration,
    Tags: role.Tags.length > 0 ? role.Tags : undefined,
  };
}

/** Marker/MaxItems paging over an already ordered list. */
function page<T>(items: T[], params: URLSearchParams): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const start = Number(params.get('Marker') ?? 0) || 0;
  const max = Number(params.get('MaxItems') ?? DEFAULT_MAX_ITEMS) || DEFAULT_MAX_ITEMS;
  const slice = items.slice(start, start + max);
  const next = start + slice.length;
  return { items: slice, IsTruncated: next < items.length, Marker: next < items.length ? String(next) : undefined };
}

type Operation = (params: URLSearchParams) => XmlValue;

/** Policy text stored by IAM is valid JSON (IAM checked it); anything else counts as granting nothing. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A propagated role with its managed policies resolved to documents (unknown ones grant nothing). */
function effective(role: RoleState): EffectiveRole {
  const managed = role.attached.map((arn) => managedPolicyDocument(arn)).filter((document) => document !== undefined);
  return {
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    trustPolicy: parsed(role.trust),
    policies: [...Object.values(role.policies).map(parsed), ...managed],
    attachedPolicyArns: [...role.attached],
  };
}

const nameOf = (nameOrArn: string): string => (nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn);

/** `options.now`: the clock propagation is measured with (tests inject one). */
export function createIamService(settings: EndpointSettings, options: Pick<IamModelOptions, 'now'> = {}): ServiceInstance<IamBackend> {
  const model = new IamModel(settings.accountId, () => settings.markDirty(), { propagationMs: settings.behaviour.propagationMs, now: options.now });
  /** The role as the other services see it; an ARN must name the role exactly (path included). */
  const seen = (nameOrArn: string): RoleState | undefined => {
    const role = model.propagated.seen(nameOf(nameOrArn));
    return role && (!nameOrArn.startsWith('arn:') || role.Arn === nameOrArn) ? role : undefined;
  };
  const byId = (roleId: string): EffectiveRole | undefined => {
    const role = model.propagated.allSeen().find((r) => r.RoleId === roleId);
    return role && effective(role);
  };

  const operations: Record<string, Operation> = {
    CreateRole: (p) => {
      const role = model.createRole({
        RoleName: requireParam(p, 'RoleName'),
        AssumeRolePolicyDocument: requireParam(p, 'AssumeRolePolicyDocument'),
        Path: p.get('Path') ?? undefined,
        Description: p.get('Description') ?? undefined,
        Tags: Object.fromEntries(readStructList(p, 'Tags').map((t) => [t.Key, t.Value ?? ''])),
      });
      const maxSession = p.get('MaxSessionDuration');
      if (maxSession) role.MaxSessionDuration = Number(maxSession);
      return { Role: roleXml(role) };
    },
    GetRole: (p) => ({ Role: { ...(roleXml(model.requireRole(requireParam(p, 'RoleName'))) as Record<string, XmlValue>), RoleLastUsed: {} } }),
    DeleteRole: (p) => void model.deleteRole(requireParam(p, 'RoleName')),
    ListRoles: (p) => {
      const { items, IsTruncated, Marker } = page(model.listRoles(p.get('PathPrefix') ?? '/'), p);
      // ListRoles leaves tags out, as AWS does.
      return { Roles: items.map((role) => ({ ...(roleXml(role) as Record<string, XmlValue>), Tags: undefined })), IsTruncated, Marker };
    },
    UpdateAssumeRolePolicy: (p) => void model.updateAssumeRolePolicy(requireParam(p, 'RoleName'), requireParam(p, 'PolicyDocument')),
    PutRolePolicy: (p) => void model.putRolePolicy(requireParam(p, 'RoleName'), requireParam(p, 'PolicyName'), requireParam(p, 'PolicyDocument')),
    GetRolePolicy: (p) => {
      const roleName = requireParam(p, 'RoleName');
      const policyName = requireParam(p, 'PolicyName');
      return { RoleName: roleName, PolicyName: policyName, PolicyDocument: encodeURIComponent(model.getRolePolicy(roleName, policyName)) };
    },
    DeleteRolePolicy: (p) => void model.deleteRolePolicy(requireParam(p, 'RoleName'), requireParam(p, 'PolicyName')),
    ListRolePolicies: (p) => {
      const { items, IsTruncated, Marker } = page(Object.keys(model.requireRole(requireParam(p, 'RoleName')).policies).sort(), p);
      return { PolicyNames: items, IsTruncated, Marker };
    },
    AttachRolePolicy: (p) => void model.attachRolePolicy(requireParam(p, 'RoleName'), requireParam(p, 'PolicyArn')),
    DetachRolePolicy: (p) => void model.detachRolePolicy(requireParam(p, 'RoleName'), requireParam(p, 'PolicyArn')),
    ListAttachedRolePolicies: (p) => {
      const attached = model.requireRole(requireParam(p, 'RoleName')).attached.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
      const { items, IsTruncated, Marker } = page(attached, p);
      return { AttachedPolicies: items, IsTruncated, Marker };
    },
    TagRole: (p) => void model.tagRole(requireParam(p, 'RoleName'), readStructList(p, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }))),
    UntagRole: (p) => void model.untagRole(requireParam(p, 'RoleName'), readList(p, 'TagKeys')),
    ListRoleTags: (p) => {
      const { items, IsTruncated, Marker } = page(model.requireRole(requireParam(p, 'RoleName')).Tags, p);
      return { Tags: items, IsTruncated, Marker };
    },
  };

  const backend: IamBackend = {
    createRole: (spec) => {
      const role = model.createRole(spec);
      return { RoleName: role.RoleName, Arn: role.Arn, RoleId: role.RoleId };
    },
    deleteRole: (roleName) => model.forceDeleteRole(roleName),
    updateRole: (spec) => void model.replaceRole(spec),
    getRole: (nameOrArn) => {
      const role = model.findRole(nameOrArn);
      if (!role) return undefined;
      return {
        RoleName: role.RoleName,
        Arn: role.Arn,
        RoleId: role.RoleId,
        Path: role.Path,
        Description: role.Description,
        AssumeRolePolicyDocument: JSON.parse(role.AssumeRolePolicyDocument) as unknown,
        ManagedPolicyArns: [...role.attached],
        Policies: Object.entries(role.policies).map(([PolicyName, text]) => ({ PolicyName, PolicyDocument: JSON.parse(text) as unknown })),
        Tags: Object.fromEntries(role.Tags.map((t) => [t.Key, t.Value])),
      };
    },
    effectiveRole: (nameOrArn) => {
      const role = seen(nameOrArn);
      return role && effective(role);
    },
    findRoleById: (roleId) => byId(roleId),
    effectivePolicies: (nameOrArn) => {
      const role = seen(nameOrArn);
      return role ? effective(role).policies : [];
    },
    checkAssumable: (roleArn, principals, context) => {
      const role = seen(roleArn);
      return role !== undefined && trustPolicyAllows(parsed(role.trust), role.Arn, principals, context);
    },
    propagatedAt: (nameOrArn) => model.propagated.visibleAt(nameOf(nameOrArn)),
  };

  async function handle(request: Parameters<ServiceInstance['handler']['handle']>[0]): Promise<AwsResponse> {
    const params = parseQueryParams(request);
    const action = params.get('Action') ?? '';
    const operation = operations[action];
    if (!operation) return xmlError(new AwsError('InvalidAction', `Could not find operation ${action} for version 2010-05-08`), request.requestId);
    try {
      return xmlResponse(action, operation(params) ?? undefined, request.requestId, XMLNS);
    } catch (error) {
      if (error instanceof AwsError) return xmlError(error, request.requestId);
      throw error;
    }
  }

  return {
    handler: { service: 'iam', handle },
    backend,
    persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot) },
  };
}
