// The roles session keys name, from the IAM backend: found by RoleId, with the identity policies IAM
// evaluates for them (inline and attached managed, as in force after propagation). The lookups are the
// ones the role-evaluation part adds to IamBackend; without them no session key can be resolved.
import type { IamBackend } from '../types';
import type { RoleDirectory, SessionRole } from './principal';

/** The IamBackend lookups a role session needs (added beside createRole/getRole by the roles part). */
interface SessionLookups {
  roleById?(roleId: string): { RoleName: string; Arn: string; RoleId: string } | undefined;
  effectivePolicies?(roleNameOrArn: string): unknown[];
}

export function roleDirectoryOf(iam: IamBackend): RoleDirectory {
  const lookups = iam as IamBackend & SessionLookups;
  return {
    roleById(roleId): SessionRole | undefined {
      const role = lookups.roleById?.(roleId);
      if (!role) return undefined;
      return { roleName: role.RoleName, arn: role.Arn, roleId: role.RoleId, policies: lookups.effectivePolicies?.(role.RoleName) ?? [] };
    },
  };
}
