// End to end across processes: deploy, demo and destroy as separate steps, with the endpoint restarted between
// them on the same state directory (as separate jobs or a runner restart would), so every step finds what the
// previous one left.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectSucceeded, runAction } from './helpers/action';
import { clientsFor } from './helpers/clients';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';
import { findStack } from './helpers/readback';

const STACK = 'doc-example-stepfunctions-messages-stack';
const STEP_MS = 180_000;

describe('steps on an endpoint restarted between them', () => {
  let stateDir: string;
  let endpoint: StartedProcess | undefined;

  /** A fresh endpoint process on the same state directory. */
  const restart = async () => {
    await endpoint?.stop();
    endpoint = await startEndpointProcess({ stateDir, timeScale: 0.05 });
    return endpoint.url;
  };
  const step = async (operation: string) =>
    runAction({ inputs: { operation, 'timeout-seconds': '120' }, endpointUrl: await restart(), timeoutMs: STEP_MS });

  beforeAll(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-restart-'));
  });
  afterAll(async () => {
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  test('deploy, then demo after a restart, then destroy after another', async () => {
    expectSucceeded(await step('deploy'));

    const demo = await step('demo');
    expectSucceeded(demo);
    expect(JSON.parse(demo.outputs.checks).filter((c: { passed: boolean }) => !c.passed)).toEqual([]);

    const destroy = await step('destroy');
    expectSucceeded(destroy);
    // Read back on yet another restart: nothing comes back from an older snapshot.
    const aws = clientsFor(await restart());
    try {
      expect(await findStack(aws.cloudformation, STACK)).toBeUndefined();
    } finally {
      aws.destroy();
    }
  }, 3 * STEP_MS);
});
