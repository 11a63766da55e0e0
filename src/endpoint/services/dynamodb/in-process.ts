// Hands requests to dynalite's request listener as stand-in request objects whose body is already read:
// for the wire (so a client hanging up mid-body cannot reach dynalite, which rethrows stream errors) and
// for other services (CloudFormation, Step Functions), which reach DynamoDB in-process with no socket,
// through exactly the code path the wire uses.
import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { AwsError, type RawHandler } from '../../types';

export interface ListenerResponse {
  status: number;
  body: string;
}

// dynalite insists on a SigV4-shaped Authorization header and a date; it never checks the signature.
export const SIGNED_HEADERS = {
  authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  'x-amz-date': '20200101T000000Z',
  'content-type': 'application/x-amz-json-1.0',
};

export interface RequestHead {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * Replays a request whose body is in hand. dynalite reads the body from 'data'/'end' events and, on 'end',
 * calls the legacy url.parse(), whose one-time deprecation warning would land in every user's log for
 * a call we do not make; the events are emitted synchronously with deprecation warnings held back, so
 * that warning is spent silently.
 */
export function replay(listener: RawHandler, head: RequestHead, body: Buffer, res: ServerResponse): void {
  const request = Object.assign(new EventEmitter(), head);
  listener(request as unknown as IncomingMessage, res);
  const noDeprecation = process.noDeprecation;
  process.noDeprecation = true;
  try {
    if (body.length > 0) request.emit('data', body);
    request.emit('end');
  } finally {
    process.noDeprecation = noDeprecation;
  }
}

/** Sends one JSON-protocol DynamoDB operation through the listener and collects the answer. */
export function callListener(listener: RawHandler, operation: string, body: string): Promise<ListenerResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const response = {
      statusCode: 200,
      setHeader: () => undefined,
      end(chunk?: string | Buffer) {
        if (chunk !== undefined) chunks.push(Buffer.from(chunk));
        resolve({ status: this.statusCode, body: Buffer.concat(chunks).toString('utf8') });
      },
    };
    const head = { method: 'POST', url: '/', headers: { ...SIGNED_HEADERS, 'x-amz-target': `DynamoDB_20120810.${operation}` } };
    replay(listener, head, Buffer.from(body, 'utf8'), response as unknown as ServerResponse);
  });
}

/** dynalite's error body `{__type: 'com.amazonaws.dynamodb.v20120810#Code', message}` as an AwsError. */
export function errorFromBody(status: number, body: string): AwsError {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // not JSON (e.g. dynalite's 404 text): keep the defaults below
  }
  const type = parsed.__type ?? 'InternalFailure';
  const code = type.slice(type.lastIndexOf('#') + 1);
  return new AwsError(code, parsed.message ?? parsed.Message ?? code, status, status >= 500 ? 'Receiver' : 'Sender');
}
