// The roles session keys name, from the IAM backend: found by RoleId as propagated to the other services
// (so a change to a role's policies reaches its sessions after the propagation delay, as on AWS), with
// the identity policies IAM evaluates for it (inline and attached managed).
import type { IamBackend } from '../types';
import type { RoleDirectory } from './principal';

export function roleDirectoryOf(iam: Pick<IamBackend, 'findRoleById'>): RoleDirectory {
  return {
    roleById(roleId) {
      const role = iam.findRoleById(roleId);
      return role && { roleName: role.RoleName, arn: role.Arn, roleId: role.RoleId, policies: role.policies };
    },
  };
}
