// The CloudFormation stack: create it, update it through a change set, recover it from ROLLBACK_COMPLETE, delete it,
// read its outputs. Every wait polls DescribeStacks through waitFor (deadline, cancellation, injectable sleep)
// and prints the stack's events as they arrive, so the log shows progress and a failure shows its cause.
import * as core from '@actions/core';
import {
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type Change,
  type CloudFormationClient,
  type DescribeChangeSetCommandOutput,
  type Stack,
  type Tag,
} from '@aws-sdk/client-cloudformation';
import type { RunContext } from '../context';
import { waitFor, type Sleep } from '../wait';
import { StackEventStream, type FailedResource } from './stack-events';
import {
  ChangeSetFailedError,
  StackDeleteFailedError,
  StackFailedError,
  StackMissingError,
  StackNotUsableError,
  isQueueNameCooldown,
  isStackMissing,
} from './stack-errors';

export {
  ChangeSetFailedError,
  StackDeleteFailedError,
  StackFailedError,
  StackMissingError,
  StackNotUsableError,
  TerminationProtectedError,
  isStackMissing,
} from './stack-errors';

/** The tag that marks a stack as made by this action; destroy refuses stacks without it unless forced. */
export const CREATED_BY_TAG = { Key: 'created-by', Value: 'stepfunctions-message-pump-action' } as const;

/** The stack's roles have names, so CloudFormation must be told that it may create named IAM resources. */
const CAPABILITIES = ['CAPABILITY_NAMED_IAM' as const];

/** CloudFormation's limit for a template passed inline (TemplateBody); larger ones must come from S3. */
const MAX_TEMPLATE_BODY_BYTES = 51_200;

/**
 * SQS: "You must wait 60 seconds after deleting a queue before you can create another with the same name."
 * (Amazon SQS API Reference, CreateQueue.) Re-creating a stack soon after deleting it meets this.
 */
export const QUEUE_NAME_COOLDOWN_MS = 60_000;
/** Creates of one deploy that may fail on the queue-name cooldown before deploy gives up. */
const MAX_CREATE_ATTEMPTS = 3;

/** States whose resources and outputs are complete: the stack can be used and updated. */
const USABLE = new Set([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  // Only old resources are being removed: the outputs are already the new ones.
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
]);

/**
 * States that hold nothing worth keeping and can only be deleted: a first create that rolled back, and a stack
 * that a CREATE change set left empty.
 */
const RECREATE = new Set(['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS']);

/** A no-op change set fails with one of these reasons (the wording differs between change sets and UpdateStack). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

/** Whether CloudFormation is still working on the stack (REVIEW_IN_PROGRESS waits for a person, not for AWS). */
export function isInProgress(status: string | undefined): boolean {
  return !!status && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

export interface StackWaitOptions {
  /** ms since epoch by which every wait must end. */
  deadline: number;
  signal?: AbortSignal;
  sleep?: Sleep;
  now?: () => number;
  /** Told before each long step, so a cancelled run can say what it was doing. */
  setActivity?: (activity: string) => void;
  /** A CloudFormation service role for CreateStack, CreateChangeSet and DeleteStack (the input role-arn). */
  roleArn?: string;
  /**
   * Start of the ClientRequestTokens of this step's CloudFormation calls ([A-Za-z][-A-Za-z0-9]*), so an SDK
   * retry after a lost answer is recognised by CloudFormation as the same request rather than a second one.
   */
  tokenPrefix?: string;
}

/** The start of a step's ClientRequestTokens ([A-Za-z][-A-Za-z0-9]*): unique to the workflow run, attempt and step. */
export function requestTokenPrefix(run: { runId: number; runAttempt: number }, now: number): string {
  return `gh-${run.runId}-${run.runAttempt}-${now.toString(36)}`;
}

/** A step's options for its stack calls: its deadline, signal and clock, its activity, request tokens and service role. */
export function stackOptionsOf(ctx: Pick<RunContext, 'deadline' | 'signal' | 'sleep' | 'now' | 'setActivity' | 'run' | 'inputs'>): StackWaitOptions {
  const { roleArn } = ctx.inputs;
  return {
    deadline: ctx.deadline,
    signal: ctx.signal,
    sleep: ctx.sleep,
    now: ctx.now,
    setActivity: (activity) => ctx.setActivity(activity),
    tokenPrefix: requestTokenPrefix(ctx.run, ctx.now()),
    ...(roleArn ? { roleArn } : {}),
  };
}

let tokensIssued = 0;

/** A ClientRequestToken unique to one call of this step; undefined when the caller gave no prefix. */
function requestToken(options: StackWaitOptions, call: string): string | undefined {
  if (!options.tokenPrefix) return undefined;
  tokensIssued += 1;
  return `${options.tokenPrefix}-${call}-${tokensIssued}`.slice(0, 128);
}

/**
 * The stacks this step created (by stack id). A step is one process, so this is exactly "created in this step":
 * lifecycle's teardown deletes only a stack found here (see createdInThisStep).
 */
const createdStackIds = new Set<string>();

/** Whether this step created the stack (by its id: a stack of the same name made earlier is another stack). */
export function createdInThisStep(stack: Stack): boolean {
  return !!stack.StackId && createdStackIds.has(stack.StackId);
}

/** The stack, or undefined when it does not exist (by name: deleted stacks are not found; by id they are). */
export async function describeStack(cfn: CloudFormationClient, stack: string): Promise<Stack | undefined> {
  try {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: stack }));
    return Stacks?.[0];
  } catch (err) {
    if (isStackMissing(err)) return undefined;
    throw err;
  }
}

