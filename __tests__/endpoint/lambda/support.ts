// Requests and settings for driving a service's handler directly, without the server.
import { randomUUID } from 'node:crypto';
import type { AwsRequest } from '../../../src/endpoint/types';

export { testSettings } from '../settings';

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
