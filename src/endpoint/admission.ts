// Who gets in: only what an AWS client sends. A web page can make a browser POST to 127.0.0.1 (a "simple"
// cross-site request: no preflight, text/plain or a form, no Authorization header) and DNS rebinding can
// reach the port under any host name; neither looks like an SDK, the AWS CLI or boto3, which always sign
// (SigV4 Authorization header or presigned query), never send Origin or Sec-Fetch-* headers, and use the
// content type of their service's protocol. Everything here is decided from the request line and headers
// alone, before any body is read. Signatures are not verified: any credentials are accepted, as before.
import type { IncomingHttpHeaders } from 'node:http';
import { expectsJson, type RequestUrl } from './router';
import { AwsError } from './types';

export interface AdmissionOptions {
  /** Browser origins (`scheme://host[:port]`, or `*`) whose requests are let in; none by default. */
  allowOrigins?: readonly string[];
}

export interface AdmissionRequest {
  method: string;
  url: RequestUrl;
  headers: IncomingHttpHeaders;
  /** The service the router chose from the headers, if any. */
  service?: string;
}

export interface Admission {
  /** Throws the AwsError the caller gets when the request may not come in. */
  admit(request: AdmissionRequest): void;
  /** CORS headers for a request from an allowed origin (undefined for everyone else). */
  corsHeaders(headers: IncomingHttpHeaders): Record<string, string> | undefined;
  /** Whether this is a CORS preflight from an allowed origin, answered with corsHeaders() and no body. */
  isAllowedPreflight(method: string, headers: IncomingHttpHeaders): boolean;
}

const SIGV4 = 'AWS4-HMAC-SHA256';
/** awsJson 1.0 (DynamoDB, SQS, Step Functions) and 1.1: the SDKs send exactly these. */
const AWS_JSON = /^application\/x-amz-json-1\.[01]\s*(;|$)/i;
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
/** The content types a browser may send cross-site without a preflight. */
const SIMPLE_TYPES = /^(text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const JSON_SERVICES = new Set(['dynamodb', 'sqs', 'states']);
const QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);
/** Response headers a browser client (allowed origin) must be able to read. */
const EXPOSED_HEADERS = 'x-amzn-requestid, x-amzn-errortype, x-amzn-query-error, x-amz-function-error, x-amz-log-result, x-amz-executed-version, x-amz-crc32, etag';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** localhost, *.localhost, 127.0.0.0/8 and [::1], with or without a port; the only names a DNS rebinding cannot use. */
export function isLoopbackHost(host: string): boolean {
  const name = (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === '[::1]') return true;
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/** The protocol's spelling of an error code: the query protocol's drop the 'Exception' the JSON protocols carry. */
function coded(query: boolean, code: string): string {
  return query ? code : `${code}Exception`;
}

/** The parts SigV4 requires of an Authorization header, each with the pattern that finds it (compiled once). */
const AUTHORIZATION_PARTS = ['Credential', 'Signature', 'SignedHeaders'].map((part) => ({ part, pattern: new RegExp(`(^|[\\s,])${part}=[^,\\s]+`) }));

/** What SigV4 asks of an Authorization header, as AWS lists it when a part is missing. */
function checkAuthorization(authorization: string, headers: IncomingHttpHeaders, query: boolean): void {
  const missing: string[] = [];
  const signed = authorization.startsWith(`${SIGV4} `);
  const parameters = authorization.slice(SIGV4.length);
  for (const { part, pattern } of AUTHORIZATION_PARTS) {
    if (!signed || !pattern.test(parameters)) {
      missing.push(`Authorization header requires '${part}' parameter.`);
    }
  }
  if (!header(headers, 'x-amz-date') && !header(headers, 'date')) missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  if (missing.length > 0) {
    throw new AwsError(coded(query, 'IncompleteSignature'), `${missing.join(' ')} Authorization=${authorization.split(/\s/)[0]}`, 403);
  }
}

function checkPresigned(params: URLSearchParams, query: boolean): void {
  const algorithm = params.get('X-Amz-Algorithm');
  if (algorithm && algorithm !== SIGV4) throw new AwsError(coded(query, 'IncompleteSignature'), `X-Amz-Algorithm only supports "${SIGV4}"`, 403);
  const missing = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders'].filter((name) => !params.get(name));
  if (missing.length > 0) {
    throw new AwsError(coded(query, 'IncompleteSignature'), `AWS query-string parameters must include ${missing.map((m) => `'${m}'`).join(', ')}. Re-examine the query-string parameters.`, 403);
  }
}

/** Whether the request carries a body (POST/PUT with content). */
function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = header(headers, 'content-length');
  return (length !== undefined && length !== '0') || header(headers, 'transfer-encoding') !== undefined;
}

