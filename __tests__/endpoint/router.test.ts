// Routing on one port: the request listener over stand-in services that echo what they were handed,
// so these tests pin the router alone (the real services have their own tests).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from '../../src/endpoint/server';
import { credentialScope } from '../../src/endpoint/router';
import type { ServiceRegistry } from '../../src/endpoint/services';
import type { AwsRequest, ServiceInstance } from '../../src/endpoint/types';

function echoService(service: string): ServiceInstance {
  return {
    handler: {
      service,
      handle: async (request: AwsRequest) => ({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ service: request.service, region: request.region, target: request.target, body: request.body.toString('utf8') }),
      }),
    },
  };
}

let server: Server;
let url: string;

beforeAll(async () => {
  const services: ServiceRegistry = new Map<string, ServiceInstance>(
    ['sqs', 'states', 'lambda', 'cloudformation', 'iam', 'sts'].map((name) => [name, echoService(name)]),
  );
  // A raw service, like DynamoDB: it must get the request with its body still unread.
  services.set('dynamodb', {
    handler: echoService('dynamodb').handler,
    rawHandler: (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => res.end(JSON.stringify({ service: 'dynamodb-raw', body: Buffer.concat(chunks).toString('utf8') })));
    },
  });
  services.set('broken', {
    handler: {
      service: 'broken',
      handle: async () => {
        throw new TypeError('boom');
      },
    },
  });
  server = createServer(createRequestListener(services));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const scope = (service: string, region = 'eu-west-1'): string =>
  `AWS4-HMAC-SHA256 Credential=AKID/20250101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`;

async function post(path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string; json?: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

describe('credentialScope', () => {
  it('reads region and service from the Authorization header', () => {
    expect(credentialScope(scope('states', 'ap-south-1'))).toEqual({ region: 'ap-south-1', service: 'states' });
  });

  it('ignores headers without a complete scope', () => {
    expect(credentialScope('AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1')).toBeUndefined();
    expect(credentialScope(undefined)).toBeUndefined();
  });
});

describe('routing', () => {
  it('routes by the SigV4 credential scope, with its region', async () => {
    const { json } = await post('/', { authorization: scope('states'), 'x-amz-target': 'AWSStepFunctions.ListStateMachines', 'content-type': 'application/x-amz-json-1.0' }, '{}');
    expect(json).toMatchObject({ service: 'states', region: 'eu-west-1', target: 'ListStateMachines' });
  });

  it('prefers the scope over the query Version', async () => {
    const { json } = await post('/', { authorization: scope('sts'), 'content-type': 'application/x-www-form-urlencoded' }, 'Action=GetCallerIdentity&Version=2010-05-08');
    expect(json).toMatchObject({ service: 'sts' });
  });

  it('falls back to the X-Amz-Target prefix, in us-east-1', async () => {
    const { json } = await post('/', { 'x-amz-target': 'AmazonSQS.ListQueues', 'content-type': 'application/x-amz-json-1.0' }, '{}');
    expect(json).toMatchObject({ service: 'sqs', region: 'us-east-1', target: 'ListQueues' });
  });

  it('falls back to the Lambda REST path', async () => {
    const { json } = await post('/2015-03-31/functions/f/invocations', {}, '{"a":1}');
    expect(json).toMatchObject({ service: 'lambda', body: '{"a":1}' });
  });

  it.each([
    ['2010-05-15', 'cloudformation'],
    ['2010-05-08', 'iam'],
    ['2011-06-15', 'sts'],
  ])('falls back to the form body Version %s (%s)', async (version, service) => {
    const { json } = await post('/', { 'content-type': 'application/x-www-form-urlencoded' }, `Action=Anything&Version=${version}`);
    expect(json).toMatchObject({ service, body: `Action=Anything&Version=${version}` });
  });

  it('reads the Version from the query string too', async () => {
    const { json } = await post('/?Action=DescribeStacks&Version=2010-05-15', {});
    expect(json).toMatchObject({ service: 'cloudformation' });
  });

  it('hands DynamoDB requests to the raw handler with the body unread', async () => {
    const { json } = await post('/', { authorization: scope('dynamodb'), 'x-amz-target': 'DynamoDB_20120810.ListTables' }, '{"Limit":1}');
    expect(json).toEqual({ service: 'dynamodb-raw', body: '{"Limit":1}' });
  });
});

describe('errors', () => {
  it('names an unknown service in XML for a query caller', async () => {
    const { status, text } = await post('/', { authorization: scope('s3'), 'content-type': 'application/x-www-form-urlencoded' }, 'Action=ListBuckets');
    expect(status).toBe(400);
    expect(text).toContain('<Code>UnknownService</Code>');
    expect(text).toContain('service &apos;s3&apos;');
  });

  it('names an unknown X-Amz-Target in JSON for a JSON caller', async () => {
    const { status, json } = await post('/', { 'x-amz-target': 'Kinesis_20131202.ListStreams', 'content-type': 'application/x-amz-json-1.1' }, '{}');
    expect(status).toBe(400);
    expect(json?.__type).toMatch(/#UnknownService$/);
    expect(json?.message).toContain('Kinesis_20131202.ListStreams');
  });

  it('says so when nothing names a service', async () => {
    const { status, text } = await post('/', {}, 'hello');
    expect(status).toBe(400);
    expect(text).toContain('UnknownService');
  });

  it('turns a handler failure into an AWS-shaped 500 and keeps serving', async () => {
    const failed = await post('/', { authorization: scope('broken'), 'x-amz-target': 'Broken.Op', 'content-type': 'application/x-amz-json-1.0' }, '{}');
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ __type: expect.stringMatching(/#InternalFailure$/), message: expect.stringContaining('boom') });
    const xml = await post('/', { authorization: scope('broken'), 'content-type': 'application/x-www-form-urlencoded' }, 'Action=Op');
    expect(xml.status).toBe(500);
    expect(xml.text).toContain('<Type>Receiver</Type><Code>InternalFailure</Code>');
    const after = await post('/', { 'x-amz-target': 'AmazonSQS.ListQueues', 'content-type': 'application/x-amz-json-1.0' }, '{}');
    expect(after.status).toBe(200);
  });
});
