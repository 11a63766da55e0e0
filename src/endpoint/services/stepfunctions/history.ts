// A run's history as GetExecutionHistory returns it, built from aws-local-stepfunctions' event stream.
// The library reports states entered/exited/failed/retried, Map iterations and the run's end; the
// task-level events AWS also writes (TaskScheduled/Started/Succeeded/Failed, LambdaFunction*) are
// derived here from the state's Resource plus what the task handlers saw (their parameters and raw
// results, in the journal), so that every event lands in the one ordered stream the library produces.
import { describeResource } from './tasks';
import type { StateDefinition } from './definition';
import { resolvePath } from './definition';

export interface HistoryEvent {
  id: number;
  previousEventId: number;
  /** Epoch ms (the wire wants seconds; the handler converts). */
  timestamp: number;
  type: string;
  [details: string]: unknown;
}

/** How a run ended, taken from the library's final event. */
export type Outcome =
  | { status: 'SUCCEEDED'; output: string }
  | { status: 'FAILED'; error: string; cause: string }
  | { status: 'TIMED_OUT'; error: string; cause: string }
  | { status: 'ABORTED'; error?: string; cause?: string };

/** What the task handlers saw, per state name, in call order. */
export class TaskJournal {
  private readonly inputs = new Map<string, unknown[]>();
  private readonly results = new Map<string, unknown[]>();

  called(state: string, input: unknown): void {
    push(this.inputs, state, input);
  }
  returned(state: string, output: unknown): void {
    push(this.results, state, output);
  }
  takeInput(state: string, fallback: unknown): unknown {
    return this.inputs.get(state)?.shift() ?? fallback;
  }
  takeResult(state: string, fallback: unknown): unknown {
    return this.results.get(state)?.shift() ?? fallback;
  }
}

function push(map: Map<string, unknown[]>, key: string, value: unknown): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

/** The library's event (aws-local-stepfunctions EventLog), loosely typed: only the fields used here. */
export interface LibraryEvent {
  type: string;
  timestamp: number;
  input?: unknown;
  output?: unknown;
  Error?: string;
  Cause?: unknown;
  index?: number;
  state?: { name: string; type: string; input: unknown; output?: unknown };
  parentState?: { name: string; type: string; input: unknown };
}

const text = (value: unknown): string => JSON.stringify(value ?? null);
const causeText = (cause: unknown): string => (typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : JSON.stringify(cause ?? ''));
const dataDetails = (value: unknown, key: 'input' | 'output'): Record<string, unknown> => ({ [key]: text(value), [`${key}Details`]: { truncated: false } });

export class HistoryBuilder {
  /** States whose current attempt failed (a caught failure still exits, but did not succeed). */
  private readonly failedAttempts = new Set<string>();

  constructor(
    readonly events: HistoryEvent[],
    private readonly states: Map<string, StateDefinition>,
    private readonly journal: TaskJournal,
    private readonly run: { roleArn: string; region: string; stopDetails: () => { error?: string; cause?: string } },
  ) {}

