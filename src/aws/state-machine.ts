// The pump's state machine: find, create, update and delete it; start, stop and list its runs; explain a failed run.
// Every definition put on the machine is published as a version, and runs start on the version they mean.
import * as core from '@actions/core';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionStatus,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  paginateGetExecutionHistory,
  paginateListExecutions,
  paginateListStateMachines,
  type DescribeExecutionCommandOutput,
  type HistoryEvent,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { executionName, type RunContext, type RunInfo } from '../context';
import { waitFor } from '../wait';
import { conflict, errorName, retrying, type Classify, type WaitLimits } from './sfn-retry';
import { runTags, versionDescription } from './state-machine-tags';
import { deleteVersionsLeft, publishVersion, pruneVersions, type PruneResult } from './state-machine-versions';

export { CREATED_BY_TAG, runTags } from './state-machine-tags';
export type { WaitLimits } from './sfn-retry';

type Definition = Record<string, unknown>;

/** The machine's ARN when a machine of that name is listed (the list is paginated and eventually consistent). */
export async function findStateMachine(sfn: SFNClient, name: string): Promise<string | undefined> {
  for await (const page of paginateListStateMachines({ client: sfn, pageSize: 1000 }, {})) {
    const found = page.stateMachines?.find((machine) => machine.name === name);
    if (found?.stateMachineArn) return found.stateMachineArn;
  }
  return undefined;
}

/** What the action needs to know of a machine (or of one of its versions). */
export interface MachineInfo {
  stateMachineArn: string;
  definition: Definition;
  roleArn?: string;
  status?: string;
  description?: string;
}

export async function describeMachine(sfn: SFNClient, stateMachineArn: string): Promise<MachineInfo> {
  const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  return {
    stateMachineArn,
    definition: JSON.parse(described.definition ?? '{}') as Definition,
    roleArn: described.roleArn,
    status: described.status,
    description: described.description,
  };
}

/** The machine's current definition, parsed. */
export async function readDefinition(sfn: SFNClient, stateMachineArn: string): Promise<Definition> {
  return (await describeMachine(sfn, stateMachineArn)).definition;
}

/**
 * The ACTIVE machine of that name, or undefined when there is none. ListStateMachines is eventually consistent and
 * deletion is asynchronous: a machine that is still DELETING, or listed but already gone (StateMachineDoesNotExist),
 * is waited out and looked up again.
 */
export async function locateStateMachine(sfn: SFNClient, name: string, limits: WaitLimits): Promise<MachineInfo | undefined> {
  return waitFor<MachineInfo | undefined>(
    async () => {
      const arn = await findStateMachine(sfn, name);
      if (!arn) return { done: true, value: undefined };
      try {
        const machine = await describeMachine(sfn, arn);
        if (machine.status === 'DELETING') return { done: false, seen: `${name} is DELETING` };
        return { done: true, value: machine };
      } catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist') return { done: false, seen: `${name} listed but already deleted` };
        throw err;
      }
    },
    { ...limits, what: `state machine ${name} to be ACTIVE or gone` },
  );
}

/** A machine of that name is being deleted (an earlier destroy): creating waits until it is gone. */
const deleting: Classify = (err) => (errorName(err) === 'StateMachineDeleting' ? 'a state machine of this name is still being deleted' : undefined);

export interface CreateStateMachineOptions {
  name: string;
  definition: Definition;
  roleArn: string;
  run: RunInfo;
}

/** A machine and the version of its definition (undefined where the endpoint has no versions). */
export interface PublishedMachine {
  stateMachineArn: string;
  versionArn?: string;
}

/**
 * Creates the machine, tagged so it traces back to this workflow run, and publishes its first version. Retried while
 * the role cannot be assumed yet (bounded; then RoleNotAssumableError) and while a machine of the name is DELETING.
 * StateMachineAlreadyExists is thrown as is (the caller looks the machine up again).
 */
