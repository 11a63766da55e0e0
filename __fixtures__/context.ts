// A RunContext for unit tests: real SDK clients (mocked by aws-sdk-client-mock in each test), a fake clock that
// only moves when the code under test sleeps, so deadlines are reached without real time passing.
import { jest } from '@jest/globals';
import { createClients } from '../src/aws/clients';
import { CheckRecorder } from '../src/checks';
import { DEFAULTS, type ActionInputs } from '../src/inputs';
import type { RunContext, RunInfo } from '../src/context';
import type { Sleep } from '../src/wait';

/** A clock that stands still until someone sleeps or a test advances it. */
export interface FakeClock {
  now(): number;
  advance(ms: number): void;
}

export function createFakeClock(start = Date.UTC(2026, 0, 1, 12, 0, 0)): FakeClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export const testRun: RunInfo = {
  repository: 'octo/repo',
  runId: 42,
  runAttempt: 1,
  runUrl: 'https://github.com/octo/repo/actions/runs/42',
  workflow: 'test',
};

export function createTestInputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  return {
    operation: 'demo',
    stackName: DEFAULTS.stackName,
    stateMachineName: DEFAULTS.stateMachineName,
    templatePath: '/action/setup.yaml',
    includeSqs: true,
    messages: [...DEFAULTS.messages],
    timeoutSeconds: DEFAULTS.timeoutSeconds,
    region: 'us-east-1',
    force: false,
    ...overrides,
  };
}

export type TestContext = RunContext & {
  clock: FakeClock;
  trackExecution: jest.Mock<(executionArn: string) => void>;
  setActivity: jest.Mock<(activity: string) => void>;
};

/**
 * Builds a RunContext; pass only what a test cares about. `inputs` is merged over the defaults, other keys
 * replace the default field. The deadline is now + timeoutSeconds on the fake clock.
 */
export function createTestContext(
  overrides: Partial<Omit<RunContext, 'inputs'>> & { inputs?: Partial<ActionInputs>; clock?: FakeClock } = {},
): TestContext {
  const { inputs: inputOverrides, clock: givenClock, ...rest } = overrides;
  const clock = givenClock ?? createFakeClock();
  const inputs = createTestInputs(inputOverrides);
  // Sleeping moves the fake clock and resolves at once, so waitFor reaches its deadline without real time.
  const sleep: Sleep = (ms, signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
    clock.advance(ms);
    return Promise.resolve();
  };
  const now = rest.now ?? clock.now;
  return {
    inputs,
    clients: createClients({ region: 'us-east-1' }),
    checks: new CheckRecorder(now),
    run: testRun,
    signal: new AbortController().signal,
    deadline: now() + inputs.timeoutSeconds * 1000,
    sleep,
    now,
    trackExecution: jest.fn<(executionArn: string) => void>(),
    setActivity: jest.fn<(activity: string) => void>(),
    ...rest,
    clock,
  } as TestContext;
}
