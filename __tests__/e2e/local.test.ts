// End to end with no endpoint of our own: `operation: lifecycle` with `endpoint-url: local`, the way the quick
// start, act and @github/local-action run it (the action starts the endpoint in-process and stops it at the end).
import { describe, expect, test } from '@jest/globals';
import { expectSucceeded, runAction } from './helpers/action';

describe('lifecycle on the in-process endpoint (endpoint-url: local)', () => {
  test('deploys, demonstrates and destroys, every check passing, with no AWS credentials', async () => {
    const run = await runAction({
      inputs: { operation: 'lifecycle', 'endpoint-url': 'local', 'timeout-seconds': '120' },
      // No credentials and no region at all: the local endpoint needs neither.
      env: { LOCAL_ENDPOINT_TIME_SCALE: '0.05', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_REGION: '' },
      timeoutMs: 240_000,
    });
    expectSucceeded(run);
    const checks: { name: string; passed: boolean }[] = JSON.parse(run.outputs.checks);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    // deploy, demo and destroy each recorded their checks.
    expect(checks.map((c) => c.name)).toEqual(expect.arrayContaining(['stack deployed', 'stack deleted']));
    expect(checks.length).toBeGreaterThanOrEqual(8);
    expect(run.outputs.result).toBe('passed');
    expect(run.summary).toContain('```mermaid');
  }, 240_000);
});
