// Step Functions answers that mean "not yet" rather than "no": a role that IAM has not propagated to Step Functions,
// a machine still being deleted, a concurrent version publish. Each is retried with back-off within the deadline.
import * as core from '@actions/core';
import { waitFor, WaitTimeoutError, type WaitOptions } from '../wait';

/** How long a wait may go on and how it sleeps: the part of WaitOptions a caller supplies. */
export type WaitLimits = Pick<WaitOptions, 'deadline' | 'signal' | 'sleep' | 'now'>;

export const errorName = (err: unknown): string | undefined => (err instanceof Error ? err.name : undefined);
const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * CreateStateMachine / UpdateStateMachine right after the role was created: AWS answers AccessDeniedException
 * "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the
 * provided role." (or "The principal states.amazonaws.com is not authorized to assume the provided role.") until
 * IAM has propagated the role's trust policy. AWS's own CloudFormation handler for state machines retries on it.
 * InvalidArn is not retried: it says the ARN is malformed, which waiting cannot change.
 */
export function isRoleNotAssumableYet(err: unknown): boolean {
  return errorName(err) === 'AccessDeniedException' && /authorized to assume the provided role/i.test(errorMessage(err));
}

/** The longest the action waits for a new role to become assumable (IAM is eventually consistent; public reports
 * see it within the first minute). Never past the operation's deadline. */
export const ROLE_PROPAGATION_LIMIT_MS = 120_000;

/** Step Functions still cannot assume the role after the retries: says which role, and what to check. */
export class RoleNotAssumableError extends Error {
  constructor(
    readonly roleArn: string,
    readonly stateMachineName: string,
    readonly seconds: number,
    readonly awsMessage: string,
  ) {
    super(
      `Step Functions could not assume the role ${roleArn} for state machine ${stateMachineName} after ${seconds.toFixed(0)} s of retries ` +
        `(AccessDeniedException: ${awsMessage}). Check that the role exists (the stack output StepRoleArn), that its trust policy allows ` +
        'sts:AssumeRole to the service principal states.amazonaws.com, and that the caller may iam:PassRole it to states.amazonaws.com.',
    );
    this.name = 'RoleNotAssumableError';
  }
}

/** A retryable answer: what to say while waiting, or undefined when the error is final. */
export type Classify = (err: unknown) => string | undefined;

/** Retried everywhere: a concurrent publish or version delete on the same machine (ConflictException, HTTP 409). */
export const conflict: Classify = (err) => (errorName(err) === 'ConflictException' ? 'a concurrent change to the same state machine (ConflictException)' : undefined);

/**
 * Calls `call` until it succeeds; an error that `classify` names is retried with back-off, any other is thrown.
 * With `role`, an answer that the role cannot be assumed yet is retried too, for at most ROLE_PROPAGATION_LIMIT_MS,
 * then RoleNotAssumableError is thrown. Each retry is logged.
 */
export async function retrying<T>(
  call: () => Promise<T>,
  options: WaitLimits & {
    /** The call, for the log and a timeout: "CreateStateMachine pump". */
    what: string;
    classify?: Classify;
    role?: { roleArn: string; stateMachineName: string };
  },
): Promise<T> {
  const now = options.now ?? Date.now;
  let roleSince: number | undefined;
  let roleError: unknown;
  let attempt = 0;
  const roleGiveUp = (): RoleNotAssumableError =>
    new RoleNotAssumableError(options.role!.roleArn, options.role!.stateMachineName, (now() - (roleSince ?? now())) / 1000, errorMessage(roleError));
  try {
    return await waitFor(
      async () => {
        attempt += 1;
        try {
          return { done: true, value: await call() };
        } catch (err) {
          let seen: string | undefined;
          if (options.role && isRoleNotAssumableYet(err)) {
            roleSince ??= now();
            roleError = err;
            if (now() - roleSince >= ROLE_PROPAGATION_LIMIT_MS) throw roleGiveUp();
            seen = `role ${options.role.roleArn} not assumable by Step Functions yet`;
          } else {
            seen = options.classify?.(err);
            if (seen) roleError = undefined;
          }
          if (!seen) throw err;
          core.info(`${options.what}: ${seen}; retrying (attempt ${attempt})`);
          return { done: false, seen };
        }
      },
      { ...options, what: `${options.what} to succeed`, initialDelayMs: 1000, maxDelayMs: 10_000 },
    );
  } catch (err) {
    // The deadline came first: still name the role when that is what was waited for.
    if (err instanceof WaitTimeoutError && roleError !== undefined) throw roleGiveUp();
    throw err;
  }
}