/** The stack's outputs as OutputKey -> OutputValue. */
export function outputsOf(stack: Stack): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const output of stack.Outputs ?? []) {
    if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? '';
  }
  return outputs;
}

/**
 * The outputs of a deployed stack. Throws StackMissingError when there is no such stack, and StackNotUsableError
 * naming the status when the stack is being changed or did not reach a complete state.
 */
export async function readStackOutputs(cfn: CloudFormationClient, stackName: string): Promise<Record<string, string>> {
  const stack = await describeStack(cfn, stackName);
  if (!stack) throw new StackMissingError(stackName, await regionOf(cfn));
  const status = stack.StackStatus ?? 'UNKNOWN';
  if (!USABLE.has(status)) {
    throw new StackNotUsableError(
      stackName,
      status,
      isInProgress(status)
        ? 'wait until CloudFormation has finished, then run again'
        : 'run the action with operation: deploy to repair it',
      stack.StackStatusReason,
    );
  }
  return outputsOf(stack);
}

export interface DeployRequest {
  stackName: string;
  templateBody: string;
  /** Tags of a new stack. An update keeps the stack's tags, so that an unchanged template is a no-op. */
  tags: Tag[];
  /** Name of the change set an update creates ([A-Za-z][-A-Za-z0-9]*, unique to this run). */
  changeSetName: string;
  /** How long SQS refuses a deleted queue's name (default 60 s; shorter on a time-scaled local endpoint). */
  queueNameCooldownMs?: number;
}

export type DeployAction = 'created' | 'recreated' | 'updated' | 'unchanged';

export interface DeployResult {
  action: DeployAction;
  stack: Stack;
  /** The resource changes applied by an update. */
  changes: Change[];
}

/**
 * Brings the stack to the template: waits out an operation in progress, deletes and re-creates a stack that can
 * only be deleted, creates a missing stack, and updates an existing one through a change set (an empty change set
 * is a success with nothing done). Throws StackFailedError naming the failed resources, WaitTimeoutError naming
 * what it waited for, StackNotUsableError for a stack that needs a person.
 */
export async function deployStack(
  cfn: CloudFormationClient,
  request: DeployRequest,
  options: StackWaitOptions,
): Promise<DeployResult> {
  const { stackName } = request;
  const size = Buffer.byteLength(request.templateBody);
  if (size > MAX_TEMPLATE_BODY_BYTES) {
    throw new Error(
      `Template for stack '${stackName}' is ${size} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BODY_BYTES} inline`,
    );
  }

  let stack = await describeStack(cfn, stackName);
  if (stack && isInProgress(stack.StackStatus)) {
    stack = await waitForOtherOperation(cfn, stack, options);
    // That operation may have been a delete.
    if (stack?.StackStatus === 'DELETE_COMPLETE') stack = undefined;
  }

  let recreated = false;
  if (stack && RECREATE.has(stack.StackStatus ?? '')) {
    core.warning(
      `Stack '${stackName}' is in ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}: ` +
        'it can only be deleted, so it is deleted and created again',
      { title: `Re-creating stack ${stackName}` },
    );
    await deleteStack(cfn, stack, options);
    stack = undefined;
    recreated = true;
  }

  if (!stack) {
    const created = await createStackAfterCooldown(cfn, request, options);
    return { action: recreated ? 'recreated' : 'created', stack: created, changes: [] };
  }

  const status = stack.StackStatus ?? 'UNKNOWN';
  if (!USABLE.has(status)) {
    throw new StackNotUsableError(
      stackName,
      status,
      'CloudFormation cannot update it from here; fix or delete it (operation: destroy), then deploy again',
      stack.StackStatusReason,
    );
  }
  return updateStack(cfn, stack, request, options);
}

