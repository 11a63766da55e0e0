// The running endpoint: where it listens, what it answers for unknown operations, concurrent callers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
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

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('listening', () => {
  it('serves http://127.0.0.1:<port> on an ephemeral port', async () => {
    expect(endpoint.port).toBeGreaterThan(0);
    expect(endpoint.url).toBe(`http://127.0.0.1:${endpoint.port}`);
    expect(await accepts('127.0.0.1', endpoint.port)).toBe(true);
  });

  it('is not reachable on other interfaces', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address?.address as string);
    for (const address of others) expect(await accepts(address, endpoint.port)).toBe(false);
  });

  it('refuses a second endpoint on a port already taken', async () => {
    await expect(startEndpoint({ port: endpoint.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('unknown operations', () => {
  it('answers an unknown SQS operation with a JSON error naming it', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: signedHeaders('sqs', { 'x-amz-target': 'AmazonSQS.FlyToTheMoon', 'content-type': 'application/x-amz-json-1.0' }),
      body: '{}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { __type: string; message: string };
    expect(body.__type).toMatch(/UnsupportedOperation$/);
    expect(body.message).toContain('FlyToTheMoon');
  });

  it('answers an unknown IAM action with an XML error naming it', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: signedHeaders('iam', { 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'Action=CreateUser&Version=2010-05-08&UserName=x',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('<Code>InvalidAction</Code>');
    expect(text).toContain('CreateUser');
  });

  it('answers an unknown DynamoDB operation with a JSON error naming it', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'DynamoDB_20120810.ExportTableToPointInTime',
        'content-type': 'application/x-amz-json-1.0',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
        'x-amz-date': '20250101T000000Z',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { __type: string; message: string };
    expect(body.__type).toMatch(/UnknownOperationException$/);
    expect(body.message).toContain('ExportTableToPointInTime');
  });
});

describe('concurrency', () => {
  it('serves many SQS and DynamoDB calls at once', async () => {
    const sqs = new SQSClient(clientConfig(endpoint.url));
    const dynamodb = new DynamoDBClient(clientConfig(endpoint.url));
    const documents = DynamoDBDocumentClient.from(dynamodb);
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'concurrent' }));
      await dynamodb.send(
        new CreateTableCommand({
          TableName: 'concurrent',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      const calls = Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message ${i}` }))
          : documents.send(new PutCommand({ TableName: 'concurrent', Item: { id: `item-${i}` } })),
      );
      await Promise.all(calls);
      const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
      expect(Attributes?.ApproximateNumberOfMessages).toBe('20');
      expect((await dynamodb.send(new ScanCommand({ TableName: 'concurrent', Select: 'COUNT' }))).Count).toBe(20);
    } finally {
      sqs.destroy();
      dynamodb.destroy();
    }
  });
});

describe('clients that hang up', () => {
  it.each([
    ['DynamoDB', 'X-Amz-Target: DynamoDB_20120810.ListTables\r\nAuthorization: AWS4-HMAC-SHA256 Credential=a/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x\r\nX-Amz-Date: 20250101T000000Z'],
    ['SQS', 'X-Amz-Target: AmazonSQS.ListQueues\r\nAuthorization: AWS4-HMAC-SHA256 Credential=a/20250101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=x\r\nX-Amz-Date: 20250101T000000Z'],
  ])('survives a %s request abandoned mid-body', async (_service, headers) => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: endpoint.port }, () => {
        // Promise 100 bytes, send a few, then hang up.
        socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n${headers}\r\nContent-Length: 100\r\n\r\n{"Li`, () => {
          socket.destroy();
          resolve();
        });
      });
      socket.once('error', reject);
    });
    const sqs = new SQSClient(clientConfig(endpoint.url));
    try {
      // Still serving (an uncaught error would have failed this test run instead).
      await expect(sqs.send(new CreateQueueCommand({ QueueName: 'after-hang-up' }))).resolves.toMatchObject({ QueueUrl: expect.any(String) });
    } finally {
      sqs.destroy();
    }
  });
});

describe('deferred services', () => {
  it('load Lambda, Step Functions and CloudFormation on the first request for one of them', async () => {
    const own = await startEndpoint({ port: 0, deferServices: true });
    try {
      const identity = await fetch(own.url, {
        method: 'POST',
        headers: signedHeaders('sts', { 'content-type': 'application/x-www-form-urlencoded' }),
        body: 'Action=GetCallerIdentity&Version=2011-06-15',
      });
      expect(identity.status).toBe(200);
      expect(() => own.backends.states.deleteStateMachine('arn:aws:states:us-east-1:000000000000:stateMachine:x', 'us-east-1')).toThrow(/not loaded/);
      const list = await fetch(own.url, {
        method: 'POST',
        headers: signedHeaders('states', { 'x-amz-target': 'AWSStepFunctions.ListStateMachines', 'content-type': 'application/x-amz-json-1.0' }),
        body: '{}',
      });
      expect(list.status).toBe(200);
      expect(own.backends.lambda.getFunctionArn('missing', 'us-east-1')).toBeUndefined();
    } finally {
      await own.close();
    }
  });
});

describe('close', () => {
  it('can be called twice and frees the port', async () => {
    const own = await startEndpoint({ port: 0 });
    await own.close();
    await own.close();
    expect(await accepts('127.0.0.1', own.port)).toBe(false);
  });
});