  add(type: string, timestamp: number, details?: Record<string, unknown>): void {
    const id = this.events.length + 1;
    // AWS names the details after the event type, except that every <Type>StateEntered/Exited event
    // carries stateEnteredEventDetails/stateExitedEventDetails (the SDK drops any other key).
    const key = type.endsWith('StateEntered')
      ? 'stateEnteredEventDetails'
      : type.endsWith('StateExited')
        ? 'stateExitedEventDetails'
        : `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
    this.events.push({ id, previousEventId: id - 1, timestamp, type, ...(details ? { [key]: details } : {}) });
  }

  /** Records one library event; returns the run's outcome when the event ends the run. */
  record(event: LibraryEvent): Outcome | undefined {
    const at = event.timestamp;
    switch (event.type) {
      case 'ExecutionStarted':
        this.add('ExecutionStarted', at, { ...dataDetails(event.input, 'input'), roleArn: this.run.roleArn });
        return undefined;
      case 'ExecutionSucceeded':
        this.add('ExecutionSucceeded', at, dataDetails(event.output, 'output'));
        return { status: 'SUCCEEDED', output: text(event.output) };
      case 'ExecutionFailed': {
        const failure = { error: event.Error ?? 'States.Runtime', cause: causeText(event.Cause) };
        this.add('ExecutionFailed', at, failure);
        return { status: 'FAILED', ...failure };
      }
      case 'ExecutionAborted': {
        const details = this.run.stopDetails();
        this.add('ExecutionAborted', at, details);
        return { status: 'ABORTED', ...details };
      }
      case 'ExecutionTimeout': {
        const failure = { error: 'States.Timeout', cause: 'The execution ran longer than the TimeoutSeconds of its state machine' };
        this.add('ExecutionTimedOut', at, failure);
        return { status: 'TIMED_OUT', ...failure };
      }
      case 'MapIterationStarted':
      case 'MapIterationSucceeded':
      case 'MapIterationFailed':
        // AWS's map iteration details are the Map state's name and the index (a failure's error is on the task's event).
        this.add(event.type, at, { name: event.parentState?.name, index: event.index });
        return undefined;
      case 'StateEntered':
        this.stateEntered(event, at);
        return undefined;
      case 'StateExited':
        this.stateExited(event, at);
        return undefined;
      case 'StateFailed':
        this.stateFailed(event, at);
        return undefined;
      case 'StateRetried':
        this.failedAttempts.delete(attemptKey(event)); // a new attempt
        if (event.state?.type === 'Task') this.taskScheduled(event.state.name, event.state.input, at);
        return undefined;
      default:
        return undefined; // StateCaught, Parallel branch events: AWS writes no event of their own
    }
  }

  private stateEntered(event: LibraryEvent, at: number): void {
    const state = event.state;
    if (!state) return;
    this.failedAttempts.delete(attemptKey(event));
    this.add(`${state.type}StateEntered`, at, { name: state.name, ...dataDetails(state.input, 'input') });
    if (state.type === 'Task') this.taskScheduled(state.name, state.input, at);
    if (state.type === 'Map') {
      const items = resolvePath(this.states.get(state.name)?.ItemsPath ?? '$', state.input);
      if (Array.isArray(items)) this.add('MapStateStarted', at, { length: items.length });
    }
    if (state.type === 'Parallel') this.add('ParallelStateStarted', at);
  }

  private taskScheduled(name: string, stateInput: unknown, at: number): void {
    const info = describeResource(this.states.get(name)?.Resource ?? '');
    const parameters = this.journal.takeInput(name, stateInput);
    if (info.kind === 'lambda-function') {
      this.add('LambdaFunctionScheduled', at, { resource: info.resource, ...dataDetails(parameters, 'input') });
      this.add('LambdaFunctionStarted', at);
      return;
    }
    this.add('TaskScheduled', at, { resourceType: info.resourceType, resource: info.resource, region: this.run.region, parameters: text(parameters) });
    this.add('TaskStarted', at, { resourceType: info.resourceType, resource: info.resource });
  }

  private stateExited(event: LibraryEvent, at: number): void {
    const state = event.state;
    if (!state) return;
    const failed = this.failedAttempts.delete(attemptKey(event));
    if (state.type === 'Task' && !failed) {
      const info = describeResource(this.states.get(state.name)?.Resource ?? '');
      const result = this.journal.takeResult(state.name, state.output);
      if (info.kind === 'lambda-function') this.add('LambdaFunctionSucceeded', at, dataDetails(result, 'output'));
      else this.add('TaskSucceeded', at, { resourceType: info.resourceType, resource: info.resource, ...dataDetails(result, 'output') });
    }
    if (state.type === 'Map' && !failed) this.add('MapStateSucceeded', at);
    if (state.type === 'Parallel' && !failed) this.add('ParallelStateSucceeded', at);
    this.add(`${state.type}StateExited`, at, { name: state.name, ...dataDetails(state.output, 'output') });
  }

  private stateFailed(event: LibraryEvent, at: number): void {
    const state = event.state;
    if (!state) return;
    this.failedAttempts.add(attemptKey(event));
    const failure = { error: event.Error ?? 'States.Runtime', cause: causeText(event.Cause) };
    if (state.type === 'Task') {
      const info = describeResource(this.states.get(state.name)?.Resource ?? '');
      if (info.kind === 'lambda-function') this.add('LambdaFunctionFailed', at, failure);
      else this.add('TaskFailed', at, { resourceType: info.resourceType, resource: info.resource, ...failure });
    }
    if (state.type === 'Map') this.add('MapStateFailed', at);
    if (state.type === 'Parallel') this.add('ParallelStateFailed', at);
  }
}

/** One state's attempt within one Map iteration. */
function attemptKey(event: LibraryEvent): string {
  return `${event.state?.name}#${event.index ?? ''}`;
}