/**
 * Creates the stack; when the create fails only because a queue of the same name was deleted less than 60 s ago
 * (a stack deleted just before: destroy then deploy, ROLLBACK_COMPLETE recovery, lifecycle twice), deletes the
 * rolled-back stack, waits until the cooldown has passed (within the deadline) and creates it again.
 */
async function createStackAfterCooldown(cfn: CloudFormationClient, request: DeployRequest, options: StackWaitOptions): Promise<Stack> {
  const { stackName } = request;
  const now = options.now ?? Date.now;
  const cooldownMs = request.queueNameCooldownMs ?? QUEUE_NAME_COOLDOWN_MS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createStack(cfn, request, options);
    } catch (err) {
      if (!(err instanceof StackFailedError) || !isQueueNameCooldown(err) || attempt >= MAX_CREATE_ATTEMPTS) throw err;
      // The queue was deleted before this failure was seen, so its cooldown ends at most cooldownMs from now.
      const until = now() + cooldownMs;
      const seconds = Math.round(cooldownMs / 1000);
      core.warning(
        `Stack '${stackName}' could not be created: SQS refuses a queue name for ${seconds} s after a queue of that name ` +
          'is deleted, and this one was deleted moments ago. Deleting the rolled-back stack, then creating it again once that time has passed',
        { title: `Waiting out SQS's queue-name cooldown for ${stackName}` },
      );
      const rolledBack = await describeStack(cfn, err.stackId ?? stackName);
      if (rolledBack && rolledBack.StackStatus !== 'DELETE_COMPLETE') await deleteStack(cfn, rolledBack, options);
      if (until > options.deadline) {
        throw new Error(
          `Stack '${stackName}' must wait until SQS's ${seconds} s queue-name cooldown has passed, which is after the ` +
            `step's deadline: run deploy again in a minute, or raise timeout-seconds`,
          { cause: err },
        );
      }
      const what = `SQS's ${seconds} s queue-name cooldown to pass before creating stack '${stackName}' again`;
      options.setActivity?.(`waiting for ${what}`);
      core.info(`Waiting for ${what} (until ${new Date(until).toISOString()})`);
      await waitFor(
        async () => (now() >= until ? { done: true as const, value: undefined } : { done: false as const, seen: `${Math.ceil((until - now()) / 1000)} s left`, progressed: false }),
        { what, ...waitTiming(options), initialDelayMs: Math.min(1000, cooldownMs), maxDelayMs: Math.max(50, Math.min(10_000, cooldownMs)) },
      );
    }
  }
}

