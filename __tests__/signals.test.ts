// Signals: the first SIGINT/SIGTERM aborts the waits, says what the step was doing, stops the runs it started
// and exits non-zero; trackExecution saves the runs for the post step.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import * as core from '../__fixtures__/core';

jest.unstable_mockModule('@actions/core', () => core);
const { RunTracker, installSignalHandlers } = await import('../src/signals');
type SignalSource = import('../src/signals').SignalSource;

/** A stand-in for `process` that a test can send signals through. */
function fakeProcess(): SignalSource & { emit(signal: string): void; count(): number } {
  const emitter = new EventEmitter();
  return {
    on: (event, listener) => emitter.on(event, listener),
    removeListener: (event, listener) => emitter.removeListener(event, listener),
    emit: (signal) => emitter.emit(signal, signal),
    count: () => emitter.listenerCount('SIGINT') + emitter.listenerCount('SIGTERM'),
  };
}

beforeEach(() => core.useInputs({}));

describe('RunTracker', () => {
  it('saves every run it is told about for the post step, once each', () => {
    const tracker = new RunTracker();
    tracker.trackExecution('arn:run:1');
    tracker.trackExecution('arn:run:2');
    tracker.trackExecution('arn:run:1');
    expect(tracker.executions).toEqual(['arn:run:1', 'arn:run:2']);
    expect(core.saveState).toHaveBeenLastCalledWith('executions', JSON.stringify(['arn:run:1', 'arn:run:2']));
  });
});

describe('installSignalHandlers', () => {
  function setUp(stop = jest.fn(async (arns: string[], _cause: string) => arns.slice(0, 1))) {
    const tracker = new RunTracker();
    const controller = new AbortController();
    const source = fakeProcess();
    const exit = jest.fn<(code: number) => void>();
    const describeState = jest.fn(async () => "Stack 'pump' is CREATE_IN_PROGRESS");
    const beforeExit = jest.fn(async () => undefined);
    const guard = installSignalHandlers({ tracker, controller, stop, describe: describeState, beforeExit, source, exit });
    return { tracker, controller, source, exit, stop, describeState, beforeExit, guard };
  }

  it('on SIGINT: aborts, says the activity and the stack state, stops the started runs, exits 130', async () => {
    const { tracker, controller, source, exit, stop, beforeExit, guard } = setUp();
    tracker.trackExecution('arn:run:1');
    tracker.trackExecution('arn:run:2');
    tracker.setActivity("creating stack 'pump'");

    source.emit('SIGINT');
    await guard.done;

    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as Error).name).toBe('AbortError');
    expect(guard.received).toBe('SIGINT');
    expect(stop).toHaveBeenCalledWith(['arn:run:1', 'arn:run:2'], "Cancelled by SIGINT while creating stack 'pump'");
    const warnings = core.warning.mock.calls.map(([line]) => String(line));
    expect(warnings).toContain("Received SIGINT while creating stack 'pump': cancelling");
    expect(warnings).toContain("Stack 'pump' is CREATE_IN_PROGRESS");
    expect(core.info).toHaveBeenCalledWith('Stopped 1 run(s) this step started: arn:run:1');
    expect(core.setFailed).toHaveBeenCalledWith("Cancelled by SIGINT while creating stack 'pump'");
    expect(beforeExit).toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('on SIGTERM with no run started: no stop call, exits 143', async () => {
    const { source, exit, stop, guard } = setUp();
    source.emit('SIGTERM');
    await guard.done;
    expect(stop).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith('No Step Functions run was started by this step');
    expect(exit).toHaveBeenCalledWith(143);
  });

  it('still exits non-zero when stopping the runs fails', async () => {
    const { tracker, source, exit, guard } = setUp(
      jest.fn(async () => {
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }),
    );
    tracker.trackExecution('arn:run:1');
    source.emit('SIGINT');
    await guard.done;
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('ThrottlingException: Rate exceeded'));
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('does not wait past its grace period for a stop that hangs', async () => {
    const tracker = new RunTracker();
    tracker.trackExecution('arn:run:1');
    const source = fakeProcess();
    const exit = jest.fn<(code: number) => void>();
    const guard = installSignalHandlers({
      tracker,
      controller: new AbortController(),
      stop: () => new Promise<string[]>(() => undefined),
      source,
      exit,
      graceMs: 20,
    });
    source.emit('SIGINT');
    await guard.done;
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('did not finish within'));
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('a second signal during clean-up exits at once', async () => {
    let release: (value: string[]) => void = () => undefined;
    const { tracker, source, exit, guard } = setUp(jest.fn(() => new Promise<string[]>((resolve) => (release = resolve))));
    tracker.trackExecution('arn:run:1');
    source.emit('SIGINT');
    source.emit('SIGTERM');
    expect(exit).toHaveBeenCalledWith(143);
    release([]);
    await guard.done;
  });

  it('dispose removes the listeners', () => {
    const { source, guard } = setUp();
    expect(source.count()).toBe(2);
    guard.dispose();
    expect(source.count()).toBe(0);
  });
});
