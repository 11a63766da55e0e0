// The ways a stack operation ends badly, as errors that say what happened and what to do.
import type { FailedResource } from './stack-events';

/** CloudFormation answers a missing stack with a ValidationError ("Stack with id X does not exist"). */
export function isStackMissing(err: unknown): boolean {
  return err instanceof Error && err.name === 'ValidationError' && /does not exist/i.test(err.message);
}

/** The stack the operation needs has not been deployed. */
export class StackMissingError extends Error {
  constructor(
    readonly stackName: string,
    readonly region: string,
  ) {
    super(`Stack '${stackName}' does not exist in ${region}: run the action with operation: deploy first`);
    this.name = 'StackMissingError';
  }
}

/** The stack exists but is in a state whose outputs cannot be trusted, or that needs a person to act. */
export class StackNotUsableError extends Error {
  constructor(
    readonly stackName: string,
    readonly status: string,
    advice: string,
    readonly statusReason?: string,
  ) {
    super(`Stack '${stackName}' is in ${status}${statusReason ? ` (${statusReason})` : ''}: ${advice}`);
    this.name = 'StackNotUsableError';
  }
}

/** A create, update or delete that ended in a failure status; names the resources that failed and why. */
export class StackFailedError extends Error {
  constructor(
    readonly stackName: string,
    readonly operation: string,
    readonly status: string,
    readonly failures: readonly FailedResource[],
    statusReason?: string,
  ) {
    const causes = failures.map((f) => `${f.logicalId} (${f.resourceType}) ${f.status}: ${f.reason}`);
    const why = causes.length > 0 ? causes.join('; ') : (statusReason ?? 'no reason given');
    super(`Stack '${stackName}' ${operation} failed with status ${status}: ${why}`);
    this.name = 'StackFailedError';
  }
}

/** A change set CloudFormation could not create for a reason other than "nothing to change". */
export class ChangeSetFailedError extends Error {
  constructor(
    readonly stackName: string,
    readonly changeSetName: string,
    readonly reason: string,
  ) {
    super(`Change set '${changeSetName}' for stack '${stackName}' failed: ${reason}`);
    this.name = 'ChangeSetFailedError';
  }
}