async function createStack(cfn: CloudFormationClient, request: DeployRequest, options: StackWaitOptions): Promise<Stack> {
  const { stackName } = request;
  options.setActivity?.(`creating stack ${stackName}`);
  core.info(`Creating stack '${stackName}'`);
  const token = requestToken(options, 'create');
  const { StackId } = await cfn.send(
    new CreateStackCommand({
      StackName: stackName,
      TemplateBody: request.templateBody,
      Capabilities: CAPABILITIES,
      Tags: request.tags,
      ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
      ...(token ? { ClientRequestToken: token } : {}),
    }),
  );
  const stackId = StackId ?? stackName;
  // Recorded before the wait: a create that fails or times out still made a stack this step owns.
  if (StackId) createdStackIds.add(StackId);
  // A new stack has only this operation's events: no history to skip.
  const stream = new StackEventStream(cfn, stackId);
  const stack = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach CREATE_COMPLETE`, stream, options);
  return expectStatus(stack, stackName, 'create', 'CREATE_COMPLETE', stream, stackId);
}

async function updateStack(
  cfn: CloudFormationClient,
  current: Stack,
  request: DeployRequest,
  options: StackWaitOptions,
): Promise<DeployResult> {
  const { stackName, changeSetName } = request;
  const stackId = current.StackId ?? stackName;
  options.setActivity?.(`creating change set ${changeSetName} for stack ${stackName}`);
  core.info(`Stack '${stackName}' exists (${current.StackStatus}): computing the changes (change set '${changeSetName}')`);
  const token = requestToken(options, 'change-set');
  const { Id } = await cfn.send(
    new CreateChangeSetCommand({
      StackName: stackId,
      ChangeSetName: changeSetName,
      ChangeSetType: 'UPDATE',
      TemplateBody: request.templateBody,
      Capabilities: CAPABILITIES,
      ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
      ...(token ? { ClientToken: token } : {}),
    }),
  );
  const changeSet = Id ?? changeSetName;
  const described = await waitFor(
    async () => {
      const result = await cfn.send(new DescribeChangeSetCommand({ StackName: stackId, ChangeSetName: changeSet }));
      const done = result.Status === 'CREATE_COMPLETE' || result.Status === 'FAILED';
      return done ? { done: true as const, value: result } : { done: false as const, seen: result.Status };
    },
    { what: `change set '${changeSetName}' of stack '${stackName}' to be created`, ...waitTiming(options) },
  );

  if (described.Status === 'FAILED') {
    const reason = described.StatusReason ?? 'no reason given';
    await cfn.send(new DeleteChangeSetCommand({ StackName: stackId, ChangeSetName: changeSet }));
    if (NO_CHANGES.test(reason)) {
      core.notice(`Stack '${stackName}' already matches the template: no changes`, { title: 'Stack unchanged' });
      return { action: 'unchanged', stack: current, changes: [] };
    }
    throw new ChangeSetFailedError(stackName, changeSetName, reason);
  }

  const changes = await allChanges(cfn, stackId, changeSet, described);
  logChanges(changeSetName, changes);

  const stream = new StackEventStream(cfn, stackId);
  await stream.begin();
  options.setActivity?.(`updating stack ${stackName} (change set ${changeSetName})`);
  const executeToken = requestToken(options, 'execute');
  await cfn.send(
    new ExecuteChangeSetCommand({ StackName: stackId, ChangeSetName: changeSet, ...(executeToken ? { ClientRequestToken: executeToken } : {}) }),
  );
  const stack = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach UPDATE_COMPLETE`, stream, options);
  return { action: 'updated', stack: expectStatus(stack, stackName, 'update', 'UPDATE_COMPLETE', stream), changes };
}

/** The change set's changes, following DescribeChangeSet's pages. */
async function allChanges(
  cfn: CloudFormationClient,
  stackId: string,
  changeSet: string,
  first: DescribeChangeSetCommandOutput,
): Promise<Change[]> {
  const changes = [...(first.Changes ?? [])];
  for (let token = first.NextToken; token; ) {
    const page = await cfn.send(new DescribeChangeSetCommand({ StackName: stackId, ChangeSetName: changeSet, NextToken: token }));
    changes.push(...(page.Changes ?? []));
    token = page.NextToken;
  }
  return changes;
}

function logChanges(changeSetName: string, changes: Change[]): void {
  core.startGroup(`Change set ${changeSetName}: ${changes.length} change(s)`);
  for (const { ResourceChange: change } of changes) {
    if (!change) continue;
    const replacement = change.Replacement ? ` (replacement: ${change.Replacement})` : '';
    core.info(`${change.Action ?? '?'} ${change.ResourceType ?? ''} ${change.LogicalResourceId ?? ''}${replacement}`);
  }
  core.endGroup();
}

/**
 * Deletes the stack and waits for DELETE_COMPLETE, first waiting out any other operation in progress.
 * Throws StackFailedError (DELETE_FAILED) naming the resources that could not be deleted.
 */
