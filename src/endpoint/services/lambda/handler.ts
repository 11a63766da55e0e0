// Lambda's restJson1 wire handling: routes /2015-03-31/functions/… requests to the function store.
import { randomUUID } from 'node:crypto';
import { AwsError, type AwsRequest, type AwsResponse, type ServiceHandler } from '../../types';
import { jsonError, jsonResponse, parseJsonBody, requireString } from '../../protocol/json';
import { codeFromPackage, type CreateInput, type FunctionStore } from './functions';
import { unzip } from './zip';

const CONTENT_TYPE = 'application/json';
const NAMESPACE = 'com.amazonaws.lambda';

type Route = (request: AwsRequest, name: string) => Promise<AwsResponse>;

export function lambdaHandler(store: FunctionStore): ServiceHandler {
  const ok = (body: unknown, status = 200): AwsResponse => jsonResponse(body, status, CONTENT_TYPE);

  const routes: Record<string, Route> = {
    'POST functions': async (request) => {
      const input = parseJsonBody(request);
      const code = (input.Code ?? {}) as { ZipFile?: string; S3Bucket?: string };
      if (!code.ZipFile) {
        throw new AwsError('InvalidParameterValueException', 'The local endpoint accepts code as Code.ZipFile only (no S3 or image packages)');
      }
      requireString(input, 'FunctionName');
      const zip = Buffer.from(code.ZipFile, 'base64');
      const config = store.create(input as unknown as CreateInput, codeFromPackage(unzip(zip), zip), request.region);
      return ok(config, 201);
    },
    'GET functions': async (request) => {
      const all = store.list(request.region);
      const marker = request.query.get('Marker');
      const max = Math.min(Number(request.query.get('MaxItems') ?? 50) || 50, 10000);
      const start = marker ? Math.max(0, all.findIndex((f) => f.FunctionName === marker)) : 0;
      const page = all.slice(start, start + max);
      const next = all[start + max];
      return ok({ Functions: page, ...(next ? { NextMarker: next.FunctionName } : {}) });
    },
    'GET function': async (request, name) => {
      const record = store.get(name, request.region);
      // AWS answers with a presigned S3 URL for the package; there is none here, so the location says so.
      return ok({ Configuration: record.config, Code: { RepositoryType: 'S3', Location: 'local://code-is-not-downloadable' }, Tags: record.tags });
    },
    'GET configuration': async (request, name) => ok(store.get(name, request.region).config),
    'PUT configuration': async (request, name) => ok(await store.updateConfiguration(name, parseJsonBody(request) as Partial<CreateInput>, request.region)),
    'PUT code': async (request, name) => {
      const input = parseJsonBody(request);
      if (typeof input.ZipFile !== 'string') throw new AwsError('InvalidParameterValueException', 'The local endpoint accepts code as ZipFile only');
      const zip = Buffer.from(input.ZipFile, 'base64');
      return ok(await store.updateCode(name, codeFromPackage(unzip(zip), zip), request.region));
    },
    'DELETE function': async (request, name) => {
      await store.delete(name, request.region);
      return { status: 204, body: '' };
    },
    'POST invocations': async (request, name) => invoke(store, request, name),
    'GET tags': async (request, name) => ok({ Tags: store.tags(name, request.region) }),
  };

  return {
    service: 'lambda',
    async handle(request) {
      try {
        const { key, name } = route(request);
        const handle = routes[key];
        if (!handle) throw new AwsError('UnknownOperationException', `lambda: ${request.method} ${request.path} is not implemented by the local endpoint`, 404);
        return await handle(request, name);
      } catch (error) {
        const aws = error instanceof AwsError ? error : new AwsError('ServiceException', (error as Error).message, 500, 'Receiver');
        return jsonError(aws, NAMESPACE, { 'x-amzn-requestid': request.requestId }, CONTENT_TYPE);
      }
    },
  };
}

/** `METHOD resource` for the route table, and the decoded function name or ARN. */
function route(request: AwsRequest): { key: string; name: string } {
  const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
  const [version, collection, name, sub] = segments;
  if (version === '2017-03-31' && collection === 'tags' && segments.length >= 3) {
    return { key: `${request.method} tags`, name: segments.slice(2).join('/') };
  }
  if (version !== '2015-03-31' || collection !== 'functions') return { key: '', name: '' };
  if (name === undefined) return { key: `${request.method} functions`, name: '' };
  return { key: `${request.method} ${sub ?? 'function'}`, name };
}

async function invoke(store: FunctionStore, request: AwsRequest, name: string): Promise<AwsResponse> {
  const type = String(request.headers['x-amz-invocation-type'] ?? 'RequestResponse');
  const payload = request.body.toString('utf8');
  if (payload.length > 0) {
    try {
      JSON.parse(payload);
    } catch {
      throw new AwsError('InvalidRequestContentException', 'Could not parse request body into json: Could not parse payload into json', 400);
    }
  }
  store.get(name, request.region); // 404 before anything runs
  const requestId = request.requestId || randomUUID();
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE, 'x-amz-executed-version': '$LATEST', 'x-amzn-requestid': requestId };
  if (type === 'DryRun') return { status: 204, headers, body: '' };
  if (type === 'Event') {
    // Asynchronous: accepted now, run in the background; its outcome is not reported to the caller.
    void store.invoke(name, payload, request.region, requestId).catch(() => undefined);
    return { status: 202, headers, body: '' };
  }
  const outcome = await store.invoke(name, payload, request.region, requestId);
  if (outcome.functionError) headers['x-amz-function-error'] = outcome.functionError;
  if (String(request.headers['x-amz-log-type'] ?? '') === 'Tail') headers['x-amz-log-result'] = Buffer.from(outcome.logTail, 'utf8').toString('base64');
  return { status: 200, headers, body: outcome.payload };
}