export async function createStateMachine(sfn: SFNClient, options: CreateStateMachineOptions, limits: WaitLimits): Promise<PublishedMachine> {
  const created = await retrying(
    () =>
      sfn.send(
        new CreateStateMachineCommand({
          name: options.name,
          definition: JSON.stringify(options.definition),
          roleArn: options.roleArn,
          type: 'STANDARD',
          tags: runTags(options.run),
          publish: true,
          versionDescription: versionDescription(options.run),
        }),
      ),
    { ...limits, what: `CreateStateMachine ${options.name}`, classify: deleting, role: { roleArn: options.roleArn, stateMachineName: options.name } },
  );
  if (!created.stateMachineArn) throw new Error(`CreateStateMachine returned no ARN for ${options.name}`);
  // An idempotent repeat of an earlier create publishes nothing: ask for the version of the current revision.
  const versionArn = created.stateMachineVersionArn ?? (await publishVersion(sfn, created.stateMachineArn, options.run, limits));
  await awaitDefinition(sfn, versionArn ?? created.stateMachineArn, options.definition, limits);
  return { stateMachineArn: created.stateMachineArn, versionArn };
}

/** Same JSON document, whatever the key order (AWS may hand the definition back re-serialised). */
export function sameDefinition(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value as Record<string, unknown>)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Waits until DescribeStateMachine of `arn` (a version: immutable; or the machine where there are no versions)
 * returns exactly this definition. Reads are eventually consistent: a version just published may not be found yet.
 */
async function awaitDefinition(sfn: SFNClient, arn: string, definition: Definition, limits: WaitLimits): Promise<void> {
  await waitFor(
    async () => {
      try {
        const current = await readDefinition(sfn, arn);
        return sameDefinition(current, definition) ? { done: true, value: undefined } : { done: false, seen: 'the old definition' };
      } catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist') return { done: false, seen: 'not found yet' };
        throw err;
      }
    },
    { ...limits, what: `state machine ${arn} to return the new definition` },
  );
}

/**
 * Replaces the machine's definition (and its role, when `roleArn` is given), publishes the result as a version and
 * waits until the version reads back with this definition. Returns the version ARN (undefined where the endpoint has
 * no versions: then the machine itself is read back). Retried on ConflictException (a concurrent publish) and, with
 * a role, while the role cannot be assumed yet.
 */
export async function updateStateMachine(
  sfn: SFNClient,
  stateMachineArn: string,
  definition: Definition,
  limits: WaitLimits & { run: RunInfo; roleArn?: string; stateMachineName?: string },
): Promise<string | undefined> {
  const { run, roleArn } = limits;
  const updated = await retrying(
    () =>
      sfn.send(
        new UpdateStateMachineCommand({
          stateMachineArn,
          definition: JSON.stringify(definition),
          ...(roleArn ? { roleArn } : {}),
          publish: true,
          versionDescription: versionDescription(run),
        }),
      ),
    {
      ...limits,
      what: `UpdateStateMachine ${limits.stateMachineName ?? stateMachineArn}`,
      classify: conflict,
      ...(roleArn ? { role: { roleArn, stateMachineName: limits.stateMachineName ?? stateMachineArn } } : {}),
    },
  );
  const versionArn = updated.stateMachineVersionArn;
  await awaitDefinition(sfn, versionArn ?? stateMachineArn, definition, limits);
  return versionArn;
}

/** What ensureDefinition did. */
export interface DefinitionInPlace extends PublishedMachine {
  change: 'created' | 'updated' | 'unchanged';
  /** The definition the machine had before (updated, unchanged). */
  previous?: Definition;
  /** Versions of this action deleted beyond the newest few, or why none were looked at. */
  pruned: PruneResult;
}

/**
 * The machine `name` with `definition` and `roleArn`, published as a version: created when missing, updated when
 * its definition or role differs (after `beforeUpdate`, e.g. stopping runs of the old definition), otherwise the
 * version of its current revision. A machine created meanwhile (StateMachineAlreadyExists while the list did not
 * show it yet), one DELETING or one deleted meanwhile is looked up again. Then the action's old versions beyond the
 * newest few are deleted, never one in `protect`.
 */
