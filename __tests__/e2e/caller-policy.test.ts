// End to end under a caller policy: the committed caller policy (policies/caller-policy.json, the file README.md
// links) is enough for the whole lifecycle on the local endpoint, and taking one permission away fails the step
// that needs it with the service's AccessDenied, as on AWS.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION, runAction } from './helpers/action';

const ACCOUNT = '000000000000';
const work = mkdtempSync(join(tmpdir(), 'caller-policy-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The committed caller policy, as a user attaches it to the role the workflow assumes. */
function committedPolicy(): { Statement: { Action: string | string[] }[] } {
  return JSON.parse(readFileSync('policies/caller-policy.json', 'utf8')) as { Statement: { Action: string | string[] }[] };
}

async function lifecycleUnder(policy: unknown, name: string) {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(policy));
  return runAction({
    inputs: { operation: 'lifecycle', 'endpoint-url': 'local', 'timeout-seconds': '120' },
    env: { LOCAL_ENDPOINT_TIME_SCALE: '0.05', LOCAL_ENDPOINT_CALLER_POLICY: file },
    timeoutMs: 240_000,
  });
}

describe('lifecycle under a caller policy (LOCAL_ENDPOINT_CALLER_POLICY)', () => {
  test('the committed caller policy is enough: every check passes', async () => {
    const run = await lifecycleUnder(committedPolicy(), 'readme');
    const checks: { name: string; passed: boolean; detail?: string }[] = JSON.parse(run.outputs.checks ?? '[]');
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(run.outputs.result).toBe('passed');
  }, 240_000);

  test('without sqs:ReceiveMessage the queue checks fail with SQS AccessDenied, and teardown still runs', async () => {
    const policy = committedPolicy();
    for (const statement of policy.Statement) statement.Action = [statement.Action].flat().filter((action) => action !== 'sqs:ReceiveMessage');
    const run = await lifecycleUnder(policy, 'no-receive');
    const checks: { name: string; passed: boolean; detail?: string }[] = JSON.parse(run.outputs.checks ?? '[]');
    const failed = checks.filter((c) => !c.passed);
    expect(failed.map((c) => c.name)).toContain('messages received from the queue');
    expect(failed.find((c) => c.name === 'messages received from the queue')?.detail).toContain(
      `is not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:${REGION}:${ACCOUNT}:doc-example-stepfunctions-queue`,
    );
    expect(checks.find((c) => c.name === 'stack deleted')?.passed).toBe(true);
    expect(run.code).not.toBe(0);
  }, 240_000);
});
