// report(): outputs, annotations, the totals notice, the job summary (checks table, Mermaid, timings), setFailed.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core';
import { pumpDefinition } from '../__fixtures__/pump-definition';

jest.unstable_mockModule('@actions/core', () => core);
const { report, describeError, LoggingCheckRecorder } = await import('../src/report');

const passedCheck = { name: 'messages marked sent', passed: true, seconds: 4.2, detail: '3/3 messages sent=true' };
const failedCheck = { name: 'late message received', passed: false, seconds: 30, detail: 'Timed out after 30.0 s waiting for <late> message' };

const outputsSet = (): Record<string, string> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, String(value)]));

beforeEach(() => core.useInputs({}));

describe('report', () => {
  it('sets result, checks and the operation outputs, a notice with the totals, and does not fail when all passed', async () => {
    await report({
      operation: 'demo',
      checks: [passedCheck],
      outcome: { outputs: { 'state-machine-arn': 'arn:sm', 'execution-arn': 'arn:ex' } },
      errors: [],
      seconds: 12.34,
    });
    const outputs = outputsSet();
    expect(outputs.result).toBe('passed');
    expect(JSON.parse(outputs.checks)).toEqual([passedCheck]);
    expect(outputs['state-machine-arn']).toBe('arn:sm');
    expect(outputs['execution-arn']).toBe('arn:ex');
    expect(core.notice).toHaveBeenCalledWith('1 of 1 checks passed in 12.3 s', expect.anything());
    expect(core.error).not.toHaveBeenCalled();
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('annotates each failed check with its name as title and fails the step naming the failed checks', async () => {
    await report({ operation: 'demo', checks: [passedCheck, failedCheck], outcome: { outputs: {} }, errors: [], seconds: 40 });
    expect(outputsSet().result).toBe('failed');
    expect(core.error).toHaveBeenCalledTimes(1);
    expect(core.error).toHaveBeenCalledWith(failedCheck.detail, { title: failedCheck.name });
    expect(core.notice).toHaveBeenCalledWith('1 of 2 checks passed in 40.0 s', expect.anything());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed.mock.calls[0][0]).toContain('1 of 2 checks failed: late message received');
  });

  it('fails the step with the errors of operations that threw, even with no failed check', async () => {
    await report({ operation: 'lifecycle', checks: [], outcome: { outputs: {} }, errors: ['demo failed: StackMissingError: gone'], seconds: 1 });
    expect(outputsSet().result).toBe('failed');
    expect(core.setFailed).toHaveBeenCalledWith('demo failed: StackMissingError: gone');
    expect(core.summary.stringify()).toContain('demo failed: StackMissingError: gone');
  });

  it('writes the summary: heading, the checks table, a mermaid block of the definition, and timings', async () => {
    await report({
      operation: 'demo',
      checks: [passedCheck, failedCheck],
      outcome: { outputs: {}, definition: pumpDefinition(), timings: { 'first pass': 4.25 } },
      errors: [],
      seconds: 40,
    });
    expect(core.summary.written).toBe(1);
    const text = core.summary.stringify();
    expect(text).toContain('Message pump: demo failed');
    const table = core.summary.parts.find((part) => part.includes('messages marked sent')) as string;
    const rows = JSON.parse(table) as unknown[][];
    expect(rows.slice(1)).toEqual([
      ['✅', 'messages marked sent', '4.2', '3/3 messages sent=true'],
      ['❌', 'late message received', '30.0', 'Timed out after 30.0 s waiting for &lt;late&gt; message'],
    ]);
    const mermaid = text.match(/```mermaid\n([\s\S]*?)\n```/);
    expect(mermaid?.[1]).toMatch(/^flowchart TD/);
    expect(mermaid?.[1]).toContain('"Pause Then Loop"');
    expect(text).toContain('first pass');
    expect(text).toContain('total');
  });

  it('leaves the diagram out when the operation reported no definition', async () => {
    await report({ operation: 'deploy', checks: [], outcome: { outputs: { 'stack-outputs': '{}' } }, errors: [], seconds: 3 });
    expect(core.summary.stringify()).not.toContain('```mermaid');
    expect(outputsSet()['stack-outputs']).toBe('{}');
    expect(core.setFailed).not.toHaveBeenCalled();
  });
});

describe('LoggingCheckRecorder', () => {
  it('logs each check as it is recorded', async () => {
    const checks = new LoggingCheckRecorder();
    await checks.check('one', async () => 'fine');
    await checks.check('two', async () => {
      throw new Error('broken');
    });
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines[0]).toMatch(/^✅ one \(\d+\.\d s\): fine$/);
    expect(lines[1]).toMatch(/^❌ two \(\d+\.\d s\): Error: broken$/);
    expect(checks.list().map((c) => c.passed)).toEqual([true, false]);
  });
});

describe('describeError', () => {
  it('names AWS errors and keeps plain errors to their message', () => {
    const aws = Object.assign(new Error('Stack with id x does not exist'), { name: 'ValidationError' });
    expect(describeError(aws)).toBe('ValidationError: Stack with id x does not exist');
    expect(describeError(new Error('plain'))).toBe('plain');
    expect(describeError('text')).toBe('text');
  });
});
