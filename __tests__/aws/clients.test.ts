// createClients: every client names the action (and its version) in the User-Agent it sends.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { ACTION_NAME, ACTION_VERSION, createClients } from '../../src/aws/clients';

describe('createClients', () => {
  it('carries the name and version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect([ACTION_NAME, ACTION_VERSION]).toEqual([pkg.name, pkg.version]);
  });

  it('sends a User-Agent naming the action from every client', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      // A client error, which the SDK does not retry: only the request's headers are looked at.
      res.writeHead(400).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIAUNITTEST';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'unit-test-secret';
    const clients = createClients({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}` });
    try {
      await clients.cloudformation.send(new DescribeStacksCommand({})).catch(() => undefined);
      await clients.sqs.send(new ListQueuesCommand({})).catch(() => undefined);
    } finally {
      server.close();
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const headers of seen) {
      const agents = `${headers['user-agent'] ?? ''} ${headers['x-amz-user-agent'] ?? ''}`;
      expect(agents).toContain(`${ACTION_NAME}/${ACTION_VERSION}`);
    }
  });
});
