// What every operation receives: the validated inputs, the AWS clients, the checks, the deadline and the cancellation signal.
import type { ActionInputs } from './inputs';
import type { Clients } from './aws/clients';
import type { CheckRecorder } from './checks';
import type { Sleep } from './wait';

/** Where the run comes from (from @actions/github's context), so what it makes in AWS traces back to it. */
export interface RunInfo {
  repository: string; // owner/name
  runId: number;
  runAttempt: number;
  /** e.g. https://github.com/owner/name/actions/runs/123 */
  runUrl: string;
  workflow: string;
}

/** Things an operation learned that main reports: step outputs and the definition for the summary diagram. */
export interface OperationOutcome {
  /** Step outputs to set (kebab-case keys, or the stack's own output keys). */
  outputs: Record<string, string>;
  /** The ASL definition in use at the end of the operation, for the Mermaid diagram. */
  definition?: Record<string, unknown>;
  /** Named durations (seconds) for the summary's timings section. */
  timings?: Record<string, number>;
}

export interface RunContext {
  inputs: ActionInputs;
  clients: Clients;
  checks: CheckRecorder;
  run: RunInfo;
  /** Aborted on SIGINT/SIGTERM; every wait passes it on. */
  signal: AbortSignal;
  /** ms since epoch by which the operation's waits must end (now + timeout-seconds at the operation's start). */
  deadline: number;
  sleep: Sleep;
  now: () => number;
  /** Records an execution this step started, so the signal handler and the post step can stop it. */
  trackExecution(executionArn: string): void;
  /** Records what the step is doing right now (said when a signal arrives), e.g. "creating stack X". */
  setActivity(activity: string): void;
}

/** A run name unique to this workflow run and attempt (Step Functions: at most 80 chars, [A-Za-z0-9-_]). */
export function executionName(run: RunInfo, label: string, now: number): string {
  const raw = `gh-${run.runId}-${run.runAttempt}-${label}-${now.toString(36)}`;
  return raw.replace(/[^A-Za-z0-9-_]/g, '-').slice(0, 80);
}
