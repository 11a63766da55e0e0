// Request limits as AWS sets them, applied before a service (or dynalite) sees the request: how many bytes
// of body each service reads, and the limits on what a body holds that would otherwise cost the endpoint
// unbounded memory or stack (DynamoDB nesting, Step Functions definitions, SQS batch payloads). Each is
// answered with the error the service sends, never a reset or an empty answer.
import type { IncomingMessage } from 'node:http';
import { AwsError, type AwsRequest } from './types';

const MiB = 1024 * 1024;
/** DynamoDB: "The total request size exceeds 16 MB" (BatchWriteItem), the largest any request may be. */
export const DYNAMODB_MAX_REQUEST_BYTES = 16 * MiB;
/** DynamoDB: "DynamoDB supports nested attributes up to 32 levels deep." */
export const DYNAMODB_MAX_NESTING = 32;
/**
 * DynamoDB expressions nested deeper than this many parentheses are refused here: dynalite's expression
 * parser (a PEG parser without memoisation) takes time exponential in the depth (measured: 7 levels under a
 * second, 9 eight seconds, 11 two minutes, the event loop blocked throughout). AWS accepts deeper ones.
 */
export const DYNAMODB_MAX_EXPRESSION_PARENTHESES = 6;
/** SQS: one message and a whole batch's payload are each at most 1 MiB. */
export const SQS_MAX_PAYLOAD_BYTES = MiB;
/** Step Functions: a definition is at most 1,048,576 characters. */
export const SFN_MAX_DEFINITION_CHARS = 1_048_576;
/** Lambda: the request limits its RequestEntityTooLargeException names (50 MB zip, base64, in JSON; 6 MB invoke payload). */
export const LAMBDA_MAX_REQUEST_BYTES = 69_905_067;
export const LAMBDA_MAX_INVOKE_BYTES = 6_291_456;
/** A body whose content escapes in JSON (quotes, control characters) takes more bytes than its payload allows. */
const JSON_ESCAPE_ROOM = 4;
/** The query services' bodies (templates are at most 51,200 bytes, url-encoding triples that at worst). */
const QUERY_MAX_REQUEST_BYTES = MiB;
/** Past this many bytes over its limit a body is no longer drained so its answer can be read: the connection is cut. */
const MAX_DRAIN_BYTES = 256 * MiB;

export interface BodyLimit {
  bytes: number;
  /** The error for a body over the limit (`size` is what was read before giving up). */
  error(size: number): AwsError;
}

const QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);

function tooLarge(service: string | undefined, limit: number): (size: number) => AwsError {
  const code = service && QUERY_SERVICES.has(service) ? 'RequestEntityTooLarge' : 'RequestEntityTooLargeException';
  return (size) => new AwsError(code, `Request must be smaller than ${limit} bytes (received at least ${size})`, 413);
}

/** How many body bytes a request for `service` may have, and what a larger one is answered with. */
export function bodyLimit(service: string | undefined, target: string | undefined, path: string): BodyLimit {
  switch (service) {
    case 'dynamodb':
      return { bytes: DYNAMODB_MAX_REQUEST_BYTES, error: tooLarge(service, DYNAMODB_MAX_REQUEST_BYTES) };
    case 'sqs': {
      const bytes = SQS_MAX_PAYLOAD_BYTES * JSON_ESCAPE_ROOM;
      if (target === 'SendMessage') return { bytes, error: () => sqsMessageTooLong() };
      if (target === 'SendMessageBatch') return { bytes, error: (size) => sqsBatchTooLong(size) };
      return { bytes, error: tooLarge(service, bytes) };
    }
    case 'states': {
      const bytes = SFN_MAX_DEFINITION_CHARS * JSON_ESCAPE_ROOM;
      if (target && DEFINITION_OPERATIONS.has(target)) return { bytes, error: () => definitionTooLong() };
      return { bytes, error: tooLarge(service, bytes) };
    }
    case 'lambda': {
      const [bytes, operation] = path.endsWith('/invocations')
        ? [LAMBDA_MAX_INVOKE_BYTES, 'InvokeFunction']
        : [LAMBDA_MAX_REQUEST_BYTES, path.endsWith('/code') ? 'UpdateFunctionCode' : 'CreateFunction'];
      return { bytes, error: () => new AwsError('RequestEntityTooLargeException', `Request must be smaller than ${bytes} bytes for the ${operation} operation`, 413) };
    }
    default:
      return { bytes: QUERY_MAX_REQUEST_BYTES, error: tooLarge(service, QUERY_MAX_REQUEST_BYTES) };
  }
}

