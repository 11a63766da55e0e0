// The request check that authorises every call as IAM would: the operation's actions and resources
// (operations.ts) evaluated against the principal's identity policies (principal.ts) with the request
// context AWS supplies, refused as the service refuses (denial.ts). Active under a caller policy, and
// for every request signed with a role session's key whatever the caller policy.
import type { AwsBehaviour } from '../behaviour';
import type { RequestCheck } from '../gate';
import { evaluatePolicies } from '../iam-policy/evaluate';
import { expectsJson } from '../router';
import type { AwsRequest, IamBackend } from '../types';
import { readCall } from './call';
import { AccessDeniedError, denialMessage } from './denial';
import { authorisationsFor, type ContextValue, type ResourceLookup } from './operations';
import { isSessionRequest, principalOf, type Principal, type RoleDirectory } from './principal';
import { roleDirectoryOf } from './roles';

/** IAM and STS's global endpoints are in us-east-1, which is the region IAM sees their requests in. */
const GLOBAL_SERVICES = new Set(['iam']);

export interface AuthoriserOptions {
  /** Finds a session key's role and its policies; from the IAM backend by default. */
  roles?: RoleDirectory;
  /** The clock behind aws:CurrentTime and aws:EpochTime. */
  now?: () => Date;
}

export function createAuthoriser(behaviour: AwsBehaviour, iam: IamBackend, options: AuthoriserOptions = {}): RequestCheck {
  const roles = options.roles ?? roleDirectoryOf(iam);
  const now = options.now ?? (() => new Date());
  const lookup: ResourceLookup = { roleArn: (name) => (name ? iam.getRole(name)?.Arn : undefined) };
  return {
    inspects: (headers) => behaviour.callerPolicy !== undefined || isSessionRequest(headers),
    check(request) {
      const json = expectsJson(request.headers, request.path);
      const principal = principalOf(request.headers, request.query, request.accountId, behaviour.callerPolicy, roles, json);
      if (principal) authorise(request, principal, lookup, now());
    },
  };
}

/** Throws the service's AccessDenied unless every permission the request needs is allowed. */
export function authorise(request: AwsRequest, principal: Principal, lookup: ResourceLookup, at: Date): void {
  const call = readCall(request);
  const needed = authorisationsFor(call, lookup);
  if (!needed) {
    throw new AccessDeniedError(
      request.service,
      `User: ${principal.arn} is not authorized to perform: ${request.service}:${call.operation || '(no operation)'}: the local endpoint has no IAM action and resource for this operation (src/endpoint/authz/operations.ts), so it refuses it under a caller policy or role session rather than let it pass unchecked`,
    );
  }
  const context = requestContext(request, principal, at);
  for (const { action, resource, context: extra } of needed) {
    const decision = evaluatePolicies(principal.policies, { action, resource, context: { ...context, ...extra } });
    if (decision !== 'Allow') throw new AccessDeniedError(request.service, denialMessage(request.service, principal.arn, action, resource, decision));
  }
}

/** The global condition keys AWS puts in every request's context that the endpoint can know cheaply. */
function requestContext(request: AwsRequest, principal: Principal, at: Date): Record<string, ContextValue> {
  return {
    'aws:SourceIp': '127.0.0.1',
    'aws:CurrentTime': at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': String(Math.floor(at.getTime() / 1000)),
    // The endpoint speaks plain HTTP on the loopback interface.
    'aws:SecureTransport': 'false',
    'aws:RequestedRegion': GLOBAL_SERVICES.has(request.service) ? 'us-east-1' : request.region,
    'aws:PrincipalAccount': request.accountId,
    'aws:PrincipalArn': principal.principalArn,
    'aws:PrincipalType': principal.principalType,
    'aws:userid': principal.userId,
    ...(principal.principalType === 'User' ? { 'aws:username': principal.arn.slice(principal.arn.lastIndexOf('/') + 1) } : {}),
  };
}
