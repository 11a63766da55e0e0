// run(): inputs first (a bad one loads nothing else), the local endpoint when asked, dispatch per operation,
// lifecycle always tears down, and every outcome reported.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core';
import type { OperationOutcome, RunContext } from '../src/context';

/** Which heavy modules main has loaded: a bad input must load none of them. */
const loaded = new Set<string>();

type OperationMock = jest.Mock<(ctx: RunContext) => Promise<OperationOutcome>>;
const operations: Record<'deploy' | 'demo' | 'update' | 'destroy', OperationMock> = {
  deploy: jest.fn(),
  demo: jest.fn(),
  update: jest.fn(),
  destroy: jest.fn(),
};
const fakeClients = {
  sfn: { name: 'sfn' },
  cloudformation: {
    send: jest.fn(async (_command: unknown) => ({
      Stacks: [{ StackName: 'doc-example-stepfunctions-messages-stack', StackStatus: 'CREATE_IN_PROGRESS' }],
    })),
  },
};
const createClients = jest.fn((_config: { region: string; endpoint?: string }) => fakeClients);
const closeEndpoint = jest.fn(async () => undefined);
const startEndpoint = jest.fn(async (_options: Record<string, unknown>) => ({
  url: 'http://127.0.0.1:45678',
  port: 45678,
  close: closeEndpoint,
}));
const checkDefinitionFile = jest.fn((_path: string) => undefined);
const stopExecutions = jest.fn(async (_sfn: unknown, arns: string[], _cause: string) => arns);
const githubContext = {
  runId: 987,
  runAttempt: 2,
  serverUrl: 'https://github.com',
  workflow: 'pump',
  get repo() {
    return { owner: 'octo', repo: 'pump' };
  },
};

// The bad-input path reports without @actions/core; its writer is tested in runner-io.test.ts.
const failStep = jest.fn<(message: string) => void>();
const { readInput } = await import('../src/runner-io');
jest.unstable_mockModule('../src/runner-io', () => ({ readInput, failStep }));
jest.unstable_mockModule('@actions/core', () => {
  loaded.add('@actions/core');
  return core;
});
jest.unstable_mockModule('@actions/github', () => {
  loaded.add('@actions/github');
  return { context: githubContext };
});
jest.unstable_mockModule('../src/aws/clients', () => {
  loaded.add('clients');
  return { createClients };
});
jest.unstable_mockModule('../src/aws/state-machine', () => {
  loaded.add('state-machine');
  return { stopExecutions };
});
jest.unstable_mockModule('../src/endpoint/server', () => {
  loaded.add('endpoint');
  return { startEndpoint };
});
jest.unstable_mockModule('../src/definition/load', () => {
  loaded.add('definition/load');
  return { checkDefinitionFile };
});
for (const [name, fn] of Object.entries(operations)) {
  jest.unstable_mockModule(`../src/operations/${name}`, () => {
    loaded.add(`operations/${name}`);
    return { [name]: fn };
  });
}

const { run } = await import('../src/main');
const { InputError } = await import('../src/inputs');

const outputsSet = (): Record<string, string> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, String(value)]));

let runnerTemp: string;
const listenersBefore = process.listenerCount('SIGINT');
const savedEnv = { ...process.env };
beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'main-test-'));
  process.env.RUNNER_TEMP = runnerTemp;
  delete process.env.AWS_ENDPOINT_URL;
  for (const fn of [...Object.values(operations), failStep, createClients, startEndpoint, closeEndpoint, checkDefinitionFile, stopExecutions]) fn.mockClear();
  for (const fn of Object.values(operations)) fn.mockReset();
});
afterEach(() => {
  process.env = { ...savedEnv };
  rmSync(runnerTemp, { recursive: true, force: true });
});

