// What a request asks for, read the way each protocol names it: the X-Amz-Target operation and JSON
// members (DynamoDB, SQS, Step Functions), the form's Action and parameters (CloudFormation, IAM, STS),
// or Lambda's REST method and path. Reading never fails: a malformed body is left for the service to
// refuse, after authorisation, as AWS does.
import type { AwsRequest } from '../types';

export interface ServiceCall {
  /** SigV4 service name: dynamodb | sqs | lambda | states | cloudformation | iam | sts */
  service: string;
  /** The API operation (`PutItem`, `Invoke`), or for an unrecognised Lambda path `<METHOD> <path>`. */
  operation: string;
  region: string;
  accountId: string;
  /** JSON members of the body (JSON protocols and Lambda), `{}` when there are none. */
  json: Record<string, unknown>;
  /** Query protocols: the form parameters; Lambda: the URL's query string. */
  params: URLSearchParams;
  /** Lambda's path parameters (FunctionName, Name of an alias, ARN of a tagged resource, StatementId). */
  path: Record<string, string>;
}

const QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);

export function readCall(request: AwsRequest): ServiceCall {
  const base = { service: request.service, region: request.region, accountId: request.accountId };
  if (QUERY_SERVICES.has(request.service)) {
    const params = formParams(request);
    return { ...base, operation: params.get('Action') ?? '', json: {}, params, path: {} };
  }
  if (request.service === 'lambda') {
    const { operation, path } = lambdaOperation(request.method, request.path);
    return { ...base, operation, json: jsonBody(request.body), params: request.query, path };
  }
  return { ...base, operation: request.target ?? '', json: jsonBody(request.body), params: request.query, path: {} };
}

function formParams(request: AwsRequest): URLSearchParams {
  const params = new URLSearchParams(request.query);
  if (request.body.length > 0) for (const [k, v] of new URLSearchParams(request.body.toString('utf8'))) params.set(k, v);
  return params;
}

function jsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Lambda's REST routes (the request URIs of the Lambda API Reference), as operation names. Only the
 * method, the API version segment and the shape of the path decide; the function need not exist.
 */
export function lambdaOperation(method: string, rawPath: string): { operation: string; path: Record<string, string> } {
  const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
  const [version, collection, name, sub, subName] = segments;
  const found = (operation: string, path: Record<string, string> = {}): { operation: string; path: Record<string, string> } => ({ operation, path });
  if (version === '2017-03-31' && collection === 'tags' && segments.length >= 3) {
    const arn = segments.slice(2).join('/');
    const byMethod: Record<string, string> = { GET: 'ListTags', POST: 'TagResource', DELETE: 'UntagResource' };
    if (byMethod[method]) return found(byMethod[method], { ARN: arn });
  }
  if (version === '2016-08-19' && collection === 'account-settings' && method === 'GET') return found('GetAccountSettings');
  if ((version === '2017-10-31' || version === '2019-09-30') && collection === 'functions' && name && sub === 'concurrency') {
    const byMethod: Record<string, string> = { PUT: 'PutFunctionConcurrency', DELETE: 'DeleteFunctionConcurrency', GET: 'GetFunctionConcurrency' };
    if (byMethod[method]) return found(byMethod[method], { FunctionName: name });
  }
  if (version === '2015-03-31' && collection === 'functions') {
    if (name === undefined) {
      if (method === 'POST') return found('CreateFunction');
      if (method === 'GET') return found('ListFunctions');
    } else {
      const key = `${method} ${sub ?? ''}${subName !== undefined ? '/{}' : ''}`;
      const operation = LAMBDA_FUNCTION_ROUTES[key];
      if (operation) {
        const path: Record<string, string> = { FunctionName: name };
        if (sub === 'aliases' && subName !== undefined) path.Name = subName;
        if (sub === 'policy' && subName !== undefined) path.StatementId = subName;
        return found(operation, path);
      }
    }
  }
  return found(`${method} ${rawPath}`);
}

const LAMBDA_FUNCTION_ROUTES: Record<string, string> = {
  'GET ': 'GetFunction',
  'DELETE ': 'DeleteFunction',
  'GET configuration': 'GetFunctionConfiguration',
  'PUT configuration': 'UpdateFunctionConfiguration',
  'PUT code': 'UpdateFunctionCode',
  'POST invocations': 'Invoke',
  'POST versions': 'PublishVersion',
  'GET versions': 'ListVersionsByFunction',
  'POST aliases': 'CreateAlias',
  'GET aliases': 'ListAliases',
  'GET aliases/{}': 'GetAlias',
  'PUT aliases/{}': 'UpdateAlias',
  'DELETE aliases/{}': 'DeleteAlias',
  'POST policy': 'AddPermission',
  'GET policy': 'GetPolicy',
  'DELETE policy/{}': 'RemovePermission',
};

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
