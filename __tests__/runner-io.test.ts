// readInput and failStep speak the runner's protocol exactly as core.getInput and core.setFailed do.
import { afterEach, describe, expect, it } from '@jest/globals';
import { failStep, readInput } from '../src/runner-io';

afterEach(() => {
  process.exitCode = undefined;
});

describe('readInput', () => {
  it('reads INPUT_<NAME> upper-cased with hyphens kept and spaces as underscores, trimmed', () => {
    const env = { 'INPUT_STACK-NAME': '  pump \n', INPUT_MY_INPUT: 'x' };
    expect(readInput('stack-name', env)).toBe('pump');
    expect(readInput('my input', env)).toBe('x');
    expect(readInput('missing', env)).toBe('');
  });
});

describe('failStep', () => {
  it('sets exit code 1 and writes one ::error:: command with %, CR and LF escaped', () => {
    const written: string[] = [];
    failStep("Input 'messages': 100% wrong\r\nsecond line", (text) => written.push(text));
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(["::error::Input 'messages': 100%25 wrong%0D%0Asecond line\n"]);
  });
});
