// The Lambda and Step Functions resource handlers retry while the role they pass cannot be assumed yet
// (a role a few seconds old has not propagated): the Step Functions provider retries AccessDeniedException
// "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume
// the provided role" (aws-cloudformation-resource-providers-stepfunctions, ClientBuilder.CustomRetryCondition,
// 10 retries with the SDK's back-off, about a minute); the Lambda handler does the same for "The role defined
// for the function cannot be assumed by Lambda." Only after that does the resource fail, with the service's words.
import { AwsError } from '../../../types';
import { sleep } from '../../../../wait';

/** How long the handlers keep retrying, in AWS seconds (scaled like every other duration). */
export const ROLE_RETRY_SECONDS = 60;
/** The AWS SDK for Java's default back-off the providers use: 100 ms doubling, at most 20 s, with jitter. */
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;

export interface RoleRetry {
  /** Absolute deadline (ms since epoch). */
  deadline: number;
  /** Multiplies the back-off delays (the endpoint's time scale). */
  timeScale: number;
}

export function isRoleNotAssumable(error: unknown): boolean {
  if (!(error instanceof AwsError)) return false;
  return (
    (error.code === 'InvalidParameterValueException' && /cannot be assumed by Lambda/.test(error.message)) ||
    (error.code === 'AccessDeniedException' && /is authorized to assume the provided role/.test(error.message))
  );
}

/** Calls `call` until it succeeds or fails otherwise; at the deadline the last "cannot be assumed" error stands. */
export async function retryWhileRoleNotAssumable<T>(call: () => T | Promise<T>, retry: RoleRetry): Promise<T> {
  let base = BASE_DELAY_MS * retry.timeScale;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const remaining = retry.deadline - Date.now();
      if (!isRoleNotAssumable(error) || remaining <= 0) throw error;
      await sleep(Math.min(remaining, Math.random() * base));
      base = Math.min(MAX_DELAY_MS * retry.timeScale, base * 2);
    }
  }
}
