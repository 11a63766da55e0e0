// Waiting on a condition with a deadline, never a fixed sleep: poll again soon while the awaited thing is moving
// (messages arriving, events streaming, flags turning), and back off with full jitter only while nothing changes.

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Raised when a wait reaches its deadline; the message says what was being waited for. */
export class WaitTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly seconds: number,
    readonly last?: string,
  ) {
    super(`Timed out after ${seconds.toFixed(1)} s waiting for ${what}${last ? ` (last seen: ${last})` : ''}`);
    this.name = 'WaitTimeoutError';
  }
}

export interface WaitOptions {
  /** What is being waited for, in words ("the stack to reach CREATE_COMPLETE"). */
  what: string;
  /** Absolute deadline, ms since epoch (Date.now() scale). */
  deadline: number;
  /** The first pause while idle, and where the back-off starts again after progress. */
  initialDelayMs?: number;
  /** The longest pause while idle. */
  maxDelayMs?: number;
  /**
   * The pause after a poll that saw progress (default: initialDelayMs, no jitter and no growth); 0 polls again at
   * once, for polls that wait by themselves (SQS long polling).
   */
  progressDelayMs?: number;
  signal?: AbortSignal;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * The result of one poll: done with a value, or not yet with a description of what was seen. `progressed` says
 * whether something moved since the last poll; left out, a `seen` that differs from the last poll's counts as
 * progress (so a status or a count that changes is noticed without each caller saying so).
 */
export type Poll<T> = { done: true; value: T } | { done: false; seen?: string; progressed?: boolean };

/**
 * Calls `poll` until it reports done. After a poll that progressed it polls again after `progressDelayMs` and the
 * back-off starts over; after an idle poll it sleeps with full-jitter exponential back-off (initialDelayMs doubling
 * up to maxDelayMs). Never sleeps past the deadline; at the deadline throws WaitTimeoutError naming `what` and the
 * last state seen.
 */
export async function waitFor<T>(poll: () => Promise<Poll<T>>, options: WaitOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const doSleep = options.sleep ?? sleep;
  const started = now();
  const initial = options.initialDelayMs ?? 250;
  const max = Math.max(initial, options.maxDelayMs ?? 5000);
  const progressDelay = options.progressDelayMs ?? initial;
  let base = initial;
  let last: string | undefined;
  for (;;) {
    const result = await poll();
    if (result.done) return result.value;
    const progressed = result.progressed ?? (result.seen !== undefined && last !== undefined && result.seen !== last);
    last = result.seen ?? last;
    const remaining = options.deadline - now();
    if (remaining <= 0) throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
    if (progressed) {
      base = initial;
      if (progressDelay > 0) await doSleep(Math.min(remaining, progressDelay), options.signal);
      else options.signal?.throwIfAborted();
      continue;
    }
    const delay = Math.min(remaining, Math.max(50, Math.random() * base));
    await doSleep(delay, options.signal);
    base = Math.min(max, base * 2);
  }
}

/**
 * A check that costs an AWS call and rarely changes its answer (is the run still RUNNING?), run at most once every
 * `intervalMs`: the first time `intervalMs` after this is made (the caller knows the state at that moment, `initial`),
 * then never sooner than `intervalMs` after the last time. In between it answers what it last found.
 */
export function atMostEvery<T>(intervalMs: number, now: () => number, check: () => Promise<T>, initial: T): () => Promise<T> {
  let last = initial;
  let ranAt = now();
  return async () => {
    if (now() - ranAt < intervalMs) return last;
    last = await check();
    ranAt = now();
    return last;
  };
}
