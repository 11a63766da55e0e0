// One bundled endpoint process for a describe block: started (with a state directory, so steps share it) before
// its tests, with SDK clients pointed at it, and stopped and cleaned up after them.
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from './action';
import { clientsFor, type TestClients } from './clients';
import { startEndpointProcess, type StartedProcess } from './processes';

export const STEP_MS = 180_000;

export interface EndpointSuite {
  readonly endpoint: StartedProcess;
  readonly aws: TestClients;
  /** Runs one step of the action against this endpoint (timeout-seconds 120 unless `inputs` says otherwise). */
  step(operation: string, inputs?: Record<string, string>): Promise<ActionRun>;
}

export function endpointForSuite(name: string, options: { timeScale?: number; args?: string[] } = {}): EndpointSuite {
  let endpoint: StartedProcess | undefined;
  let aws: TestClients | undefined;
  let stateDir: string | undefined;
  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), `G-e2e-${name}-`));
    endpoint = await startEndpointProcess({ stateDir, timeScale: options.timeScale ?? 0.05, args: options.args });
    aws = clientsFor(endpoint.url);
  }, 30_000);
  afterAll(async () => {
    aws?.destroy();
    await endpoint?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the suite endpoint is used before beforeAll started it');
    return value;
  };
  return {
    get endpoint() {
      return started(endpoint);
    },
    get aws() {
      return started(aws);
    },
    step: (operation, inputs = {}) =>
      runAction({ inputs: { operation, 'timeout-seconds': '120', ...inputs }, endpointUrl: started(endpoint).url, timeoutMs: STEP_MS }),
  };
}
