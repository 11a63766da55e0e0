// The roles session keys name, from the IAM backend: found by RoleId as propagated to the other services,
// with the identity policies IAM evaluates for them (inline and attached managed).
import type { IamBackend } from '../types';
import type { RoleDirectory, SessionRole } from './principal';

/** The IamBackend lookup a role session needs (added by the role-evaluation part). */
interface SessionLookups {
  findRoleById?(roleId: string): { RoleName: string; Arn: string; RoleId: string; policies: unknown[] } | undefined;
}

export function roleDirectoryOf(iam: IamBackend): RoleDirectory {
  const lookups = iam as IamBackend & SessionLookups;
  return {
    roleById(roleId): SessionRole | undefined {
      const role = lookups.findRoleById?.(roleId);
      return role && { roleName: role.RoleName, arn: role.Arn, roleId: role.RoleId, policies: role.policies };
    },
  };
}
