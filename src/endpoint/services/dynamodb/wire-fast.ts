// dynalite's own request handler (httpHandler in its index.js), for the requests SDKs send: a signed
// POST of a JSON object naming one of its operations. It runs the same type checks, validations and
// action, and answers with the same status, headers (in the same order, same names) and body; it only
// leaves out what costs time per request on that path: a stand-in request object to replay the body
// through, url.parse() of a URL with no query, and one crypto.randomBytes() call per request id (ids
// come from a pool of random bytes instead, in the same format). Anything else (no or odd signature,
// presigned URLs, CORS, a body that is not a JSON object, unknown targets) returns false, and the
// caller hands the request to dynalite's handler itself, which answers it as before.
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import type { Action, DynaliteError, Store, Validation } from 'dynalite/db/internals';
import validations from 'dynalite/validations/index.js';
import batchGetItemValidation from 'dynalite/validations/batchGetItem.js';
import batchWriteItemValidation from 'dynalite/validations/batchWriteItem.js';
import createTableValidation from 'dynalite/validations/createTable.js';
import deleteItemValidation from 'dynalite/validations/deleteItem.js';
import deleteTableValidation from 'dynalite/validations/deleteTable.js';
import describeTableValidation from 'dynalite/validations/describeTable.js';
import describeTimeToLiveValidation from 'dynalite/validations/describeTimeToLive.js';
import getItemValidation from 'dynalite/validations/getItem.js';
import listTablesValidation from 'dynalite/validations/listTables.js';
import putItemValidation from 'dynalite/validations/putItem.js';
import queryValidation from 'dynalite/validations/query.js';
import scanValidation from 'dynalite/validations/scan.js';
import tagResourceValidation from 'dynalite/validations/tagResource.js';
import untagResourceValidation from 'dynalite/validations/untagResource.js';
import listTagsOfResourceValidation from 'dynalite/validations/listTagsOfResource.js';
import updateItemValidation from 'dynalite/validations/updateItem.js';
import updateTableValidation from 'dynalite/validations/updateTable.js';
import batchGetItem from 'dynalite/actions/batchGetItem.js';
import batchWriteItem from 'dynalite/actions/batchWriteItem.js';
import createTable from 'dynalite/actions/createTable.js';
import deleteItem from 'dynalite/actions/deleteItem.js';
import deleteTable from 'dynalite/actions/deleteTable.js';
import describeTable from 'dynalite/actions/describeTable.js';
import describeTimeToLive from 'dynalite/actions/describeTimeToLive.js';
import getItem from 'dynalite/actions/getItem.js';
import listTables from 'dynalite/actions/listTables.js';
import putItem from 'dynalite/actions/putItem.js';
import query from 'dynalite/actions/query.js';
import scan from 'dynalite/actions/scan.js';
import tagResource from 'dynalite/actions/tagResource.js';
import untagResource from 'dynalite/actions/untagResource.js';
import listTagsOfResource from 'dynalite/actions/listTagsOfResource.js';
import updateItem from 'dynalite/actions/updateItem.js';
import updateTable from 'dynalite/actions/updateTable.js';

interface Operation {
  validation: Validation;
  action: Action;
}

/** dynalite's operations (its validOperations), each with its validation and action modules. */
const OPERATIONS = new Map<string, Operation>([
  ['BatchGetItem', { validation: batchGetItemValidation, action: batchGetItem }],
  ['BatchWriteItem', { validation: batchWriteItemValidation, action: batchWriteItem }],
  ['CreateTable', { validation: createTableValidation, action: createTable }],
  ['DeleteItem', { validation: deleteItemValidation, action: deleteItem }],
  ['DeleteTable', { validation: deleteTableValidation, action: deleteTable }],
  ['DescribeTable', { validation: describeTableValidation, action: describeTable }],
  ['DescribeTimeToLive', { validation: describeTimeToLiveValidation, action: describeTimeToLive }],
  ['GetItem', { validation: getItemValidation, action: getItem }],
  ['ListTables', { validation: listTablesValidation, action: listTables }],
  ['PutItem', { validation: putItemValidation, action: putItem }],
  ['Query', { validation: queryValidation, action: query }],
  ['Scan', { validation: scanValidation, action: scan }],
  ['TagResource', { validation: tagResourceValidation, action: tagResource }],
  ['UntagResource', { validation: untagResourceValidation, action: untagResource }],
  ['ListTagsOfResource', { validation: listTagsOfResourceValidation, action: listTagsOfResource }],
  ['UpdateItem', { validation: updateItemValidation, action: updateItem }],
  ['UpdateTable', { validation: updateTableValidation, action: updateTable }],
]);