export async function ensureDefinition(
  sfn: SFNClient,
  options: CreateStateMachineOptions,
  limits: WaitLimits & { beforeUpdate?: (machine: MachineInfo) => Promise<void>; protect?: (string | undefined)[] },
): Promise<DefinitionInPlace> {
  const { name, definition, roleArn, run } = options;
  const placed = await waitFor<Omit<DefinitionInPlace, 'pruned'>>(
    async () => {
      const found = await locateStateMachine(sfn, name, limits);
      try {
        if (!found) return { done: true, value: { ...(await createStateMachine(sfn, options, limits)), change: 'created' } };
        const base = { stateMachineArn: found.stateMachineArn, previous: found.definition };
        const roleChanged = found.roleArn !== undefined && found.roleArn !== roleArn;
        if (sameDefinition(found.definition, definition) && !roleChanged) {
          return { done: true, value: { ...base, versionArn: await publishVersion(sfn, found.stateMachineArn, run, limits), change: 'unchanged' } };
        }
        await limits.beforeUpdate?.(found);
        const versionArn = await updateStateMachine(sfn, found.stateMachineArn, definition, {
          ...limits,
          run,
          stateMachineName: name,
          ...(roleChanged ? { roleArn } : {}),
        });
        return { done: true, value: { ...base, versionArn, change: 'updated' } };
      } catch (err) {
        const again = ['StateMachineAlreadyExists', 'StateMachineDeleting', 'StateMachineDoesNotExist'].includes(errorName(err) ?? '');
        if (!again) throw err;
        return { done: false, seen: `${errorName(err)} for ${name}` };
      }
    },
    { ...limits, what: `state machine ${name} to take the definition` },
  );
  const pruned = placed.versionArn
    ? await pruneVersions(sfn, placed.stateMachineArn, { protect: [placed.versionArn, ...(limits.protect ?? [])] })
    : { deleted: [], failed: [], skipped: 'the endpoint has no state machine versions' };
  if (pruned.deleted.length > 0) core.info(`Deleted ${pruned.deleted.length} old version(s) of ${name}: ${pruned.deleted.join(', ')}`);
  for (const failure of pruned.failed) core.warning(`Could not delete an old version of ${name}: ${failure}`, { title: 'State machine versions' });
  if (!placed.versionArn) core.warning(`The endpoint published no version of ${name}: runs start on the machine itself`, { title: 'No state machine version' });
  return { ...placed, pruned };
}

/** The ARN StartExecution gives a run of this name: runs are named under the machine, those of a version too. */
export function expectedExecutionArn(stateMachineArn: string, name: string): string | undefined {
  const match = /^(arn:[^:]+:states:[^:]*:[^:]*):stateMachine:([^:/]+)(?::[^:]+)?$/.exec(stateMachineArn);
  return match ? `${match[1]}:execution:${match[2]}:${name}` : undefined;
}

/**
 * Starts a run named after this workflow run on `stateMachineArn` (the machine or one of its versions). The run is
 * recorded before StartExecution is sent, under the ARN it will have, so that a signal or the post step stops it
 * even when the answer never comes (a cancel while the call is in flight); the ARN answered is recorded too.
 */
export async function startExecution(
  ctx: Pick<RunContext, 'clients' | 'run' | 'now' | 'trackExecution'>,
  stateMachineArn: string,
  label: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  const name = executionName(ctx.run, label, ctx.now());
  const expected = expectedExecutionArn(stateMachineArn, name);
  if (expected) ctx.trackExecution(expected);
  const started = await ctx.clients.sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
  if (!started.executionArn) throw new Error(`StartExecution returned no ARN for ${stateMachineArn}`);
  if (started.executionArn !== expected) ctx.trackExecution(started.executionArn);
  return started.executionArn;
}

export async function describeExecution(sfn: SFNClient, executionArn: string): Promise<DescribeExecutionCommandOutput> {
  return sfn.send(new DescribeExecutionCommand({ executionArn }));
}

/** ARNs of the machine's runs that are RUNNING now (all pages). */
export async function listRunningExecutions(sfn: SFNClient, stateMachineArn: string): Promise<string[]> {
  const arns: string[] = [];
  const pages = paginateListExecutions({ client: sfn, pageSize: 1000 }, { stateMachineArn, statusFilter: ExecutionStatus.RUNNING });
  for await (const page of pages) {
    for (const execution of page.executions ?? []) if (execution.executionArn) arns.push(execution.executionArn);
  }
  return arns;
}

/** Stops one run; a run that already finished or no longer exists is not an error (returns false). */
async function stopOne(sfn: SFNClient, executionArn: string, cause: string): Promise<boolean> {
  try {
    await sfn.send(new StopExecutionCommand({ executionArn, cause }));
    return true;
  } catch (err) {
    // A run that ended between the listing and the stop: nothing to stop.
    if (['ExecutionDoesNotExist', 'ValidationException', 'ExecutionNotRedrivable'].includes(errorName(err) ?? '')) return false;
    throw err;
  }
}

