// Runs one execution with aws-local-stepfunctions: every Task state gets a local handler (by state
// name, as the library keys them) that calls the emulated services; Wait states (fixed Seconds) and
// Retry intervals are shortened by the endpoint's time scale; the library's event stream becomes the
// run's history and final status.
import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { Backends, EndpointSettings } from '../../types';
import { allStates, type MachineDefinition, type StateDefinition } from './definition';
import { HistoryBuilder, TaskJournal, type HistoryEvent, type LibraryEvent, type Outcome } from './history';
import { taskHandler, type TaskHandler } from './tasks';

/**
 * AWS lets a Task run for up to 99999999 s unless it says otherwise; the library defaults to 60 s and
 * a timer cannot exceed 2^31-1 ms, so an unbounded Task gets the longest timer Node allows.
 */
const UNBOUNDED_TASK_SECONDS = 2_147_483;

/** AWS fails a run whose history reaches this many events; it also bounds memory for a fast endless loop. */
export const MAX_HISTORY_EVENTS = 25_000;
const HISTORY_FULL = {
  error: 'States.Runtime',
  cause: `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`,
};

export interface RunRequest {
  executionArn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  roleArn: string;
  region: string;
  input: string;
  definition: MachineDefinition;
  startDate: number;
  /** Where history events go (the execution's record). */
  events: HistoryEvent[];
}

export interface RunningExecution {
  /** Settles with the outcome once the run has ended and its last event is recorded. */
  readonly outcome: Promise<Outcome>;
  /** Aborts the run (no-op once it has ended) and resolves when ABORTED is recorded. */
  stop(error?: string, cause?: string): Promise<Outcome>;
}

export function startRun(request: RunRequest, backends: Backends, settings: EndpointSettings): RunningExecution {
  const states = new Map<string, StateDefinition>(allStates(request.definition));
  const journal = new TaskJournal();
  let stopDetails: { error?: string; cause?: string } = {};
  let stopped = false;

  const env = { backends, region: request.region, accountId: settings.accountId, roleArn: request.roleArn, stopped: () => stopped };
  const taskResourceLocalHandlers: Record<string, TaskHandler> = {};
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number[]> = {};
  for (const [name, state] of states) {
    if (state.Type === 'Task' && typeof state.Resource === 'string') {
      const handle = taskHandler(state.Resource, env);
      taskResourceLocalHandlers[name] = async (input) => {
        journal.called(name, input); // synchronously, so the journal is in call order
        const output = await handle(input);
        journal.returned(name, output);
        return output;
      };
    }
    if (state.Type === 'Wait' && typeof state.Seconds === 'number' && settings.timeScale !== 1) {
      waitTimeOverrides[name] = Math.max(0, Math.round(state.Seconds * 1000 * settings.timeScale));
    }
    if (Array.isArray(state.Retry) && settings.timeScale !== 1) {
      // Scaled first interval per retrier (the library's override replaces the back-off, too).
      retryIntervalOverrides[name] = (state.Retry as { IntervalSeconds?: number }[]).map((r) => Math.max(0, Math.round((r.IntervalSeconds ?? 1) * 1000 * settings.timeScale)));
    }
  }

  // Validated on create/update (as AWS does, accepting the pump's endless loop); the library's own
  // validator would reject that loop, so it is turned off.
  const machine = new StateMachine(withTaskTimeouts(request.definition) as unknown as StateMachineDefinition, { validationOptions: { noValidate: true } });
  const execution = machine.run(JSON.parse(request.input) as never, {
    overrides: { taskResourceLocalHandlers: taskResourceLocalHandlers as never, waitTimeOverrides, retryIntervalOverrides },
    context: {
      Execution: { Id: request.executionArn, Name: request.name, RoleArn: request.roleArn, StartTime: new Date(request.startDate).toISOString() },
      StateMachine: { Id: request.stateMachineArn, Name: request.stateMachineName },
    },
  });
  execution.result.catch(() => undefined); // the outcome is read from the event stream

  const history = new HistoryBuilder(request.events, states, journal, { roleArn: request.roleArn, region: request.region, stopDetails: () => stopDetails });
  let historyFull = false;
  const follow = async (): Promise<Outcome> => {
    for await (const event of execution.eventLogs) {
      if (historyFull) {
        // The run may have got ahead of its history: what it did past the limit is not recorded.
        if ((event as LibraryEvent).type !== 'ExecutionAborted') continue;
        history.add('ExecutionFailed', (event as LibraryEvent).timestamp, HISTORY_FULL);
        return { status: 'FAILED', ...HISTORY_FULL };
      }
      const ended = history.record(event as LibraryEvent);
      if (ended) {
        stopped = true;
        return ended;
      }
      if (request.events.length >= MAX_HISTORY_EVENTS - 1 && !stopped) {
        historyFull = true;
        stopped = true;
        execution.abort();
      }
    }
    return failInternally('The run ended without a final event');
  };
  // Whatever goes wrong while following the run ends it as failed, never as an unhandled rejection.
  const failInternally = (cause: string): Outcome => {
    stopped = true;
    execution.abort();
    history.add('ExecutionFailed', Date.now(), { error: 'States.Runtime', cause });
    return { status: 'FAILED', error: 'States.Runtime', cause };
  };
  const outcome = follow().catch((error: unknown) => failInternally(`The local endpoint failed to follow the run: ${(error as Error).message}`));

  return {
    outcome,
    async stop(error, cause) {
      if (!stopped) {
        stopped = true;
        stopDetails = { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
        execution.abort();
      }
      return outcome;
    },
  };
}

/**
 * A copy of the definition where Tasks without a timeout get AWS's (practically unbounded) default.
 * Copied through JSON: the library treats only plain objects of its own realm as payload templates.
 */
function withTaskTimeouts(definition: MachineDefinition): MachineDefinition {
  const copy = JSON.parse(JSON.stringify(definition)) as MachineDefinition;
  for (const [, state] of allStates(copy)) {
    if (state.Type === 'Task' && state.TimeoutSeconds === undefined && state.TimeoutSecondsPath === undefined) {
      state.TimeoutSeconds = UNBOUNDED_TASK_SECONDS;
    }
  }
  return copy;
}
