// Waiting on a condition with a deadline: poll with full-jitter exponential back-off, never a fixed sleep.

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
  initialDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
  sleep?: Sleep;
  now?: () => number;
}

/** The result of one poll: done with a value, or not yet with a description of what was seen. */
export type Poll<T> = { done: true; value: T } | { done: false; seen?: string };

/**
 * Calls `poll` until it reports done, sleeping with full-jitter exponential back-off between calls
 * (never past the deadline). Throws WaitTimeoutError naming `what` and the last state seen.
 */
export async function waitFor<T>(poll: () => Promise<Poll<T>>, options: WaitOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const doSleep = options.sleep ?? sleep;
  const started = now();
  let base = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 5000;
  let last: string | undefined;
  for (;;) {
    const result = await poll();
    if (result.done) return result.value;
    last = result.seen ?? last;
    const remaining = options.deadline - now();
    if (remaining <= 0) throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
    const delay = Math.min(remaining, Math.max(50, Math.random() * base));
    await doSleep(delay, options.signal);
    base = Math.min(max, base * 2);
  }
}