export async function deleteStack(cfn: CloudFormationClient, stack: Stack, options: StackWaitOptions): Promise<void> {
  const stackName = stack.StackName ?? stack.StackId ?? '?';
  const stackId = stack.StackId ?? stackName;
  let status = stack.StackStatus;
  if (isInProgress(status) && status !== 'DELETE_IN_PROGRESS') {
    status = (await waitForOtherOperation(cfn, stack, options))?.StackStatus;
    if (!status || status === 'DELETE_COMPLETE') return;
  }
  const stream = new StackEventStream(cfn, stackId);
  await stream.begin();
  if (status !== 'DELETE_IN_PROGRESS') {
    options.setActivity?.(`deleting stack ${stackName}`);
    core.info(`Deleting stack '${stackName}'`);
    const token = requestToken(options, 'delete');
    await cfn.send(
      new DeleteStackCommand({
        StackName: stackId,
        ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
        ...(token ? { ClientRequestToken: token } : {}),
      }),
    );
  }
  const after = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach DELETE_COMPLETE`, stream, options);
  if (after && after.StackStatus !== 'DELETE_COMPLETE') {
    if (after.StackStatus === 'DELETE_FAILED') {
      const failures = stream.failures().filter((f) => f.resourceType !== 'AWS::CloudFormation::Stack');
      throw new StackDeleteFailedError(
        stackName,
        failures.length > 0 ? failures : await resourcesNotDeleted(cfn, stackId),
        after.StackStatusReason,
      );
    }
    throw failure(after, stackName, 'delete', stream.failures());
  }
}

/**
 * The resources a DELETE_FAILED stack still holds, with their reasons (DescribeStackResources), for when the
 * events read during the wait did not name them (e.g. the delete was started by another run).
 */
async function resourcesNotDeleted(cfn: CloudFormationClient, stackId: string): Promise<FailedResource[]> {
  const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: stackId }));
  return (StackResources ?? [])
    .filter((resource) => resource.ResourceStatus === 'DELETE_FAILED')
    .map((resource) => ({
      logicalId: resource.LogicalResourceId ?? '?',
      resourceType: resource.ResourceType ?? '',
      status: resource.ResourceStatus ?? 'DELETE_FAILED',
      reason: resource.ResourceStatusReason ?? 'no reason given',
      ...(resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {}),
    }));
}

/**
 * Polls DescribeStacks until CloudFormation has finished with the stack, printing the stream's new events meanwhile
 * inside a log group. Returns the stack as last described, or undefined when it no longer exists.
 */
async function waitUntilSettled(
  cfn: CloudFormationClient,
  stackId: string,
  what: string,
  stream: StackEventStream,
  options: StackWaitOptions,
): Promise<Stack | undefined> {
  options.setActivity?.(`waiting for ${what}`);
  core.startGroup(`Stack events: waiting for ${what}`);
  try {
    return await waitFor(
      async () => {
        const stack = await describeStack(cfn, stackId);
        // Read the events after the status, so the events that explain a final status are always printed.
        const fresh = await stream.poll();
        if (!stack || !isInProgress(stack.StackStatus)) return { done: true, value: stack };
        // While events stream in, CloudFormation is working through the resources: look again soon.
        return { done: false, seen: stack.StackStatus, ...(fresh.length > 0 ? { progressed: true } : {}) };
      },
      { what, ...waitTiming(options) },
    );
  } finally {
    core.endGroup();
  }
}

/** Waits for another operation on the stack to finish, showing only the events from now on. */
async function waitForOtherOperation(
  cfn: CloudFormationClient,
  stack: Stack,
  options: StackWaitOptions,
): Promise<Stack | undefined> {
  const stackName = stack.StackName ?? '?';
  const stackId = stack.StackId ?? stackName;
  core.info(`Stack '${stackName}' is in ${stack.StackStatus}: waiting for that to finish first`);
  const stream = new StackEventStream(cfn, stackId);
  await stream.begin();
  return waitUntilSettled(cfn, stackId, `stack '${stackName}' to finish ${stack.StackStatus}`, stream, options);
}

function expectStatus(
  stack: Stack | undefined,
  stackName: string,
  operation: string,
  expected: string,
  stream: StackEventStream,
  stackId?: string,
): Stack {
  if (stack?.StackStatus === expected) return stack;
  if (!stack) throw new StackFailedError(stackName, operation, 'DELETE_COMPLETE', stream.failures(), 'the stack was deleted', stackId);
  throw failure(stack, stackName, operation, stream.failures());
}

function failure(stack: Stack, stackName: string, operation: string, failures: FailedResource[]): StackFailedError {
  return new StackFailedError(stackName, operation, stack.StackStatus ?? 'UNKNOWN', failures, stack.StackStatusReason, stack.StackId);
}

/** waitFor's timing for stack polls: start quick (the local endpoint answers in milliseconds), back off to 10 s. */
function waitTiming(options: StackWaitOptions) {
  return {
    deadline: options.deadline,
    signal: options.signal,
    sleep: options.sleep,
    now: options.now,
    initialDelayMs: 500,
    maxDelayMs: 10_000,
  };
}

async function regionOf(cfn: CloudFormationClient): Promise<string> {
  const region = cfn.config.region;
  try {
    return typeof region === 'function' ? await region() : String(region);
  } catch {
    return 'the configured region';
  }
}
