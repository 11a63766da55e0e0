// The Lambda and Step Functions resource handlers retry while the role they pass cannot be assumed yet
// (a role a few seconds old has not propagated): the Step Functions provider retries AccessDeniedException
// "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume
// the provided role" (aws-cloudformation-resource-providers-stepfunctions, ClientBuilder.CustomRetryCondition,
// 10 retries with the SDK's back-off, about a minute); the Lambda handler does the same for "The role defined
// for the function cannot be assumed by Lambda." Only after that does the resource fail, with the service's words.
import { AwsError } from '../../../types';
import { WaitTimeoutError, waitFor } from '../../../../wait';

/** How long the handlers keep retrying, in AWS seconds (scaled like every other duration). */
export const ROLE_RETRY_SECONDS = 60;

export function isRoleNotAssumable(error: unknown): boolean {
  if (!(error instanceof AwsError)) return false;
  return (
    (error.code === 'InvalidParameterValueException' && /cannot be assumed by Lambda/.test(error.message)) ||
    (error.code === 'AccessDeniedException' && /is authorized to assume the provided role/.test(error.message))
  );
}

/** Calls `call` until it succeeds or fails otherwise; at `deadline` the last "cannot be assumed" error stands. */
export async function retryWhileRoleNotAssumable<T>(call: () => T | Promise<T>, deadline: number): Promise<T> {
  let last: unknown;
  try {
    return await waitFor(
      async () => {
        try {
          return { done: true, value: await call() };
        } catch (error) {
          if (!isRoleNotAssumable(error)) throw error;
          last = error;
          return { done: false, seen: (error as Error).message };
        }
      },
      { what: 'the role to become assumable', deadline, initialDelayMs: 50, maxDelayMs: 2000 },
    );
  } catch (error) {
    if (error instanceof WaitTimeoutError && last) throw last;
    throw error;
  }
}