/** The content type each service's protocol uses; throws the service's error for any other. */
function checkContentType(request: AdmissionRequest): void {
  const { service, headers, method, url } = request;
  const contentType = header(headers, 'content-type') ?? '';
  if (service && JSON_SERVICES.has(service)) {
    if (AWS_JSON.test(contentType)) return;
    // What an awsJson service answers when it cannot tell the protocol: it knows no such operation.
    throw new AwsError(
      'UnknownOperationException',
      `The content type '${contentType || '(none)'}' is not one this service's protocol uses; send application/x-amz-json-1.0 (or 1.1)`,
    );
  }
  if (service && QUERY_SERVICES.has(service)) {
    if (method === 'GET' || !hasBody(headers) || FORM.test(contentType)) return;
    // The query protocol reads a body only as a form: without one the request names no action.
    throw new AwsError('MissingAction', `The request is missing an action or a required parameter: a query-protocol body must be application/x-www-form-urlencoded, not '${contentType || '(none)'}'`);
  }
  if (service === 'lambda') {
    // An invocation's payload is opaque bytes; every other Lambda body is JSON, which no browser can send
    // cross-site without a preflight: the types it can are refused.
    if (url.pathname.endsWith('/invocations') || !hasBody(headers) || !SIMPLE_TYPES.test(contentType)) return;
    throw new AwsError('UnsupportedMediaTypeException', `The content type '${contentType}' is not supported; Lambda's request bodies are application/json`, 415);
  }
}

export function createAdmission(options: AdmissionOptions = {}): Admission {
  const allowed = new Set((options.allowOrigins ?? []).map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  const originAllowed = (origin: string): boolean => allowed.has('*') || allowed.has(origin.toLowerCase());

  return {
    admit(request) {
      const { headers, url, service } = request;
      // Refusals are worded in the caller's protocol, which an unsigned query caller shows only by not being JSON.
      const query = service ? QUERY_SERVICES.has(service) : !expectsJson(headers, url.pathname);
      const denied = (message: string): AwsError => new AwsError(coded(query, 'AccessDenied'), message, 403);
      const host = header(headers, 'host');
      if (host !== undefined && !isLoopbackHost(host)) {
        throw denied(`The local endpoint answers only requests addressed to a loopback name (localhost, 127.0.0.1, [::1]), not to '${host}'`);
      }
      const origin = header(headers, 'origin');
      if (origin !== undefined && !originAllowed(origin)) {
        throw denied(`Requests from the browser origin '${origin}' are refused; start the endpoint with --allow-origin ${origin} to let them in`);
      }
      // A browser's own navigations and subresource loads (a GET with the parameters in the URL) carry
      // no Origin, but say where they come from here.
      const site = header(headers, 'sec-fetch-site');
      if (origin === undefined && site !== undefined && site !== 'none' && site !== 'same-origin') {
        throw denied(`Requests a browser makes for another site (Sec-Fetch-Site: ${site}) are refused`);
      }
      const authorization = header(headers, 'authorization');
      if (authorization !== undefined) checkAuthorization(authorization, headers, query);
      else if (url.searchParams.has('X-Amz-Algorithm') || url.searchParams.has('X-Amz-Credential')) checkPresigned(url.searchParams, query);
      else throw new AwsError(coded(query, 'MissingAuthenticationToken'), 'Request is missing Authentication Token', 403);
      checkContentType(request);
    },
    corsHeaders(headers) {
      const origin = header(headers, 'origin');
      if (origin === undefined || !originAllowed(origin)) return undefined;
      return { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED_HEADERS, vary: 'Origin' };
    },
    isAllowedPreflight(method, headers) {
      const origin = header(headers, 'origin');
      return method === 'OPTIONS' && origin !== undefined && originAllowed(origin) && header(headers, 'access-control-request-method') !== undefined;
    },
  };
}

/** The headers answering an allowed preflight: the method and headers it asked for, for a day. */
export function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, PATCH',
    'access-control-allow-headers': header(headers, 'access-control-request-headers') ?? '*',
    'access-control-max-age': '86400',
  };
}