/** A run's status by DescribeExecution; UNKNOWN for a run not found (yet: reads are eventually consistent). */
async function statusOf(sfn: SFNClient, executionArn: string): Promise<string> {
  try {
    return (await describeExecution(sfn, executionArn)).status ?? 'UNKNOWN';
  } catch (err) {
    if (errorName(err) === 'ExecutionDoesNotExist') return 'UNKNOWN';
    throw err;
  }
}

/**
 * Stops every RUNNING run of the machine, and the runs in `known` (runs the caller started, which ListExecutions may
 * not show yet), and waits until DescribeExecution reports each of them out of RUNNING: ListExecutions is eventually
 * consistent and may go on listing a stopped run, or not list a new one yet, so each run's own status decides. Runs
 * that appear meanwhile are stopped too. Returns the ARNs it stopped; `onStatus` hears each status read.
 *
 * Few calls: a run the caller started and the listing shows RUNNING is stopped without reading its status first
 * (any other run is read first, so a stale listing never makes this stop, or claim to stop, a run already over), and
 * a stopped run's status is read in the same pass, so a stop that takes effect at once costs a listing, the stop
 * and one read.
 */
export async function stopRunningExecutions(
  sfn: SFNClient,
  stateMachineArn: string,
  opts: WaitLimits & { cause: string; known?: string[]; onStatus?: (executionArn: string, status: string) => void },
): Promise<string[]> {
  const stopped = new Set<string>();
  const known = new Set(opts.known ?? []);
  const watched = new Set(known);
  const notOver = (status: string | undefined): boolean => status === ExecutionStatus.RUNNING || status === 'UNKNOWN';
  await waitFor(
    async () => {
      const listed = new Set(await listRunningExecutions(sfn, stateMachineArn));
      for (const arn of listed) watched.add(arn);
      const statuses = new Map<string, string>();
      const read = async (arns: string[]): Promise<void> => {
        await Promise.all(arns.map(async (arn) => statuses.set(arn, await statusOf(sfn, arn))));
      };
      const stopAtOnce = (arn: string): boolean => !stopped.has(arn) && known.has(arn) && listed.has(arn);
      await read([...watched].filter((arn) => !stopAtOnce(arn)));
      const toStop = [...watched].filter((arn) => stopAtOnce(arn) || (!stopped.has(arn) && notOver(statuses.get(arn))));
      const results = await Promise.all(toStop.map(async (arn) => [arn, await stopOne(sfn, arn, opts.cause)] as const));
      for (const [arn, didStop] of results) if (didStop) stopped.add(arn);
      // Read back at once what was just stopped: StopExecution usually takes effect before the answer comes.
      await read(toStop);
      for (const [arn, status] of statuses) {
        opts.onStatus?.(arn, status);
        if (!notOver(status)) watched.delete(arn);
      }
      if (watched.size === 0) return { done: true, value: undefined };
      return { done: false, seen: `${watched.size} run(s) still RUNNING by DescribeExecution` };
    },
    { ...opts, what: `no run of ${stateMachineArn} to be RUNNING` },
  );
  return [...stopped];
}

/**
 * Stops those of the given runs that are still RUNNING (signal handling, post step). Never throws for a run
 * that already finished or cannot be read; returns the ARNs it stopped.
 */
export async function stopExecutions(sfn: SFNClient, executionArns: string[], cause: string): Promise<string[]> {
  const outcomes = await Promise.all(
    [...new Set(executionArns)].map(async (executionArn) => {
      try {
        const { status } = await describeExecution(sfn, executionArn);
        if (status !== ExecutionStatus.RUNNING) return undefined;
        return (await stopOne(sfn, executionArn, cause)) ? executionArn : undefined;
      } catch {
        // Best effort: the caller is already cleaning up and reports what it stopped.
        return undefined;
      }
    }),
  );
  return outcomes.filter((arn): arn is string => arn !== undefined);
}

/**
 * Deletes the machine and waits until DescribeStateMachine no longer finds it; AWS deletes its versions with it.
 * Then makes sure none is left (an endpoint that kept them has them deleted here). Already gone: returns.
 * Returns how many versions had to be deleted after the machine.
 */
