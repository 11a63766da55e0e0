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
    /** The failed stack's id, which still finds it (and its events) once a stack of the same name replaces it. */
    readonly stackId?: string,
  ) {
    super(`Stack '${stackName}' ${operation} failed with status ${status}: ${describeFailures(failures, statusReason)}`);
    this.name = 'StackFailedError';
  }
}

function describeFailures(failures: readonly FailedResource[], statusReason?: string): string {
  const causes = failures.map(
    (f) => `${f.logicalId} (${f.resourceType}${f.physicalId ? ` ${f.physicalId}` : ''}) ${f.status}: ${f.reason}`,
  );
  return causes.length > 0 ? causes.join('; ') : (statusReason ?? 'no reason given');
}

/**
 * SQS refused the queue's name because a queue of that name was deleted less than 60 s before
 * (AWS.SimpleQueueService.QueueDeletedRecently: "You must wait 60 seconds after deleting a queue before you can
 * create another with the same name."), as CloudFormation reports it for the queue resource.
 */
export function isQueueNameCooldown(err: StackFailedError): boolean {
  // Only when that is the whole story: a create that also failed for another reason would fail again.
  const causes = err.failures.filter((f) => f.resourceType !== 'AWS::CloudFormation::Stack');
  return causes.length > 0 && causes.every((f) => QUEUE_NAME_COOLDOWN.test(f.reason));
}

const QUEUE_NAME_COOLDOWN = /QueueDeletedRecently|wait 60 seconds after deleting a queue/i;

/**
 * A delete that ended DELETE_FAILED: the stack still exists and still holds the resources named here. Says what to
 * do: remove what keeps each one (its reason says what) and run destroy again, or, to give up on a resource,
 * delete the stack retaining it and remove it by hand.
 */
export class StackDeleteFailedError extends StackFailedError {
  constructor(stackName: string, failures: readonly FailedResource[], statusReason?: string) {
    super(stackName, 'delete', 'DELETE_FAILED', failures, statusReason);
    const retain = failures.map((f) => f.logicalId).join(' ');
    this.message +=
      `. The stack still exists with ${failures.length > 0 ? 'these resources' : 'its remaining resources'}: ` +
      'fix what each reason names (e.g. empty or release the resource) and run operation: destroy again' +
      (retain
        ? `; or keep them out of the delete with: aws cloudformation delete-stack --stack-name ${stackName} --retain-resources ${retain}` +
          ' (then delete those resources yourself)'
        : '');
    this.name = 'StackDeleteFailedError';
  }
}

/** destroy refuses a stack with termination protection: CloudFormation would refuse the delete anyway, after the teardown began. */
export class TerminationProtectedError extends Error {
  constructor(readonly stackName: string) {
    super(
      `Stack '${stackName}' has termination protection enabled: nothing was deleted. If it is meant to go, turn the ` +
        `protection off first (aws cloudformation update-termination-protection --no-enable-termination-protection ` +
        `--stack-name ${stackName}), then run operation: destroy again`,
    );
    this.name = 'TerminationProtectedError';
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