/** Thrown (rejected) when the caller went away before its body was complete: nobody is left to answer. */
export class CallerGone extends Error {}

/**
 * Reads a body up to its limit. A larger one is drained (not kept) so the caller, still sending, can read
 * the error that answers it; only one past the drain allowance has its connection cut.
 */
export function readBody(req: IncomingMessage, limit: BodyLimit): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (outcome: () => void): void => {
      if (done) return;
      done = true;
      outcome();
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit.bytes) chunks.push(chunk);
      else if (size > limit.bytes + MAX_DRAIN_BYTES) {
        finish(() => reject(limit.error(size)));
        req.destroy();
      }
    });
    req.on('end', () => finish(() => (size > limit.bytes ? reject(limit.error(size)) : resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))));
    req.on('error', () => finish(() => reject(new CallerGone('the caller disconnected before its request was complete'))));
    req.on('close', () => finish(() => reject(new CallerGone('the caller disconnected before its request was complete'))));
  });
}

// ---- what a body holds ----

const DEFINITION_OPERATIONS = new Set(['CreateStateMachine', 'UpdateStateMachine', 'ValidateStateMachineDefinition']);

function definitionTooLong(): AwsError {
  // The definition is sensitive: AWS leaves its value out of the message.
  return new AwsError('ValidationException', `1 validation error detected: Value at 'definition' failed to satisfy constraint: Member must have length less than or equal to ${SFN_MAX_DEFINITION_CHARS}`);
}

function sqsMessageTooLong(): AwsError {
  return new AwsError('InvalidParameterValue', `One or more parameters are invalid. Reason: Message must be shorter than ${SQS_MAX_PAYLOAD_BYTES} bytes.`);
}

function sqsBatchTooLong(size: number): AwsError {
  return new AwsError('BatchRequestTooLong', `Batch requests cannot be longer than ${SQS_MAX_PAYLOAD_BYTES} bytes. You have sent ${size} bytes.`);
}

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // The service answers malformed JSON itself.
    return undefined;
  }
}

/** An SQS message's payload as SQS counts it: the body and each attribute's name, type and value. */
function sqsPayloadBytes(entry: Record<string, unknown>): number {
  let bytes = typeof entry.MessageBody === 'string' ? Buffer.byteLength(entry.MessageBody) : 0;
  const attributes = entry.MessageAttributes;
  if (attributes && typeof attributes === 'object') {
    for (const [name, value] of Object.entries(attributes as Record<string, Record<string, unknown>>)) {
      bytes += Buffer.byteLength(name);
      for (const member of ['DataType', 'StringValue', 'BinaryValue']) {
        if (typeof value?.[member] === 'string') bytes += Buffer.byteLength(value[member] as string);
      }
    }
  }
  return bytes;
}

/**
 * Limits on what a read body holds; throws the service's error. Each is checked only when the body is big
 * enough to break it (a payload or definition is never longer than the JSON carrying it), so ordinary
 * requests are not parsed twice.
 */
export function checkBody(request: AwsRequest): void {
  const { service, target, body } = request;
  if (service === 'dynamodb') {
    const error = dynamoDbRequestError(body);
    if (error) throw error;
  } else if (service === 'states' && target && DEFINITION_OPERATIONS.has(target) && body.length > SFN_MAX_DEFINITION_CHARS) {
    const definition = parseObject(body)?.definition;
    if (typeof definition === 'string' && definition.length > SFN_MAX_DEFINITION_CHARS) throw definitionTooLong();
  } else if (service === 'sqs' && target === 'SendMessageBatch' && body.length > SQS_MAX_PAYLOAD_BYTES) {
    const entries = parseObject(body)?.Entries;
    if (Array.isArray(entries)) {
      const total = entries.reduce<number>((sum, entry) => sum + (entry && typeof entry === 'object' ? sqsPayloadBytes(entry as Record<string, unknown>) : 0), 0);
      if (total > SQS_MAX_PAYLOAD_BYTES) throw sqsBatchTooLong(total);
    }
  }
}

// ---- DynamoDB nesting ----

const SCALAR_TYPES: Record<string, (value: unknown) => boolean> = {
  S: (v) => typeof v === 'string',
  N: (v) => typeof v === 'string',
  B: (v) => typeof v === 'string',
  BOOL: (v) => typeof v === 'boolean',
  NULL: (v) => typeof v === 'boolean',
  SS: Array.isArray,
  NS: Array.isArray,
  BS: Array.isArray,
};