describe('run: inputs first', () => {
  // First in the file: nothing has been imported yet, so `loaded` shows what a bad input loads.
  it('a bad input fails the step with one message and loads no AWS, GitHub, endpoint or operation module', async () => {
    core.useInputs({ operation: 'bogus', region: 'us-east-1' });
    await run();
    expect(failStep).toHaveBeenCalledTimes(1);
    expect(failStep).toHaveBeenCalledWith("Input 'operation': 'bogus' is not one of deploy, demo, update, destroy, lifecycle");
    expect(core.setFailed).not.toHaveBeenCalled();
    expect([...loaded]).toEqual([]);
    expect(createClients).not.toHaveBeenCalled();
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it('a definition file that is not valid ASL fails before any AWS call', async () => {
    checkDefinitionFile.mockImplementationOnce(() => {
      throw new InputError('definition', 'not valid ASL: States.Foo is not a state type');
    });
    core.useInputs({ operation: 'update', region: 'us-east-1', definition: 'package.json' });
    await run();
    expect(checkDefinitionFile).toHaveBeenCalledWith(join(process.cwd(), 'package.json'));
    expect(failStep).toHaveBeenCalledWith("Input 'definition': not valid ASL: States.Foo is not a state type");
    expect(createClients).not.toHaveBeenCalled();
    expect(operations.update).not.toHaveBeenCalled();
  });
});

describe('run: dispatch', () => {
  it.each(['deploy', 'demo', 'update', 'destroy'] as const)('%s runs that operation alone and reports its outputs', async (name) => {
    operations[name].mockImplementation(async (ctx) => {
      await ctx.checks.check(`${name} check`, async () => 'ok');
      return { outputs: { 'state-machine-arn': `arn:${name}` } };
    });
    core.useInputs({ operation: name, region: 'eu-west-1', 'timeout-seconds': '60' });
    await run();

    expect(operations[name]).toHaveBeenCalledTimes(1);
    for (const other of Object.keys(operations) as (keyof typeof operations)[]) {
      if (other !== name) expect(operations[other]).not.toHaveBeenCalled();
    }
    const ctx = operations[name].mock.calls[0][0];
    expect(ctx.inputs.operation).toBe(name);
    expect(ctx.clients).toBe(fakeClients);
    expect(ctx.run).toEqual({
      repository: 'octo/pump',
      runId: 987,
      runAttempt: 2,
      runUrl: 'https://github.com/octo/pump/actions/runs/987',
      workflow: 'pump',
    });
    expect(ctx.deadline - Date.now()).toBeGreaterThan(0);
    expect(ctx.deadline - Date.now()).toBeLessThanOrEqual(60_000);
    expect(createClients).toHaveBeenCalledWith({ region: 'eu-west-1', endpoint: undefined });
    const outputs = outputsSet();
    expect(outputs.result).toBe('passed');
    expect(outputs['state-machine-arn']).toBe(`arn:${name}`);
    expect(JSON.parse(outputs.checks)).toEqual([expect.objectContaining({ name: `${name} check`, passed: true })]);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('passes an http endpoint-url to the clients', async () => {
    operations.destroy.mockResolvedValue({ outputs: {} });
    core.useInputs({ operation: 'destroy', region: 'us-east-1', 'endpoint-url': 'http://127.0.0.1:4566' });
    await run();
    expect(createClients).toHaveBeenCalledWith({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4566' });
    expect(startEndpoint).not.toHaveBeenCalled();
  });

  it('saves each run an operation starts for the post step', async () => {
    operations.demo.mockImplementation(async (ctx) => {
      ctx.setActivity('waiting for the messages');
      ctx.trackExecution('arn:run:1');
      return { outputs: {} };
    });
    core.useInputs({ operation: 'demo', region: 'us-east-1' });
    await run();
    expect(core.saveState).toHaveBeenCalledWith('executions', JSON.stringify(['arn:run:1']));
  });
});

describe('run: failures', () => {
  it('a failed check fails the step and annotates the check', async () => {
    operations.demo.mockImplementation(async (ctx) => {
      await ctx.checks.check('messages marked sent', async () => 'ok');
      await ctx.checks.check('late message received', async () => {
        throw new Error('nothing arrived');
      });
      return { outputs: {} };
    });
    core.useInputs({ operation: 'demo', region: 'us-east-1' });
    await run();
    expect(core.error).toHaveBeenCalledWith('Error: nothing arrived', { title: 'late message received' });
    expect(outputsSet().result).toBe('failed');
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('late message received'));
  });

  it('an AWS error thrown by an operation fails the step with its name and message, no stack', async () => {
    operations.deploy.mockRejectedValue(
      Object.assign(new Error('Requires capabilities : [CAPABILITY_NAMED_IAM]'), { name: 'InsufficientCapabilitiesException' }),
    );
    core.useInputs({ operation: 'deploy', region: 'us-east-1' });
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    const message = String(core.setFailed.mock.calls[0][0]);
    expect(message).toBe('deploy failed: InsufficientCapabilitiesException: Requires capabilities : [CAPABILITY_NAMED_IAM]');
    expect(message).not.toContain('    at ');
    expect(outputsSet().result).toBe('failed');
  });
});

describe('run: lifecycle', () => {
  it('runs deploy, demo and destroy in order and merges their outcomes', async () => {
    const order: string[] = [];
    operations.deploy.mockImplementation(async () => (order.push('deploy'), { outputs: { 'stack-outputs': '{}' } }));
    operations.demo.mockImplementation(async () => (order.push('demo'), { outputs: { 'execution-arn': 'arn:ex' }, definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } } }));
    operations.destroy.mockImplementation(async () => (order.push('destroy'), { outputs: {} }));
    core.useInputs({ operation: 'lifecycle', region: 'us-east-1' });
    await run();
    expect(order).toEqual(['deploy', 'demo', 'destroy']);
    expect(outputsSet()).toEqual(expect.objectContaining({ 'stack-outputs': '{}', 'execution-arn': 'arn:ex', result: 'passed' }));
    expect(core.summary.stringify()).toContain('```mermaid');
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('destroys even when the demo throws, and reports both', async () => {
    operations.deploy.mockResolvedValue({ outputs: {} });
    operations.demo.mockRejectedValue(new Error('Timed out after 300.0 s waiting for the run'));
    operations.destroy.mockImplementation(async (ctx) => {
      await ctx.checks.check('stack deleted', async () => 'gone');
      return { outputs: {} };
    });
    core.useInputs({ operation: 'lifecycle', region: 'us-east-1' });
    await run();
    expect(operations.destroy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(outputsSet().checks)).toEqual([expect.objectContaining({ name: 'stack deleted', passed: true })]);
    expect(core.setFailed).toHaveBeenCalledWith('demo failed: Timed out after 300.0 s waiting for the run');
  });

  it('skips the demo but still destroys when the deploy fails', async () => {
    operations.deploy.mockRejectedValue(new Error("Stack 'x' rolled back: Table failed"));
    operations.destroy.mockResolvedValue({ outputs: {} });
    core.useInputs({ operation: 'lifecycle', region: 'us-east-1' });
    await run();
    expect(operations.demo).not.toHaveBeenCalled();
    expect(operations.destroy).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith("deploy failed: Stack 'x' rolled back: Table failed");
  });

  it('reports a failing destroy after a failing demo', async () => {
    operations.deploy.mockResolvedValue({ outputs: {} });
    operations.demo.mockRejectedValue(new Error('boom'));
    operations.destroy.mockRejectedValue(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    core.useInputs({ operation: 'lifecycle', region: 'us-east-1' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('demo failed: boom; destroy failed: ThrottlingException: Rate exceeded');
  });
});

describe('run: endpoint-url local', () => {
  it('starts the endpoint in-process with a shared state dir and the time scale, uses it, and closes it', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    process.env.LOCAL_ENDPOINT_TIME_SCALE = '0.05';
    let credentialsDuringRun: string | undefined;
    let secretDuringRun: string | undefined;
    operations.deploy.mockImplementation(async () => {
      credentialsDuringRun = process.env.AWS_ACCESS_KEY_ID;
      secretDuringRun = process.env.AWS_SECRET_ACCESS_KEY;
      return { outputs: {} };
    });
    core.useInputs({ operation: 'deploy', 'endpoint-url': 'local' });
    await run();
    expect(startEndpoint).toHaveBeenCalledWith(
      expect.objectContaining({ port: 0, stateDir: join(runnerTemp, 'message-pump-local-endpoint'), timeScale: 0.05 }),
    );
    expect(createClients).toHaveBeenCalledWith({ region: 'us-east-1', endpoint: 'http://127.0.0.1:45678' });
    expect(credentialsDuringRun).toBeTruthy();
    expect(secretDuringRun).toBeTruthy();
    const logged = [core.info, core.debug, core.notice, core.warning, core.setOutput]
      .flatMap((fn) => fn.mock.calls.map((args) => args.map(String).join(' ')))
      .join('\n');
    expect(logged).not.toContain(String(credentialsDuringRun));
    expect(logged).not.toContain(String(secretDuringRun));
    expect(closeEndpoint).toHaveBeenCalledTimes(1);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('keeps credentials that are already in the environment and closes the endpoint when the operation throws', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLE';
    operations.demo.mockRejectedValue(new Error('boom'));
    core.useInputs({ operation: 'demo', 'endpoint-url': 'local' });
    await run();
    expect(process.env.AWS_ACCESS_KEY_ID).toBe('AKIAEXAMPLE');
    expect(closeEndpoint).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith('demo failed: boom');
  });
});

describe('run: cancellation', () => {
  it('on SIGINT mid-operation: stops the runs the step started, fails the step, exits non-zero, reports nothing over it', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      operations.demo.mockImplementation(async (ctx) => {
        ctx.trackExecution('arn:run:1');
        ctx.setActivity('waiting for the late message');
        // The runner's signal arrives while the operation waits; the wait ends with the abort.
        setImmediate(() => process.emit('SIGINT', 'SIGINT'));
        await new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
        return { outputs: {} };
      });
      core.useInputs({ operation: 'demo', region: 'us-east-1' });
      await run();
      expect(stopExecutions).toHaveBeenCalledWith(fakeClients.sfn, ['arn:run:1'], 'Cancelled by SIGINT while waiting for the late message');
      expect(core.setFailed).toHaveBeenCalledWith('Cancelled by SIGINT while waiting for the late message');
      expect(exit).toHaveBeenCalledWith(130);
      expect(core.setOutput).not.toHaveBeenCalledWith('result', expect.anything());
      expect(process.listenerCount('SIGINT')).toBe(listenersBefore);
    } finally {
      exit.mockRestore();
    }
  });
});

describe('run: cancellation during deploy', () => {
  it('says what state the stack is in', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      operations.deploy.mockImplementation(async (ctx) => {
        ctx.setActivity("creating stack 'doc-example-stepfunctions-messages-stack'");
        setImmediate(() => process.emit('SIGTERM', 'SIGTERM'));
        await new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
        return { outputs: {} };
      });
      core.useInputs({ operation: 'deploy', region: 'us-east-1' });
      await run();
      expect(fakeClients.cloudformation.send).toHaveBeenCalledWith(
        expect.objectContaining({ input: { StackName: 'doc-example-stepfunctions-messages-stack' } }),
      );
      expect(core.warning).toHaveBeenCalledWith("Stack 'doc-example-stepfunctions-messages-stack' is CREATE_IN_PROGRESS");
      expect(stopExecutions).not.toHaveBeenCalled();
      expect(exit).toHaveBeenCalledWith(143);
    } finally {
      exit.mockRestore();
    }
  });
});

describe('run: LOCAL_ENDPOINT_TIME_SCALE', () => {
  it('falls back to real time, with a warning, when it is not a positive number', async () => {
    process.env.LOCAL_ENDPOINT_TIME_SCALE = 'fast';
    operations.destroy.mockResolvedValue({ outputs: {} });
    core.useInputs({ operation: 'destroy', 'endpoint-url': 'local' });
    await run();
    expect(startEndpoint).toHaveBeenCalledWith(expect.objectContaining({ timeScale: 1 }));
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining("LOCAL_ENDPOINT_TIME_SCALE 'fast'"));
  });
});

