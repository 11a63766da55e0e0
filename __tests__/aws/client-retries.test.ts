// The SDK's retries are visible: each one is a warning naming the operation, the attempt and the error, and counted.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import * as core from '../../__fixtures__/core';

jest.unstable_mockModule('@actions/core', () => core);
const { addRetryLog, createClients, RETRY_LOG_MIDDLEWARE, RetryLog } = await import('../../src/aws/clients');

/** A stand-in for Step Functions: answers 503 to the first `failures` requests, then an empty list. */
let failures = 0;
let requests = 0;
let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    requests += 1;
    res.setHeader('content-type', 'application/x-amz-json-1.0');
    if (failures > 0) {
      failures -= 1;
      res.writeHead(503).end(JSON.stringify({ __type: 'ServiceUnavailable', message: 'Please slow down' }));
      return;
    }
    res.writeHead(200).end(JSON.stringify({ stateMachines: [] }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});
beforeEach(() => {
  core.warning.mockReset();
  requests = 0;
});

/** A client like createClients' but retrying at once (no back-off), so the test never sleeps. */
function clientWithLog(log: InstanceType<typeof RetryLog>): SFNClient {
  const client = new SFNClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKIAUNITTEST', secretAccessKey: 'unit-test-secret' },
    retryStrategy: new ConfiguredRetryStrategy(5, () => 0),
  });
  addRetryLog(client as never, log, 5);
  return client;
}

describe('SDK retries', () => {
  it('logs a retry after a 503 as a warning (operation, attempt, error) and counts it', async () => {
    const log = new RetryLog();
    failures = 1;
    await clientWithLog(log).send(new ListStateMachinesCommand({}));
    expect(requests).toBe(2);
    expect(log.total).toBe(1);
    expect(log.byOperation).toEqual({ 'SFN ListStateMachines': 1 });
    expect(core.warning).toHaveBeenCalledTimes(1);
    expect(core.warning.mock.calls[0][0]).toBe('AWS SDK retry: SFN ListStateMachines attempt 2 of 5, after ServiceUnavailable (HTTP 503): Please slow down');
  });

  it('logs nothing for a call that succeeds at once, and each retry of one that needs several', async () => {
    const log = new RetryLog();
    const client = clientWithLog(log);
    failures = 0;
    await client.send(new ListStateMachinesCommand({}));
    expect(log.total).toBe(0);
    expect(core.warning).not.toHaveBeenCalled();
    failures = 3;
    await client.send(new ListStateMachinesCommand({}));
    expect(log.total).toBe(3);
    expect(core.warning.mock.calls.map(([line]) => String(line).replace(/, after .*/, ''))).toEqual([
      'AWS SDK retry: SFN ListStateMachines attempt 2 of 5',
      'AWS SDK retry: SFN ListStateMachines attempt 3 of 5',
      'AWS SDK retry: SFN ListStateMachines attempt 4 of 5',
    ]);
  });

  it("puts the log inside every client's retry middleware, one count shared by all of them", () => {
    const clients = createClients({ region: 'us-east-1', endpoint });
    for (const client of [clients.sfn, clients.sqs, clients.dynamodb, clients.cloudformation]) {
      const names = client.middlewareStack.identify();
      const retry = names.findIndex((line) => line.startsWith('retryMiddleware'));
      const log = names.findIndex((line) => line.startsWith(RETRY_LOG_MIDDLEWARE));
      expect(retry).toBeGreaterThanOrEqual(0);
      expect(log).toBeGreaterThan(retry);
    }
    // The document client uses the DynamoDB client's stack: the log is there once, not twice.
    expect(clients.documents.middlewareStack.identify().filter((line) => line.startsWith(RETRY_LOG_MIDDLEWARE))).toHaveLength(1);
    expect(clients.retries).toBeInstanceOf(RetryLog);
    expect(clients.retries.total).toBe(0);
  });
});