/** Deepest bracket nesting of a JSON text, counted over its bytes without parsing it. */
function jsonDepth(body: Buffer): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > max) max = depth;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return max;
}

/** The type of an attribute value (`{"S": "x"}`, `{"M": {...}}`, ...), or undefined for anything else. */
function attributeType(node: unknown): string | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const [type] = keys;
  const value = (node as Record<string, unknown>)[type];
  if (type === 'M') return value && typeof value === 'object' && !Array.isArray(value) ? type : undefined;
  if (type === 'L') return Array.isArray(value) ? type : undefined;
  return SCALAR_TYPES[type]?.(value) ? type : undefined;
}

/**
 * Levels of the deepest attribute value anywhere in a request (a scalar is 1 level, each map or list
 * around it one more), walked without recursion so no depth can overflow the stack. Stops counting once
 * past the limit.
 */
function attributeNesting(root: unknown): number {
  let deepest = 0;
  // level 0: not inside an attribute value (the request's own structure).
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0 && deepest <= DYNAMODB_MAX_NESTING) {
    const [node, level] = stack.pop() as [unknown, number];
    const type = attributeType(node);
    if (level === 0 && type === undefined) {
      if (node && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, 0]);
      continue;
    }
    const here = Math.max(level, 1);
    deepest = Math.max(deepest, here);
    const value = type ? (node as Record<string, unknown>)[type] : undefined;
    if (type === 'M') for (const child of Object.values(value as object)) stack.push([child, here + 1]);
    else if (type === 'L') for (const child of value as unknown[]) stack.push([child, here + 1]);
  }
  return deepest;
}

/** Whether `byte` occurs more than `times` times (native search, stopping as soon as it knows). */
function occursMoreThan(body: Buffer, byte: number, times: number): boolean {
  let found = 0;
  for (let at = body.indexOf(byte); at >= 0; at = body.indexOf(byte, at + 1)) if (++found > times) return true;
  return false;
}

/** Deepest parenthesis nesting in an expression. */
function parenthesisDepth(expression: string): number {
  let depth = 0;
  let max = 0;
  for (const char of expression) {
    if (char === '(') max = Math.max(max, ++depth);
    else if (char === ')') depth--;
  }
  return max;
}

/** Every `...Expression` string member anywhere in a request (TransactWriteItems and BatchGetItem nest them). */
function expressionsIn(root: unknown): [string, string][] {
  const out: [string, string][] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && key.endsWith('Expression')) out.push([key, value]);
      else if (value && typeof value === 'object') stack.push(value);
    }
  }
  return out;
}

/**
 * What the endpoint checks in a DynamoDB request before dynalite sees it: AWS's nesting limit (dynalite's
 * validation recurses and would overflow the stack on a deep enough item), and expressions too deeply
 * parenthesised for dynalite's parser. Only a body that could break either is parsed: an attribute value
 * sits at least three JSON levels down and each map or list level adds two.
 */
export function dynamoDbRequestError(text: Buffer | string): AwsError | undefined {
  const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const deep = jsonDepth(body) > 3 + 2 * (DYNAMODB_MAX_NESTING - 1);
  const parenthesised = occursMoreThan(body, 0x28, DYNAMODB_MAX_EXPRESSION_PARENTHESES);
  if (!deep && !parenthesised) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (deep && attributeNesting(parsed) > DYNAMODB_MAX_NESTING) {
    return new AwsError('ValidationException', 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit');
  }
  if (parenthesised) {
    for (const [member, expression] of expressionsIn(parsed)) {
      const depth = parenthesisDepth(expression);
      if (depth > DYNAMODB_MAX_EXPRESSION_PARENTHESES) {
        return new AwsError(
          'ValidationException',
          `Invalid ${member}: parentheses nested ${depth} deep; the local endpoint takes at most ${DYNAMODB_MAX_EXPRESSION_PARENTHESES} (its expression parser's time grows exponentially with the depth; AWS takes deeper ones)`,
        );
      }
    }
  }
  return undefined;
}

/** DynamoDB's error body for a refusal made here (validation errors carry coral's validate namespace). */
export function dynamoDbErrorBody(error: AwsError): { status: number; headers: Record<string, string>; body: string } {
  const namespace = error.code === 'ValidationException' ? 'com.amazon.coral.validate' : 'com.amazon.coral.service';
  return {
    status: error.status,
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': error.code },
    body: JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message }),
  };
}
