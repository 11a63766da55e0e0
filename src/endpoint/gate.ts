// The checks a request meets before its service sees it, where AWS makes them before the service does:
// transient faults (strict mode) and authorisation of the caller (a caller policy, or the role whose
// session credentials signed it). Each check throws the AwsError the caller is to get.
import { createAuthoriser } from './authz/authoriser';
import type { AwsBehaviour } from './behaviour';
import { createFaultCheck } from './faults';
import type { AwsRequest, Backends } from './types';
import type { IncomingHttpHeaders } from 'node:http';

export interface RequestCheck {
  /** Whether this request must be read and checked (DynamoDB requests are otherwise streamed to dynalite unread). */
  inspects(headers: IncomingHttpHeaders): boolean;
  /** Throws the AwsError the caller gets instead of the service's answer. */
  check(request: AwsRequest): void | Promise<void>;
}

export interface RequestGate extends RequestCheck {
  readonly checks: readonly RequestCheck[];
}

/** The gate of a running endpoint; with no check active, nothing is read early and nothing is refused. */
export function createGate(behaviour: AwsBehaviour, backends: Backends, log: (line: string) => void = () => undefined): RequestGate {
  const checks: RequestCheck[] = [];
  // Faults first: a throttled or failing front door answers before anything is authorised.
  if (behaviour.faultRate > 0) checks.push(createFaultCheck(behaviour, log));
  checks.push(createAuthoriser(behaviour, backends.iam));
  return composeGate(checks);
}

export function composeGate(checks: RequestCheck[]): RequestGate {
  return {
    checks,
    inspects: (headers) => checks.some((c) => c.inspects(headers)),
    async check(request) {
      for (const c of checks) if (c.inspects(request.headers)) await c.check(request);
    },
  };
}
