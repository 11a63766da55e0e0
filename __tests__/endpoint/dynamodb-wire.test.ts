// The endpoint serves signed DynamoDB requests itself (wire-fast.ts) rather than through dynalite's
// handler: its answers must be those of dynalite's handler, header for header and byte for byte. A URL
// with a query string is left to dynalite's handler, so a second endpoint asked at '/?via=dynalite'
// gives the reference answers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { requestId } from '../../src/endpoint/services/dynamodb/wire-fast';

interface Answer {
  status: number;
  /** Header names as sent, in order, with the values that are not random. */
  headers: string[];
  body: string;
}

const SIGNED = {
  authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
  'x-amz-date': '20240101T000000Z',
};

function post(url: string, operation: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...SIGNED, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const names: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const [name, value] = [res.rawHeaders[i], res.rawHeaders[i + 1]];
            if (/^(date|connection|keep-alive)$/i.test(name)) continue;
            names.push(name === 'x-amzn-RequestId' ? `${name}: ${/^[A-Z0-9]{52}$/.test(value) ? '<52 chars>' : value}` : `${name}: ${value}`);
          }
          resolve({ status: res.statusCode ?? 0, headers: names, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let endpoint: RunningEndpoint;
let reference: RunningEndpoint;
let referenceUrl: string;

const TABLE = {
  TableName: 'wire',
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
  BillingMode: 'PAY_PER_REQUEST',
};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  reference = await startEndpoint({ port: 0 });
  referenceUrl = `${reference.url}/?via=dynalite`;
  for (const url of [endpoint.url, referenceUrl]) expect((await post(url, 'CreateTable', JSON.stringify(TABLE))).status).toBe(200);
});

afterAll(async () => {
  await endpoint.close();
  await reference.close();
});

// In order: each call sees the state the ones before it left, on both servers.
const CALLS: [string, string, unknown, Record<string, string>][] = [
  ['puts an item', 'PutItem', { TableName: 'wire', Item: { pk: { S: 'a' }, sk: { S: '1' }, n: { N: '1' }, text: { S: 'héllo ✓' } } }, {}],
  ['puts another, returning the old one', 'PutItem', { TableName: 'wire', Item: { pk: { S: 'a' }, sk: { S: '1' }, n: { N: '2' } }, ReturnValues: 'ALL_OLD' }, {}],
  ['puts with a failing condition', 'PutItem', { TableName: 'wire', Item: { pk: { S: 'a' }, sk: { S: '1' } }, ConditionExpression: 'attribute_not_exists(pk)' }, {}],
  ['puts into a missing table', 'PutItem', { TableName: 'missing', Item: { pk: { S: 'a' }, sk: { S: '1' } } }, {}],
  ['puts without a key', 'PutItem', { TableName: 'wire', Item: { pk: { S: 'a' } } }, {}],
  ['puts a mistyped item', 'PutItem', { TableName: 'wire', Item: 'not a map' }, {}],
  ['puts with no item', 'PutItem', { TableName: 'wire' }, {}],
  ['gets the item', 'GetItem', { TableName: 'wire', Key: { pk: { S: 'a' }, sk: { S: '1' } }, ConsistentRead: true }, {}],
  ['updates it', 'UpdateItem', { TableName: 'wire', Key: { pk: { S: 'a' }, sk: { S: '1' } }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'ALL_NEW' }, {}],
  ['scans with a filter and a limit', 'Scan', { TableName: 'wire', Limit: 1, FilterExpression: 'n > :z', ExpressionAttributeValues: { ':z': { N: '0' } } }, {}],
  ['queries', 'Query', { TableName: 'wire', KeyConditionExpression: 'pk = :a', ExpressionAttributeValues: { ':a': { S: 'a' } } }, {}],
  ['queries with a bad expression', 'Query', { TableName: 'wire', KeyConditionExpression: 'pk = ', ExpressionAttributeValues: { ':a': { S: 'a' } } }, {}],
  ['deletes it', 'DeleteItem', { TableName: 'wire', Key: { pk: { S: 'a' }, sk: { S: '1' } }, ReturnValues: 'ALL_OLD' }, {}],
  ['lists tables', 'ListTables', {}, {}],
  ['answers application/json with application/json', 'GetItem', { TableName: 'wire', Key: { pk: { S: 'a' }, sk: { S: '1' } } }, { 'content-type': 'application/json' }],
  ['refuses a body that is not JSON', 'GetItem', '{', {}],
  ['refuses a JSON array', 'GetItem', [], {}],
  ['refuses an unsigned request', 'GetItem', { TableName: 'wire', Key: { pk: { S: 'a' }, sk: { S: '1' } } }, { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request' }],
];

describe('signed requests are answered as dynalite answers them', () => {
  it.each(CALLS)('%s', async (_name, operation, input, headers) => {
    const body = typeof input === 'string' ? input : JSON.stringify(input);
    const ours = await post(endpoint.url, operation, body, headers);
    const theirs = await post(referenceUrl, operation, body, headers);
    expect(ours).toEqual(theirs);
  });
});

describe('request ids', () => {
  it('are 52 upper-case letters and digits, each one new', () => {
    const ids = Array.from({ length: 600 }, () => requestId());
    for (const id of ids) expect(id).toMatch(/^[A-Z0-9]{52}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
