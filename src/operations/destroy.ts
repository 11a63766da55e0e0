// destroy: stop the pump's runs, delete its state machine, then delete the stack this action created and wait.
import * as core from '@actions/core';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { OperationOutcome, RunContext } from '../context';
import { CREATED_BY_TAG, createdInThisStep, deleteStack, describeStack, stackOptionsOf } from '../aws/stack';
import { StackFailedError, TerminationProtectedError } from '../aws/stack-errors';
import { annotateFailures } from '../aws/stack-events';
import { deleteStateMachine, locateStateMachine, stopRunningExecutions } from '../aws/state-machine';

/** Refusing someone else's stack: deleting it would take their data with it. */
export class ForeignStackError extends Error {
  constructor(readonly stackName: string) {
    super(
      `Stack '${stackName}' was not created by this action (it has no tag ${CREATED_BY_TAG.Key}=${CREATED_BY_TAG.Value}): ` +
        'refusing to delete it; set the input force: true to delete it anyway',
    );
    this.name = 'ForeignStackError';
  }
}

function createdByThisAction(stack: Stack): boolean {
  return (stack.Tags ?? []).some((tag) => tag.Key === CREATED_BY_TAG.Key && tag.Value === CREATED_BY_TAG.Value);
}

export async function destroy(ctx: RunContext): Promise<OperationOutcome> {
  const { stackName, stateMachineName, force } = ctx.inputs;
  const cfn = ctx.clients.cloudformation;

  // Decide about the stack before touching anything, so a refused stack leaves everything as it was.
  const stack = await describeStack(cfn, stackName);
  const keep = stack ? keptByLifecycle(ctx, stack) : false;
  if (stack && !keep) checkStackMayBeDeleted(stackName, stack, force);

  await removeStateMachine(ctx, stateMachineName);

  if (!stack) {
    core.notice(`Stack '${stackName}' does not exist: already gone`, { title: 'Stack already gone' });
    ctx.checks.record({ name: 'stack deleted', passed: true, seconds: 0, detail: `${stackName} was already gone` });
    return { outputs: {} };
  }
  if (keep) {
    core.notice(
      `Stack '${stackName}' existed before this step (${stack.StackStatus}): lifecycle deletes only a stack it created, so it is left as it was`,
      { title: 'Stack left in place' },
    );
    ctx.checks.record({ name: 'stack left in place', passed: true, seconds: 0, detail: `${stackName} existed before this step; not deleted` });
    return { outputs: {} };
  }
  return deleteTheStack(ctx, stack);
}

/**
 * In a lifecycle, the teardown deletes only a stack this very step created: a stack that was there before (a
 * healthy deployment the step's deploy then failed to update, say) is someone's and is left alone.
 */
function keptByLifecycle(ctx: RunContext, stack: Stack): boolean {
  return ctx.inputs.operation === 'lifecycle' && !createdInThisStep(stack);
}

/**
 * Refuses, before anything is touched, a stack destroy must not delete: one with termination protection
 * (CloudFormation would refuse the delete only after the state machine was gone), and one this action did not
 * create unless force is set.
 */
function checkStackMayBeDeleted(stackName: string, stack: Stack, force: boolean): void {
  if (stack.EnableTerminationProtection) throw new TerminationProtectedError(stackName);
  if (!createdByThisAction(stack)) {
    if (!force) throw new ForeignStackError(stackName);
    core.warning(`Stack '${stackName}' was not created by this action; deleting it because force is set`, {
      title: 'Deleting a foreign stack',
    });
  }
}

/** Deletes the stack (with the service role, if any) and records the check; DELETE_FAILED names what is left. */
async function deleteTheStack(ctx: RunContext, stack: Stack): Promise<OperationOutcome> {
  const { stackName } = ctx.inputs;
  const started = ctx.now();
  const seconds = () => (ctx.now() - started) / 1000;
  try {
    await deleteStack(ctx.clients.cloudformation, stack, stackOptionsOf(ctx));
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof StackFailedError) annotateFailures(err.failures);
    ctx.checks.record({
      name: 'stack deleted',
      passed: false,
      seconds: seconds(),
      detail: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
  const took = seconds();
  ctx.checks.record({ name: 'stack deleted', passed: true, seconds: took, detail: `${stackName} DELETE_COMPLETE in ${took.toFixed(1)} s` });
  return { outputs: {}, timings: { 'stack delete': took } };
}

/**
 * Stops the machine's running runs (until DescribeExecution shows each out of RUNNING), then deletes it, which
 * deletes its versions too (any an endpoint kept are deleted after it), each a check. A machine still DELETING
 * from an earlier destroy is waited out. A failure here is recorded (it fails the step) but does not stop the
 * teardown: the stack's resources are still deleted.
 */
async function removeStateMachine(ctx: RunContext, name: string): Promise<void> {
  const sfn = ctx.clients.sfn;
  const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
  let arn: string | undefined;
  await ctx.checks.check('runs stopped before teardown', async () => {
    arn = (await locateStateMachine(sfn, name, limits))?.stateMachineArn;
    if (!arn) return `no state machine named ${name}`;
    ctx.setActivity(`stopping the runs of ${name}`);
    const runs = await stopRunningExecutions(sfn, arn, { ...limits, cause: `Stopped by ${ctx.run.runUrl} (destroy)` });
    return runs.length === 0 ? 'none was running' : `${runs.length} run(s) stopped, none RUNNING`;
  });
  await ctx.checks.check('state machine deleted', async () => {
    // Looked up again only when the first check failed before finding it.
    arn ??= (await locateStateMachine(sfn, name, limits))?.stateMachineArn;
    if (!arn) return `${name} was already gone`;
    ctx.setActivity(`deleting state machine ${name}`);
    const { versionsLeft } = await deleteStateMachine(sfn, arn, limits);
    return versionsLeft > 0 ? `${name} deleted; ${versionsLeft} version(s) left behind by the endpoint deleted after it` : `${name} deleted with its versions`;
  });
}
