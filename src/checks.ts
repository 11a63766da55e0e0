// Named checks: every "show" of the reference becomes a check that passes or fails, with its duration and detail.
import { WaitTimeoutError } from './wait';

export interface CheckResult {
  name: string;
  passed: boolean;
  seconds: number;
  detail: string;
}

/** Thrown by a check body to fail the check with a specific detail. */
export class CheckFailure extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'CheckFailure';
  }
}

export class CheckRecorder {
  private readonly results: CheckResult[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Runs `body` as the check `name`. The body returns the detail of a pass; it fails the check by throwing
   * (CheckFailure for an expected mismatch, WaitTimeoutError when its condition never came, any other error).
   * Returns whether the check passed. Never throws, except when the run was cancelled (AbortError passes through).
   */
  async check(name: string, body: () => Promise<string>): Promise<boolean> {
    const started = this.now();
    try {
      const detail = await body();
      this.record({ name, passed: true, seconds: (this.now() - started) / 1000, detail });
      return true;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const detail =
        err instanceof CheckFailure || err instanceof WaitTimeoutError
          ? err.message
          : `${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
      this.record({ name, passed: false, seconds: (this.now() - started) / 1000, detail });
      return false;
    }
  }

  record(result: CheckResult): void {
    this.results.push({ ...result, seconds: Math.round(result.seconds * 100) / 100 });
  }

  list(): CheckResult[] {
    return [...this.results];
  }

  get failed(): CheckResult[] {
    return this.results.filter((r) => !r.passed);
  }
}
