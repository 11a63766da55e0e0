// State that survives a restart of the endpoint with a state directory: functions still run, machines
// are still there, and a run that was in flight at shutdown is recorded ABORTED.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { startEndpoint } from '../../../src/endpoint/server';
import type { LambdaBackend } from '../../../src/endpoint/types';
import { allowAllRoleSpec } from '../iam-standin';

const stateDir = mkdtempSync(join(tmpdir(), 'endpoint-restart-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const clientConfig = (url: string) => ({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });

describe('a restarted endpoint', () => {
  it('keeps functions and machines, and records the run in flight at shutdown as ABORTED', async () => {
    const first = await startEndpoint({ port: 0, stateDir });
    let executionArn: string | undefined;
    try {
      for (const name of ['r', 's']) first.backends.iam.createRole(allowAllRoleSpec(name));
      (first.backends.lambda as LambdaBackend).createFunction(
        { FunctionName: 'kept', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', ZipFile: 'exports.handler = async () => "still here";' },
        'us-east-1',
      );
      const sfn = new SFNClient(clientConfig(first.url));
      const { stateMachineArn } = await sfn.send(
        new CreateStateMachineCommand({ name: 'long-wait', roleArn: 'arn:aws:iam::000000000000:role/s', definition: JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } }) }),
      );
      ({ executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn })));
    } finally {
      await first.close();
    }

    const second = await startEndpoint({ port: 0, stateDir });
    try {
      const invoked = await new LambdaClient(clientConfig(second.url)).send(new InvokeCommand({ FunctionName: 'kept' }));
      expect(JSON.parse(Buffer.from(invoked.Payload ?? []).toString())).toBe('still here');
      const sfn = new SFNClient(clientConfig(second.url));
      const run = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      expect(run.status).toBe('ABORTED');
      const { events = [] } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
      expect(events[0]?.type).toBe('ExecutionAborted');
    } finally {
      await second.close();
    }
  }, 60_000);
});
