// Who gets in: a web page (foreign Origin, text/plain, no signature), a DNS-rebound host name, unsigned or
// half-signed callers and wrong content types are refused with AWS-shaped errors before any service acts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { GetFunctionCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { isLoopbackHost } from '../../src/endpoint/admission';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { clientConfig } from './endpoint-clients';
import { signedHeaders } from './signed';

let endpoint: RunningEndpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
});

afterAll(async () => {
  await endpoint.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A raw HTTP request (node:http, so Host and Origin are sent exactly as given). */
function send(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(options.path ?? '/', url);
    const body = options.body ?? '';
    const req = request(
      target,
      { method: options.method ?? 'POST', headers: { 'content-length': String(Buffer.byteLength(body)), ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const FUNCTION = 'from-a-web-page';
const CREATE_FUNCTION = JSON.stringify({
  FunctionName: FUNCTION,
  Runtime: 'nodejs20.x',
  Handler: 'index.handler',
  Role: 'arn:aws:iam::000000000000:role/any',
  Code: { ZipFile: Buffer.from('not a zip').toString('base64') },
});

async function functionExists(name: string): Promise<boolean> {
  const lambda = new LambdaClient(clientConfig(endpoint.url));
  try {
    await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return false;
    throw error;
  } finally {
    lambda.destroy();
  }
}

describe('a web page', () => {
  // What a page's fetch(..., { mode: 'no-cors', method: 'POST', body }) sends: no preflight needed.
  const browser = { origin: 'https://attacker.example', 'content-type': 'text/plain;charset=UTF-8', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' };

  it('cannot create a function and invoke it: both get 403 and nothing is created', async () => {
    const create = await send(endpoint.url, { path: '/2015-03-31/functions', headers: browser, body: CREATE_FUNCTION });
    const invoke = await send(endpoint.url, { path: `/2015-03-31/functions/${FUNCTION}/invocations`, headers: browser, body: '{}' });
    for (const answer of [create, invoke]) {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text)).toMatchObject({ __type: expect.stringMatching(/#AccessDeniedException$/), message: expect.stringContaining('https://attacker.example') });
      // A refused browser learns nothing it could read: no CORS headers.
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(await functionExists(FUNCTION)).toBe(false);
    const lambda = new LambdaClient(clientConfig(endpoint.url));
    try {
      expect((await lambda.send(new ListFunctionsCommand({}))).Functions ?? []).toEqual([]);
    } finally {
      lambda.destroy();
    }
  });

  it('is refused even when it forges a signature, for its Origin', async () => {
    const answer = await send(endpoint.url, { path: '/2015-03-31/functions', headers: signedHeaders('lambda', browser), body: CREATE_FUNCTION });
    expect(answer.status).toBe(403);
    expect(await functionExists(FUNCTION)).toBe(false);
  });

  it('is refused when it loads a presigned URL with no Origin (an image or a link)', async () => {
    const query = 'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2F20250101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=0';
    const answer = await send(endpoint.url, { method: 'GET', path: `/?${query}`, headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' } });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('<Code>AccessDenied</Code>');
  });

  it('cannot reach it under another host name (DNS rebinding), signed or not', async () => {
    const answer = await send(endpoint.url, {
      headers: signedHeaders('sts', { host: `rebound.attacker.example:${endpoint.port}`, 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/<Code>AccessDenied<\/Code><Message>[^<]*rebound\.attacker\.example/);
  });
});

describe('AWS clients', () => {
  it('get in: SDK clients sign every request', async () => {
    const sts = new STSClient(clientConfig(endpoint.url));
    try {
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('000000000000');
    } finally {
      sts.destroy();
    }
  });

  it('get in with a presigned query', async () => {
    const query = 'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2F20250101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=0';
    const answer = await send(endpoint.url, { method: 'GET', path: `/?${query}` });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<Account>000000000000</Account>');
  });

  it.each(['localhost', 'LOCALHOST:1', 'api.localhost:4566', '127.0.0.1', '127.1.2.3:80', '[::1]:4566'])('get in addressed to %s', async (host) => {
    const answer = await send(endpoint.url, {
      headers: signedHeaders('sts', { host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }),
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(answer.status).toBe(200);
  });
});

describe('unsigned and half-signed requests', () => {
  it.each([
    ['DynamoDB', { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'content-type': 'application/x-amz-json-1.0' }, '{}'],
    ['SQS', { 'x-amz-target': 'AmazonSQS.ListQueues', 'content-type': 'application/x-amz-json-1.0' }, '{}'],
    ['Step Functions', { 'x-amz-target': 'AWSStepFunctions.ListStateMachines', 'content-type': 'application/x-amz-json-1.0' }, '{}'],
  ])('%s without a signature: 403 MissingAuthenticationTokenException in JSON', async (_service, headers, body) => {
    const answer = await send(endpoint.url, { headers, body });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toEqual({ __type: expect.stringMatching(/#MissingAuthenticationTokenException$/), message: 'Request is missing Authentication Token' });
  });

  it('a query service without a signature: 403 MissingAuthenticationToken in XML', async () => {
    const answer = await send(endpoint.url, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=CreateStack&Version=2010-05-15&StackName=x' });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('<Code>MissingAuthenticationToken</Code>');
  });

  it('an Authorization header that is not SigV4: 403 IncompleteSignature naming what is missing', async () => {
    const answer = await send(endpoint.url, {
      headers: { authorization: 'Bearer abc', 'x-amz-target': 'AmazonSQS.ListQueues', 'content-type': 'application/x-amz-json-1.0' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    const error = JSON.parse(answer.text) as { __type: string; message: string };
    expect(error.__type).toMatch(/#IncompleteSignatureException$/);
    expect(error.message).toContain("Authorization header requires 'Credential' parameter.");
    expect(error.message).toContain("requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  });

  it('a presigned query missing its signature: 403 IncompleteSignature', async () => {
    const answer = await send(endpoint.url, { method: 'GET', path: '/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2F20250101%2Fus-east-1%2Fsts%2Faws4_request' });
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/<Code>IncompleteSignature<\/Code><Message>[^<]*X-Amz-Signature/);
  });
});

describe('content types', () => {
  it.each([
    ['DynamoDB with text/xml', 'dynamodb', { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'content-type': 'text/xml' }],
    ['SQS with text/plain', 'sqs', { 'x-amz-target': 'AmazonSQS.ListQueues', 'content-type': 'text/plain' }],
    ['Step Functions with none', 'states', { 'x-amz-target': 'AWSStepFunctions.ListStateMachines' }],
  ])('%s: a 400 JSON UnknownOperationException', async (_case, service, headers) => {
    const answer = await send(endpoint.url, { headers: signedHeaders(service, headers), body: '{}' });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(answer.text)).toMatchObject({ __type: expect.stringMatching(/#UnknownOperationException$/), message: expect.stringContaining('application/x-amz-json-1.0') });
  });

  it('a query service with a text/plain body: 400 MissingAction, the body unread', async () => {
    const answer = await send(endpoint.url, { headers: signedHeaders('sts', { 'content-type': 'text/plain' }), body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<Code>MissingAction</Code>');
  });

  it('Lambda CreateFunction as text/plain: 415 UnsupportedMediaTypeException, nothing created', async () => {
    const answer = await send(endpoint.url, { path: '/2015-03-31/functions', headers: signedHeaders('lambda', { 'content-type': 'text/plain' }), body: CREATE_FUNCTION });
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.text)).toMatchObject({ __type: expect.stringMatching(/#UnsupportedMediaTypeException$/) });
    expect(await functionExists(FUNCTION)).toBe(false);
  });
});

describe('allowed origins', () => {
  let open: RunningEndpoint;
  const origin = 'http://localhost:3000';

  beforeAll(async () => {
    open = await startEndpoint({ port: 0, allowOrigins: [origin] });
  });
  afterAll(async () => {
    await open.close();
  });

  it('answer a preflight from the allowed origin with what it asked for', async () => {
    const answer = await send(open.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-date,x-amz-target,content-type' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers).toMatchObject({ 'access-control-allow-origin': origin, 'access-control-allow-headers': 'authorization,x-amz-date,x-amz-target,content-type' });
  });

  it('let a signed request from the allowed origin in, readable by its page', async () => {
    const answer = await send(open.url, {
      headers: signedHeaders('sts', { origin, 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(answer.headers['access-control-expose-headers']).toContain('x-amzn-requestid');
  });

  it('still refuse an unsigned request from the allowed origin, and any other origin', async () => {
    const unsigned = await send(open.url, { headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    expect(unsigned.status).toBe(403);
    const other = await send(open.url, {
      headers: signedHeaders('sts', { origin: 'http://localhost:3001', 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['localhost:4566', true],
    ['a.b.localhost:1', true],
    ['127.0.0.1:4566', true],
    ['127.255.255.254', true],
    ['[::1]:4566', true],
    ['[::1]', true],
    ['localhost.attacker.example', false],
    ['127.0.0.1.nip.io', false],
    ['128.0.0.1', false],
    ['0.0.0.0', false],
    ['[::ffff:7f00:1]', false],
    ['attacker.example', false],
    ['', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
