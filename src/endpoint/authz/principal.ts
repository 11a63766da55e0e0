// Who makes a request, for authorisation: the role whose session credentials signed it (a Lambda
// function's own SDK calls, or anything handed those keys), else the caller the --caller-policy
// describes. Each comes with the identity policies IAM evaluates for it.
import type { IncomingHttpHeaders } from 'node:http';
import { roleIdOfAccessKey, sessionNameOfToken } from '../iam-policy/sessions';
import { AwsError } from '../types';

/** The caller a caller policy is attached to; AWS names users this way in its denial messages. */
export const CALLER_USER_NAME = 'local-caller';
export const callerUserArn = (accountId: string): string => `arn:aws:iam::${accountId}:user/${CALLER_USER_NAME}`;
/** The session name when the session token carries none (STS answers with the same). */
export const SESSION_NAME = 'local-session';

export interface Principal {
  /** As denial messages name it: the user's ARN, or the assumed-role session's. */
  arn: string;
  /** aws:PrincipalArn: the user's or the role's ARN. */
  principalArn: string;
  principalType: 'User' | 'AssumedRole';
  /** aws:userid */
  userId: string;
  /** The identity-based policy documents in force for this principal. */
  policies: unknown[];
}

/** A role as the authoriser needs it: found by the RoleId its session keys carry. */
export interface SessionRole {
  roleName: string;
  arn: string;
  roleId: string;
  /** Its inline and attached managed policy documents, as they are in force now (after propagation). */
  policies: unknown[];
}

export interface RoleDirectory {
  roleById(roleId: string): SessionRole | undefined;
}

/** The access key id of a SigV4-signed request (header or presigned query), if any. */
export function accessKeyOf(headers: IncomingHttpHeaders, query?: URLSearchParams): string | undefined {
  const authorization = headers.authorization;
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  const credential = /Credential=([^,\s]+)/.exec(header ?? '')?.[1] ?? query?.get('X-Amz-Credential') ?? undefined;
  if (!credential) return undefined;
  // Scope is the last four parts; everything before is the key id.
  return credential.split('/').slice(0, -4).join('/') || undefined;
}

function securityToken(headers: IncomingHttpHeaders, query?: URLSearchParams): string | undefined {
  const header = headers['x-amz-security-token'];
  return (Array.isArray(header) ? header[0] : header) ?? query?.get('X-Amz-Security-Token') ?? undefined;
}

/** Whether the request is signed with a role session's key (so is always authorised as that role). */
export function isSessionRequest(headers: IncomingHttpHeaders, query?: URLSearchParams): boolean {
  const key = accessKeyOf(headers, query);
  return key !== undefined && roleIdOfAccessKey(key) !== undefined;
}

/**
 * The principal of a request, or undefined when nothing is to be checked (no session key and no caller
 * policy). A session key of a role that no longer exists is refused as AWS refuses an invalid token.
 */
export function principalOf(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  accountId: string,
  callerPolicy: unknown,
  roles: RoleDirectory,
  json: boolean,
): Principal | undefined {
  const key = accessKeyOf(headers, query);
  const roleId = key ? roleIdOfAccessKey(key) : undefined;
  if (roleId) {
    const role = roles.roleById(roleId);
    if (!role) {
      throw new AwsError(json ? 'UnrecognizedClientException' : 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
    }
    // A function's session is named after the function, as Lambda names it.
    const session = sessionNameOfToken(securityToken(headers, query)) ?? SESSION_NAME;
    return {
      arn: `arn:aws:sts::${accountId}:assumed-role/${role.roleName}/${session}`,
      principalArn: role.arn,
      principalType: 'AssumedRole',
      userId: `${role.roleId}:${session}`,
      policies: role.policies,
    };
  }
  if (callerPolicy === undefined) return undefined;
  return {
    arn: callerUserArn(accountId),
    principalArn: callerUserArn(accountId),
    principalType: 'User',
    userId: CALLER_USER_NAME,
    policies: [callerPolicy],
  };
}
