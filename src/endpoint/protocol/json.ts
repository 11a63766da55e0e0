// The awsJson1_0 / awsJson1_1 / restJson1 wire shapes: JSON bodies in and out, errors as {__type, message}.
import { AwsError, type AwsRequest, type AwsResponse } from '../types';

export function parseJsonBody(request: AwsRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AwsError('SerializationException', 'Request body is not a JSON object');
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/x-amz-json-1.0'): AwsResponse {
  return { status, headers: { 'content-type': contentType }, body: JSON.stringify(body ?? {}) };
}

/**
 * An error as the JSON protocols send it. `namespace` is the Smithy namespace, e.g. 'com.amazonaws.sqs'.
 * `extraHeaders` carries e.g. SQS's x-amzn-query-error.
 */
export function jsonError(
  error: AwsError,
  namespace: string,
  extraHeaders: Record<string, string> = {},
  contentType = 'application/x-amz-json-1.0',
): AwsResponse {
  return {
    status: error.status,
    headers: { 'content-type': contentType, 'x-amzn-errortype': error.code, ...extraHeaders },
    body: JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message }),
  };
}

/** Reads a required string member or throws the ValidationException AWS would. */
export function requireString(input: Record<string, unknown>, name: string, code = 'ValidationException'): string {
  const value = input[name];
  if (typeof value !== 'string' || value.length === 0) {
    throw new AwsError(code, `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Epoch seconds with fractions, as Step Functions timestamps are sent. */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}
