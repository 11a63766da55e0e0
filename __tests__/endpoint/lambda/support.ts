// Requests and settings for driving a service's handler directly, without the server.
import { randomUUID } from 'node:crypto';
import type { AwsRequest, EndpointSettings } from '../../../src/endpoint/types';

export function testSettings(overrides: Partial<EndpointSettings> = {}): EndpointSettings & { dirty: number } {
  const settings = {
    url: 'http://127.0.0.1:9',
    accountId: '000000000000',
    timeScale: 1,
    dirty: 0,
    markDirty() {
      settings.dirty++;
    },
    ...overrides,
  };
  return settings;
}

export function restRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, query = ''): AwsRequest {
  return {
    service: 'lambda',
    method,
    path,
    query: new URLSearchParams(query),
    headers,
    body: body === undefined ? Buffer.alloc(0) : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    region: 'us-east-1',
    accountId: '000000000000',
    requestId: randomUUID(),
  };
}