/** The API versions dynalite answers (its validApis). */
const VALID_APIS = ['DynamoDB_20111205', 'DynamoDB_20120810'];
const AUTH_PARAMS = ['Credential', 'Signature', 'SignedHeaders'];

const ID_BYTES = 39;
const POOL_IDS = 256;
let pool = Buffer.alloc(0);
let poolOffset = 0;

/** As dynalite's rand52CharId(): 39 random bytes as 52 base64 characters, upper-cased, '+' and '/' made '0'. */
export function requestId(): string {
  if (poolOffset + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * POOL_IDS);
    poolOffset = 0;
  }
  const id = pool.toString('base64', poolOffset, poolOffset + ID_BYTES);
  poolOffset += ID_BYTES;
  return id.toUpperCase().replace(/\+|\//g, '0');
}

export interface WireRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** Whether dynalite's handler would find every part of the signature it asks for (so raise no signature error). */
function signedAsDynaliteExpects(headers: IncomingHttpHeaders): boolean {
  const auth = headers.authorization;
  if (typeof auth !== 'string' || auth.trim().slice(0, 5) !== 'AWS4-') return false;
  if (!headers['x-amz-date'] && !headers.date) return false;
  const params: Record<string, string | undefined> = {};
  for (const part of auth.split(/,| /).slice(1)) {
    if (!part) continue;
    const keyVal = part.trim().split('=');
    params[keyVal[0]] = keyVal[1];
  }
  return AUTH_PARAMS.every((name) => Boolean(params[name]));
}

/**
 * Serves the request as dynalite's handler would and returns true, or returns false (having sent
 * nothing) when it is not the plain signed-POST case, for dynalite's handler to answer. Throws what
 * dynalite's handler would throw (an unexpected validation failure), before anything is sent.
 */
export function serveWire(store: Store, request: WireRequest, body: Buffer, res: ServerResponse): boolean {
  const { headers } = request;
  if (request.method !== 'POST' || headers.origin || request.url.includes('?') || body.length === 0) return false;
  const contentType = (headers['content-type'] || '').split(';')[0].trim();
  if (contentType !== 'application/json' && contentType !== 'application/x-amz-json-1.0') return false;
  const target = String(headers['x-amz-target'] || '').split('.');
  const operation = target.length === 2 && VALID_APIS.includes(target[0]) ? OPERATIONS.get(target[1]) : undefined;
  if (!operation || !signedAsDynaliteExpects(headers)) return false;
  let input: unknown;
  try {
    input = JSON.parse(body.toString());
  } catch {
    return false;
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;

  const responseType = contentType !== 'application/x-amz-json-1.0' ? 'application/json' : contentType;
  const id = requestId();
  const { types, custom } = operation.validation;
  let data: Record<string, unknown>;
  try {
    data = validations.checkTypes(input as Record<string, unknown>, types);
    validations.checkValidations(data, types, custom, store);
  } catch (error) {
    const failure = error as DynaliteError;
    if (!failure.statusCode) throw error;
    send(res, id, responseType, failure.body, failure.statusCode);
    return true;
  }
  operation.action(store, data, (error, output) => {
    if (error && error.statusCode) return send(res, id, responseType, error.body, error.statusCode);
    // As in dynalite: an unexpected failure of an action is not turned into a response.
    if (error) throw error;
    send(res, id, responseType, output, 200);
  });
  return true;
}

/** dynalite's sendData(), its headers set in one go (same names, order and values). */
function send(res: ServerResponse, id: string, contentType: string, data: unknown, status: number): void {
  const body = JSON.stringify(data);
  res.writeHead(status, {
    'x-amzn-RequestId': id,
    'x-amz-crc32': crc32(body),
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body, 'utf8'),
  });
  res.end(body);
}