export async function deleteStateMachine(sfn: SFNClient, stateMachineArn: string, limits: WaitLimits): Promise<{ versionsLeft: number }> {
  try {
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  } catch (err) {
    if (errorName(err) !== 'StateMachineDoesNotExist') throw err;
    return { versionsLeft: await deleteVersionsLeft(sfn, stateMachineArn) };
  }
  await waitFor(
    async () => {
      try {
        const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
        return { done: false, seen: described.status ?? 'still there' };
      } catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist') return { done: true, value: undefined };
        throw err;
      }
    },
    { ...limits, what: `state machine ${stateMachineArn} to be deleted` },
  );
  return { versionsLeft: await deleteVersionsLeft(sfn, stateMachineArn) };
}

/** Why a run failed: the state it failed in, the error and the cause, as read from its history. */
export interface FailureDiagnosis {
  status?: string;
  state?: string;
  error?: string;
  cause?: string;
}

type FailureDetails = { error?: string; cause?: string };

/** Event types that report a failure: TaskFailed, LambdaFunctionScheduleFailed, ExecutionTimedOut, MapIterationFailed… */
const FAILURE_EVENT = /(Failed|TimedOut|Aborted)$/;

/** The error/cause carried by a failure event (from its `<x>EventDetails`), or undefined when it is not one. */
function failureDetails(event: HistoryEvent): FailureDetails | undefined {
  if (!event.type || !FAILURE_EVENT.test(event.type)) return undefined;
  const details = Object.entries(event).find(([key, value]) => key.endsWith('EventDetails') && value)?.[1] as FailureDetails | undefined;
  return { error: details?.error, cause: details?.cause };
}

/** History events read at most while looking for the failing state (a long-running pump has a long history). */
const MAX_EVENTS_SCANNED = 5000;

/**
 * Reads the run's history newest first and returns the failing state (the last state entered before the
 * failure), the error and the cause, for an annotation.
 */
export async function diagnoseFailure(sfn: SFNClient, executionArn: string): Promise<FailureDiagnosis> {
  const diagnosis: FailureDiagnosis = {};
  let failureSeen = false;
  let scanned = 0;
  const pages = paginateGetExecutionHistory({ client: sfn, pageSize: 1000 }, { executionArn, reverseOrder: true });
  for await (const page of pages) {
    for (const event of page.events ?? []) {
      scanned += 1;
      const details = failureDetails(event);
      if (details) {
        failureSeen = true;
        diagnosis.status ??= event.type;
        // The innermost event (a task's) is read last in reverse order and says most precisely what failed.
        if (details.error) diagnosis.error = details.error;
        if (details.cause) diagnosis.cause = details.cause;
      } else if (failureSeen && event.stateEnteredEventDetails?.name) {
        diagnosis.state = event.stateEnteredEventDetails.name;
        return diagnosis;
      }
      if (scanned >= MAX_EVENTS_SCANNED) return diagnosis;
    }
  }
  return diagnosis;
}

/**
 * A Lambda function's error arrives as its JSON error body ({errorType, errorMessage, trace}): for one line, its
 * message and the innermost frame of the function's own code (`/var/task/…`). The rest of the trace (the runtime's
 * frames; with an emulator, possibly paths of the machine it runs on) stays out of logs and annotations.
 */
function readableCause(cause: string | undefined): string | undefined {
  if (!cause?.startsWith('{')) return cause;
  let body: { errorMessage?: unknown; trace?: unknown };
  try {
    body = JSON.parse(cause) as typeof body;
  } catch {
    return cause;
  }
  if (typeof body.errorMessage !== 'string') return cause;
  const frames = Array.isArray(body.trace) ? body.trace.filter((line): line is string => typeof line === 'string') : [];
  const own = frames.find((line) => /^\s*at .*\/var\/task\//.test(line))?.trim();
  return own ? `${body.errorMessage} (${own})` : body.errorMessage;
}

/** One line for logs and annotations: "state 'X' failed: Error: cause". */
export function describeFailure(diagnosis: FailureDiagnosis): string {
  const where = diagnosis.state ? `state '${diagnosis.state}'` : 'the run';
  const what = [diagnosis.error, readableCause(diagnosis.cause)].filter(Boolean).join(': ') || diagnosis.status || 'no error recorded';
  return `${where} failed: ${what}`;
}

/** Whether a run status means the run ended badly (the pump never ends by itself, so SUCCEEDED is unexpected too). */
export function isUnexpectedEnd(status: string | undefined): boolean {
  return status === ExecutionStatus.FAILED || status === ExecutionStatus.TIMED_OUT || status === ExecutionStatus.ABORTED;
}
