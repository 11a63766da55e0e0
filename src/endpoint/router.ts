// Which emulated service a request is for, decided the way the SDKs make it decidable on one port:
// the SigV4 credential scope names the service (and region); older or unsigned callers are recognised
// by X-Amz-Target, the Lambda REST path, or the query protocol's Version parameter.
import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_REGION } from './types';

/** What routing and admission read of a request's target: a URL, or the same two members of one. */
export type RequestUrl = Pick<URL, 'pathname' | 'searchParams'>;

/**
 * The request target as a RequestUrl. The JSON and query protocols always post to '/', which needs no URL
 * parsed for it (the target of every DynamoDB, SQS and Step Functions call); anything else is parsed.
 */
export function requestUrl(target: string | undefined): RequestUrl {
  if (target === undefined || target === '/') return { pathname: '/', searchParams: new URLSearchParams() };
  return new URL(target, 'http://127.0.0.1');
}

/** Service and region taken from the request line and headers alone (the body still unread). */
export interface HeaderRoute {
  service?: string;
  region: string;
  /** The operation after the '.' of X-Amz-Target, when the header is present. */
  target?: string;
}

const TARGET_PREFIXES: Record<string, string> = {
  DynamoDB_20120810: 'dynamodb',
  AmazonSQS: 'sqs',
  AWSStepFunctions: 'states',
};

const QUERY_VERSIONS: Record<string, string> = {
  '2010-05-15': 'cloudformation',
  '2010-05-08': 'iam',
  '2011-06-15': 'sts',
};

const LAMBDA_PATH = '/2015-03-31/';

/** `Credential=<key>/<date>/<region>/<service>/aws4_request` from an Authorization header. */
export function credentialScope(authorization: string | undefined): { region: string; service: string } | undefined {
  if (!authorization) return undefined;
  const match = /Credential=([^,\s]+)/.exec(authorization);
  if (!match) return undefined;
  const parts = match[1].split('/');
  // The access key id may itself not contain '/', so the scope is always the last four parts.
  if (parts.length < 5 || parts[parts.length - 1] !== 'aws4_request') return undefined;
  const [region, service] = parts.slice(-3, -1);
  if (!region || !service) return undefined;
  return { region, service };
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Presigned URLs carry the scope in the query string instead of the header. */
function queryCredential(url: RequestUrl): string | undefined {
  const credential = url.searchParams.get('X-Amz-Credential');
  return credential ? `Credential=${credential}` : undefined;
}

/** Routes on everything but the body; `service` is undefined when only the body's Version can tell. */
export function routeByHeaders(headers: IncomingHttpHeaders, url: RequestUrl): HeaderRoute {
  const scope = credentialScope(headerValue(headers, 'authorization') ?? queryCredential(url));
  const targetHeader = headerValue(headers, 'x-amz-target');
  const [prefix, target] = targetHeader ? splitTarget(targetHeader) : [undefined, undefined];
  const region = scope?.region ?? DEFAULT_REGION;
  if (scope) return { service: scope.service, region, target };
  if (prefix && TARGET_PREFIXES[prefix]) return { service: TARGET_PREFIXES[prefix], region, target };
  if (url.pathname.startsWith(LAMBDA_PATH)) return { service: 'lambda', region, target };
  const version = url.searchParams.get('Version');
  if (version && QUERY_VERSIONS[version]) return { service: QUERY_VERSIONS[version], region, target };
  return { region, target };
}

function splitTarget(target: string): [string, string | undefined] {
  const dot = target.indexOf('.');
  return dot < 0 ? [target, undefined] : [target.slice(0, dot), target.slice(dot + 1)];
}

/** The query protocol's service, from the form body's (or query string's) Version. */
export function serviceFromVersion(params: URLSearchParams): string | undefined {
  const version = params.get('Version');
  return version ? QUERY_VERSIONS[version] : undefined;
}

/**
 * Whether the caller speaks a JSON protocol (so errors must be JSON) rather than the query protocol
 * (XML errors). Decided from what the caller sent, since the service may be unknown.
 */
export function expectsJson(headers: IncomingHttpHeaders, path: string): boolean {
  if (headerValue(headers, 'x-amz-target')) return true;
  if (path.startsWith(LAMBDA_PATH)) return true;
  const contentType = headerValue(headers, 'content-type') ?? '';
  return contentType.includes('json');
}
