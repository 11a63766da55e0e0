// The behaviour settings: strict timings scaled like Wait states, contract cooldowns always on, and the
// strings users give (CLI flags, LOCAL_ENDPOINT_* variables) checked with an error naming the setting.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BEHAVIOUR_ENV, parseBehaviour, resolveBehaviour } from '../../src/endpoint/behaviour';

const envName = (key: keyof typeof BEHAVIOUR_ENV): string => BEHAVIOUR_ENV[key];

describe('resolveBehaviour', () => {
  it('is lenient by default: no propagation, consistency lag or faults, but the queue cooldowns stay on', () => {
    const behaviour = resolveBehaviour({ propagationSeconds: 5, faultRate: 0.5 }, 1);
    expect(behaviour).toMatchObject({ strict: false, propagationMs: 0, consistencyMs: 0, faultRate: 0, queueNameCooldownMs: 60_000, purgeCooldownMs: 60_000 });
  });

  it('scales every strict duration and cooldown by the time scale, with the documented defaults', () => {
    const behaviour = resolveBehaviour({ strict: true }, 0.1);
    expect(behaviour).toMatchObject({ strict: true, propagationMs: 800, consistencyMs: 200, queueNameCooldownMs: 6000, purgeCooldownMs: 6000 });
  });

  it('takes overrides and the fault rate only in strict mode', () => {
    const behaviour = resolveBehaviour({ strict: true, propagationSeconds: 1, consistencySeconds: 0, faultRate: 0.05, faultSeed: 7 }, 1);
    expect(behaviour).toMatchObject({ propagationMs: 1000, consistencyMs: 0, faultRate: 0.05, faultSeed: 7 });
  });
});

describe('parseBehaviour', () => {
  it('reads the environment variables the action passes to its own endpoint', () => {
    const parsed = parseBehaviour({ strict: 'true', faultRate: '0.05', faultSeed: '42', propagationSeconds: '' }, envName);
    expect(parsed).toMatchObject({ strict: true, faultRate: 0.05, faultSeed: 42, propagationSeconds: undefined });
  });

  it.each([
    [{ faultRate: '1.5' }, "LOCAL_ENDPOINT_FAULT_RATE must be a number from 0 to 1, got '1.5'"],
    [{ faultSeed: '1.5' }, "LOCAL_ENDPOINT_FAULT_SEED must be an integer from 0 to 2147483647, got '1.5'"],
    [{ consistencySeconds: 'soon' }, "LOCAL_ENDPOINT_CONSISTENCY_SECONDS must be a number from 0 to 3600, got 'soon'"],
    [{ strict: 'yes' }, "LOCAL_ENDPOINT_STRICT must be true or false, got 'yes'"],
  ])('refuses %j naming the setting', (values, message) => {
    expect(() => parseBehaviour(values, envName)).toThrow(message);
  });

  it('reads a caller policy file and refuses one that is not a policy, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'behaviour-'));
    const good = join(dir, 'policy.json');
    writeFileSync(good, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] }));
    expect(parseBehaviour({ callerPolicy: good }, envName).callerPolicy).toMatchObject({ Statement: [{ Action: 'sqs:*' }] });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"Version": "2012-10-17"}');
    expect(() => parseBehaviour({ callerPolicy: bad }, envName)).toThrow(`the caller policy '${bad}' has no Statement`);
    expect(() => parseBehaviour({ callerPolicy: join(dir, 'missing.json') }, envName)).toThrow(/cannot read the caller policy/);
  });
});
