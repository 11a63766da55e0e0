// The pump's state machine: find, create, update and delete it; start, stop and list its runs; explain a failed run.
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
import { waitFor, type WaitOptions } from '../wait';

/** How long a wait may go on and how it sleeps: the part of WaitOptions a caller supplies. */
export type WaitLimits = Pick<WaitOptions, 'deadline' | 'signal' | 'sleep' | 'now'>;

/** The tag that marks what this action made, and the tags that trace it back to the workflow run. */
export const CREATED_BY_TAG = { key: 'created-by', value: 'stepfunctions-message-pump-action' } as const;

export function runTags(run: RunInfo): { key: string; value: string }[] {
  return [
    { ...CREATED_BY_TAG },
    { key: 'github:repository', value: run.repository },
    { key: 'github:run-url', value: run.runUrl },
  ];
}

const errorName = (err: unknown): string | undefined => (err instanceof Error ? err.name : undefined);

/** The machine's ARN when a machine of that name exists (the list is paginated). */
export async function findStateMachine(sfn: SFNClient, name: string): Promise<string | undefined> {
  for await (const page of paginateListStateMachines({ client: sfn, pageSize: 1000 }, {})) {
    const found = page.stateMachines?.find((machine) => machine.name === name);
    if (found?.stateMachineArn) return found.stateMachineArn;
  }
  return undefined;
}

export interface CreateStateMachineOptions {
  name: string;
  definition: Record<string, unknown>;
  roleArn: string;
  run: RunInfo;
}

/** Creates the machine, tagged so it traces back to this workflow run; returns its ARN. */
export async function createStateMachine(sfn: SFNClient, options: CreateStateMachineOptions): Promise<string> {
  const created = await sfn.send(
    new CreateStateMachineCommand({
      name: options.name,
      definition: JSON.stringify(options.definition),
      roleArn: options.roleArn,
      type: 'STANDARD',
      tags: runTags(options.run),
    }),
  );
  if (!created.stateMachineArn) throw new Error(`CreateStateMachine returned no ARN for ${options.name}`);
  return created.stateMachineArn;
}

/** The machine's current definition, parsed. */
export async function readDefinition(sfn: SFNClient, stateMachineArn: string): Promise<Record<string, unknown>> {
  const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  return JSON.parse(described.definition ?? '{}') as Record<string, unknown>;
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
 * Replaces the machine's definition and waits until DescribeStateMachine returns it (updates are eventually
 * consistent: a run started right after UpdateStateMachine may otherwise still use the old one).
 */
export async function updateStateMachine(
  sfn: SFNClient,
  stateMachineArn: string,
  definition: Record<string, unknown>,
  limits: WaitLimits,
): Promise<void> {
  await sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: JSON.stringify(definition) }));
  await waitFor(
    async () => {
      const current = await readDefinition(sfn, stateMachineArn);
      return sameDefinition(current, definition) ? { done: true, value: undefined } : { done: false, seen: 'the old definition' };
    },
    { ...limits, what: `state machine ${stateMachineArn} to return the new definition` },
  );
}

/** Starts a run named after this workflow run and records it so a signal or the post step can stop it. */
export async function startExecution(
  ctx: Pick<RunContext, 'clients' | 'run' | 'now' | 'trackExecution'>,
  stateMachineArn: string,
  label: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  const started = await ctx.clients.sfn.send(
    new StartExecutionCommand({
      stateMachineArn,
      name: executionName(ctx.run, label, ctx.now()),
      input: JSON.stringify(input),
    }),
  );
  if (!started.executionArn) throw new Error(`StartExecution returned no ARN for ${stateMachineArn}`);
  ctx.trackExecution(started.executionArn);
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

/**
 * Stops every RUNNING run of the machine and waits until ListExecutions(RUNNING) is empty; runs that appear
 * meanwhile are stopped too. Returns the ARNs it stopped.
 */
export async function stopRunningExecutions(
  sfn: SFNClient,
  stateMachineArn: string,
  opts: WaitLimits & { cause: string },
): Promise<string[]> {
  const stopped = new Set<string>();
  await waitFor(
    async () => {
      const running = await listRunningExecutions(sfn, stateMachineArn);
      if (running.length === 0) return { done: true, value: undefined };
      const fresh = running.filter((arn) => !stopped.has(arn));
      const results = await Promise.all(fresh.map(async (arn) => [arn, await stopOne(sfn, arn, opts.cause)] as const));
      for (const [arn, didStop] of results) if (didStop) stopped.add(arn);
      return { done: false, seen: `${running.length} run(s) still RUNNING` };
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

/** Deletes the machine and waits until DescribeStateMachine no longer finds it. Already gone: returns. */
export async function deleteStateMachine(sfn: SFNClient, stateMachineArn: string, limits: WaitLimits): Promise<void> {
  try {
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  } catch (err) {
    if (errorName(err) === 'StateMachineDoesNotExist') return;
    throw err;
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

/** One line for logs and annotations: "state 'X' failed: Error: cause". */
export function describeFailure(diagnosis: FailureDiagnosis): string {
  const where = diagnosis.state ? `state '${diagnosis.state}'` : 'the run';
  const what = [diagnosis.error, diagnosis.cause].filter(Boolean).join(': ') || diagnosis.status || 'no error recorded';
  return `${where} failed: ${what}`;
}

/** Whether a run status means the run ended badly (the pump never ends by itself, so SUCCEEDED is unexpected too). */
export function isUnexpectedEnd(status: string | undefined): boolean {
  return status === ExecutionStatus.FAILED || status === ExecutionStatus.TIMED_OUT || status === ExecutionStatus.ABORTED;
}
