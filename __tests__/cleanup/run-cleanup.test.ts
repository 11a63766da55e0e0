// The post step: stops the saved runs that are still RUNNING, skips the local endpoint, never fails the job.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeExecutionCommand, SFNClient, StopExecutionCommand } from '@aws-sdk/client-sfn';
import * as core from '../../__fixtures__/core';

jest.unstable_mockModule('@actions/core', () => core);
const { runCleanup, savedExecutions } = await import('../../src/cleanup/run-cleanup');

const sfn = mockClient(SFNClient);
const running = 'arn:aws:states:us-east-1:000000000000:execution:pump:gh-42-1-a';
const finished = 'arn:aws:states:us-east-1:000000000000:execution:pump:gh-42-1-b';

function savedState(executions: string[] | string): void {
  core.getState.mockImplementation((name) => (name === 'executions' ? (typeof executions === 'string' ? executions : JSON.stringify(executions)) : ''));
}

beforeEach(() => {
  sfn.reset();
  core.useInputs({ operation: 'demo', region: 'us-east-1' });
  sfn.on(DescribeExecutionCommand, { executionArn: running }).resolves({ executionArn: running, status: 'RUNNING', stateMachineArn: 'sm', startDate: new Date() });
  sfn.on(DescribeExecutionCommand, { executionArn: finished }).resolves({ executionArn: finished, status: 'ABORTED', stateMachineArn: 'sm', startDate: new Date() });
  sfn.on(StopExecutionCommand).resolves({ stopDate: new Date() });
});

describe('runCleanup', () => {
  it('stops only the saved runs that are still RUNNING', async () => {
    savedState([running, finished]);
    await runCleanup();
    expect(sfn).toHaveReceivedCommandTimes(StopExecutionCommand, 1);
    expect(sfn).toHaveReceivedCommandWith(StopExecutionCommand, { executionArn: running });
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining(`stopped 1 run(s) still RUNNING: ${running}`));
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('does nothing when the main step started no run', async () => {
    savedState('');
    await runCleanup();
    expect(sfn.calls()).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('nothing to stop'));
  });

  it('skips the local endpoint, which is gone with the main step', async () => {
    core.useInputs({ operation: 'demo', 'endpoint-url': 'local' });
    savedState([running]);
    await runCleanup();
    expect(sfn.calls()).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('local endpoint'));
  });

  it('turns a clean-up error into a warning, never a failure', async () => {
    core.useInputs({ operation: 'demo', region: 'not a region' });
    savedState([running]);
    await runCleanup();
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/: Input 'region'/), { title: 'Clean-up' });
    expect(String(core.warning.mock.calls[0][0])).not.toContain('InputError');
    expect(core.setFailed).not.toHaveBeenCalled();
  });
});

describe('savedExecutions', () => {
  it('reads the saved list and ignores anything else', () => {
    expect(savedExecutions(JSON.stringify([running, 3, '']))).toEqual([running]);
    expect(savedExecutions('not json')).toEqual([]);
    expect(savedExecutions('{"a":1}')).toEqual([]);
  });
});
