// Cancellation. The runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process. On the first signal
// the step aborts its waits, says what it was doing, stops the Step Functions runs it started, and exits
// non-zero well before the kill. The runs are also saved with core.saveState for the post step.
import * as core from '@actions/core';

export type CancelSignal = 'SIGINT' | 'SIGTERM';
const SIGNALS: readonly CancelSignal[] = ['SIGINT', 'SIGTERM'];
const EXIT_CODES: Record<CancelSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** What the step has started and is doing now: fed by the operations through ctx.trackExecution / ctx.setActivity. */
export class RunTracker {
  private readonly started: string[] = [];
  private current = 'starting';

  trackExecution(executionArn: string): void {
    if (this.started.includes(executionArn)) return;
    this.started.push(executionArn);
    // The post step reads this back; it runs even when this process was killed.
    core.saveState('executions', JSON.stringify(this.started));
  }

  setActivity(activity: string): void {
    this.current = activity;
    core.debug(`now: ${activity}`);
  }

  get executions(): string[] {
    return [...this.started];
  }

  get activity(): string {
    return this.current;
  }
}

/** The part of `process` the handler needs (injected in tests). */
export interface SignalSource {
  on(event: CancelSignal, listener: (signal: CancelSignal) => void): unknown;
  removeListener(event: CancelSignal, listener: (signal: CancelSignal) => void): unknown;
}

export interface SignalOptions {
  tracker: RunTracker;
  /** Aborted on the first signal; the operations' waits end with an AbortError. */
  controller: AbortController;
  /** Stops those of the given runs that are still RUNNING; returns the ones it stopped. */
  stop: (executionArns: string[], cause: string) => Promise<string[]>;
  /** Optional: a line on the state of what the step was changing (e.g. "stack X is CREATE_IN_PROGRESS"). */
  describe?: () => Promise<string | undefined>;
  /** Runs last, before exiting (e.g. close the in-process endpoint so its state is saved). */
  beforeExit?: () => Promise<void>;
  source?: SignalSource;
  exit?: (code: number) => void;
  /** Bound on the clean-up work, ms: the runner sends SIGTERM 7.5 s after SIGINT. */
  graceMs?: number;
}

export interface SignalGuard {
  /** The signal received, once one arrived. */
  readonly received: CancelSignal | undefined;
  /** Settles after the handler has stopped the runs and called exit. */
  readonly done: Promise<void>;
  /** Removes the listeners (at the end of a normal run). */
  dispose(): void;
}

export function installSignalHandlers(options: SignalOptions): SignalGuard {
  const source = options.source ?? (process as unknown as SignalSource);
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const graceMs = options.graceMs ?? 5000;
  let received: CancelSignal | undefined;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const handle = (signal: CancelSignal): void => {
    if (received) {
      // A second signal while we clean up: the runner is out of patience, so leave now.
      core.warning(`Received ${signal} while stopping after ${received}: exiting now`);
      exit(EXIT_CODES[signal]);
      finish();
      return;
    }
    received = signal;
    void cancel(signal, options, graceMs).finally(() => {
      exit(EXIT_CODES[signal]);
      finish();
    });
  };
  for (const signal of SIGNALS) source.on(signal, handle);

  return {
    get received() {
      return received;
    },
    done,
    dispose() {
      for (const signal of SIGNALS) source.removeListener(signal, handle);
    },
  };
}

async function cancel(signal: CancelSignal, options: SignalOptions, graceMs: number): Promise<void> {
  const { tracker, controller } = options;
  const activity = tracker.activity;
  const cause = `Cancelled by ${signal} while ${activity}`;
  core.warning(`Received ${signal} while ${activity}: cancelling`);
  const reason = new Error(cause);
  reason.name = 'AbortError';
  controller.abort(reason);

  const runs = tracker.executions;
  const work = Promise.all([
    options.describe?.().then(
      (line) => line && core.warning(line),
      (err: unknown) => core.warning(`Could not read the state after ${signal}: ${messageOf(err)}`),
    ),
    runs.length === 0
      ? core.info('No Step Functions run was started by this step')
      : options.stop(runs, cause).then(
          (stopped) =>
            core.info(
              stopped.length > 0
                ? `Stopped ${stopped.length} run(s) this step started: ${stopped.join(', ')}`
                : `None of the ${runs.length} run(s) this step started was still running`,
            ),
          (err: unknown) => core.warning(`Could not stop the runs this step started (${runs.join(', ')}): ${messageOf(err)}`),
        ),
  ]);
  const finished = await within(work, graceMs);
  if (!finished) core.warning(`Clean-up after ${signal} did not finish within ${graceMs / 1000} s; the post step retries it`);
  if (options.beforeExit) await within(options.beforeExit().catch(() => undefined), 1000);
  core.setFailed(cause);
}

/** Waits for `work` at most `ms`; says whether it finished. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
