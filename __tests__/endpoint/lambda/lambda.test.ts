// The Lambda service through its wire handler: create from a zip or inline source, get/list/delete,
// invoke in worker threads (results, errors, timeout, environment isolation, warm reuse).
import { afterAll, describe, expect, it } from '@jest/globals';
import { createLambdaService } from '../../../src/endpoint/services/lambda/index';
import type { AwsResponse, LambdaBackend } from '../../../src/endpoint/types';
import { MAX_WORKERS_PER_FUNCTION } from '../../../src/endpoint/services/lambda/runtime';
import { restRequest, testSettings } from './support';
import { buildZip } from './zip-builder';

const settings = testSettings({ url: 'http://127.0.0.1:4599' });
const service = createLambdaService(settings);
const backend = service.backend as LambdaBackend;
afterAll(() => service.close?.());

const json = (response: AwsResponse): Record<string, unknown> => JSON.parse(response.body.toString()) as Record<string, unknown>;

async function createFromZip(name: string, files: Record<string, string>, extra: Record<string, unknown> = {}): Promise<AwsResponse> {
  return service.handler.handle(
    restRequest('POST', '/2015-03-31/functions', {
      FunctionName: name,
      Runtime: 'nodejs24.x',
      Role: 'arn:aws:iam::000000000000:role/r',
      Handler: 'index.handler',
      Code: { ZipFile: buildZip(files).toString('base64') },
      ...extra,
    }),
  );
}

function invoke(nameOrArn: string, payload: unknown, headers: Record<string, string> = {}): Promise<AwsResponse> {
  return service.handler.handle(restRequest('POST', `/2015-03-31/functions/${encodeURIComponent(nameOrArn)}/invocations`, payload, headers));
}

describe('Lambda functions', () => {
  it('creates a function from a zip, describes, lists and runs it with a relative require', async () => {
    const created = await createFromZip('adder', {
      'index.js': "const { add } = require('./lib/math'); exports.handler = async (event) => ({ sum: add(event.a, event.b) });",
      'lib/math.js': 'exports.add = (a, b) => a + b;',
    });
    expect(created.status).toBe(201);
    expect(json(created)).toMatchObject({ FunctionName: 'adder', FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:adder', Timeout: 3, State: 'Active' });

    const got = json(await service.handler.handle(restRequest('GET', '/2015-03-31/functions/adder')));
    expect(got.Configuration).toMatchObject({ FunctionName: 'adder', Handler: 'index.handler' });
    const listed = json(await service.handler.handle(restRequest('GET', '/2015-03-31/functions/')));
    expect((listed.Functions as { FunctionName: string }[]).map((f) => f.FunctionName)).toContain('adder');

    const result = await invoke('arn:aws:lambda:us-east-1:000000000000:function:adder', { a: 2, b: 5 });
    expect(result.status).toBe(200);
    expect(result.headers?.['x-amz-executed-version']).toBe('$LATEST');
    expect(result.headers?.['x-amz-function-error']).toBeUndefined();
    expect(json(result)).toEqual({ sum: 7 });
  });

  it('runs inline source from CloudFormation with the SDK the runtime ships, and its own environment', async () => {
    const hostEnvBefore = { ...process.env };
    backend.createFunction(
      {
        FunctionName: 'env-reader',
        Runtime: 'nodejs24.x',
        Role: 'arn:aws:iam::000000000000:role/r',
        Handler: 'index.handler',
        ZipFile: [
          "const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');",
          "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');",
          'exports.handler = async () => {',
          "  process.env.LEAKED_FROM_FUNCTION = 'yes';",
          '  return { table: process.env.TABLE_NAME, endpoint: process.env.AWS_ENDPOINT_URL, name: process.env.AWS_LAMBDA_FUNCTION_NAME,',
          "    sdk: typeof DynamoDBClient === 'function' && typeof DynamoDBDocumentClient.from === 'function' };",
          '};',
        ].join('\n'),
        Environment: { Variables: { TABLE_NAME: 'messages' } },
      },
      'us-east-1',
    );
    const result = await backend.invoke('env-reader', '{}', 'us-east-1');
    expect(result.functionError).toBeUndefined();
    expect(JSON.parse(result.payload)).toEqual({ table: 'messages', endpoint: 'http://127.0.0.1:4599', name: 'env-reader', sdk: true });
    expect(process.env).toEqual(hostEnvBefore);
  });

  it('runs ES module handlers: .mjs, "type": "module" packages and import/export in index.js', async () => {
    const esm = [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
      "import { join } from 'node:path';",
      "import { greet } from './lib/greet.mjs';",
      'export const handler = async (event) => ({ text: greet(event.name), sdk: typeof DynamoDBClient === "function" && typeof DynamoDBDocumentClient.from === "function", path: join("a", "b") });',
    ].join('\n');
    const greet = "export const greet = (name) => `hello ${name}`;";
    await createFromZip('esm-mjs', { 'index.mjs': esm, 'lib/greet.mjs': greet });
    await createFromZip('esm-type-module', { 'index.js': esm, 'lib/greet.mjs': greet, 'package.json': '{"type":"module"}' });
    await createFromZip('esm-detected', { 'index.js': esm, 'lib/greet.mjs': greet });
    for (const name of ['esm-mjs', 'esm-type-module', 'esm-detected']) {
      const result = await invoke(name, { name: 'wills' });
      expect(result.headers?.['x-amz-function-error']).toBeUndefined();
      expect(json(result)).toEqual({ text: 'hello wills', sdk: true, path: 'a/b' });
    }
  });

  it('keeps a worker warm between sequential invocations', async () => {
    await createFromZip('counter', { 'index.js': 'let calls = 0; exports.handler = async () => ++calls;' });
    const first = json(await invoke('counter', {}));
    const second = json(await invoke('counter', {}));
    expect(second).toBe(Number(first) + 1);
  });

  it('runs concurrent calls on a bounded number of workers, each call completing', async () => {
    await createFromZip('parallel', {
      'index.js': "const { threadId } = require('node:worker_threads'); exports.handler = async (event) => { await new Promise((r) => setImmediate(r)); return { n: event.n, threadId }; };",
    });
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(async (n) => json(await invoke('parallel', { n }))));
    expect(results.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(results.map((r) => r.threadId)).size).toBeLessThanOrEqual(MAX_WORKERS_PER_FUNCTION);
  });

  it('lets a call in flight finish on the old code when the code is updated', async () => {
    const version = (label: string): string => buildZip({ 'index.js': `exports.handler = async (e) => { if (e.slow) await new Promise((r) => setTimeout(r, 300)); return '${label}'; };` }).toString('base64');
    await service.handler.handle(restRequest('POST', '/2015-03-31/functions', { FunctionName: 'updated', Runtime: 'nodejs24.x', Role: 'r', Handler: 'index.handler', Code: { ZipFile: version('old') } }));
    await invoke('updated', {}); // warm
    const inFlight = invoke('updated', { slow: true });
    await service.handler.handle(restRequest('PUT', '/2015-03-31/functions/updated/code', { ZipFile: version('new') }));
    const finished = await inFlight;
    expect(finished.headers?.['x-amz-function-error']).toBeUndefined();
    expect(json(finished)).toBe('old');
    expect(json(await invoke('updated', {}))).toBe('new');
  });

  it('returns a thrown error as a function error named by the error', async () => {
    await createFromZip('thrower', {
      'index.js': "class MessageTableMissing extends Error { constructor(m) { super(m); this.name = 'MessageTableMissing'; } }\nexports.handler = async () => { throw new MessageTableMissing('no table'); };",
    });
    const result = await invoke('thrower', {});
    expect(result.status).toBe(200);
    expect(result.headers?.['x-amz-function-error']).toBe('Unhandled');
    expect(json(result)).toMatchObject({ errorType: 'MessageTableMissing', errorMessage: 'no table' });
    expect(Array.isArray(json(result).trace)).toBe(true);
  });

  it("shows the function's files as /var/task and never a path of the endpoint's host in an error", async () => {
    await createFromZip('deep-thrower', {
      'index.js': "const { fail } = require('./lib/fail');\nexports.handler = async () => fail(require('path').join(__dirname, 'x'));",
      'lib/fail.js': "exports.fail = (where) => { throw new Error('failed at ' + where); };",
    });
    const body = json(await invoke('deep-thrower', {})) as { errorMessage: string; trace: string[] };
    expect(body.errorMessage).toBe('failed at /var/task/x');
    expect(body.trace.join('\n')).toContain('/var/task/lib/fail.js');
    const text = JSON.stringify(body);
    expect(text).not.toContain(process.cwd());
    // Every absolute path in the trace is one a function sees in Lambda's sandbox.
    for (const path of text.match(/(?<=[\s(])(?:file:\/\/)?\/[^\s():'"]+/g) ?? []) expect(path).toMatch(/^\/(var\/task|var\/runtime)\//);
  });

  it('reports a missing handler export as Runtime.HandlerNotFound', async () => {
    await createFromZip('no-handler', { 'index.js': 'exports.other = async () => 1;' });
    const result = await invoke('no-handler', {});
    expect(json(result)).toMatchObject({ errorType: 'Runtime.HandlerNotFound' });
  });

  it('ends a function that runs past its timeout', async () => {
    await createFromZip('sleeper', { 'index.js': 'exports.handler = () => new Promise(() => {});' }, { Timeout: 1 });
    const result = await invoke('sleeper', {});
    expect(result.headers?.['x-amz-function-error']).toBe('Unhandled');
    expect(json(result).errorType).toBe('Sandbox.Timedout');
    expect(String(json(result).errorMessage)).toContain('Task timed out after 1.00 seconds');
    // The next call starts a fresh worker and times out the same way rather than hanging.
    await service.handler.handle(restRequest('PUT', '/2015-03-31/functions/sleeper/code', { ZipFile: buildZip({ 'index.js': 'exports.handler = async () => "awake";' }).toString('base64') }));
    expect(json(await invoke('sleeper', {}))).toBe('awake');
  });

  it('answers unknown functions and bad input the way AWS does', async () => {
    const missing = await invoke('nope', {});
    expect(missing.status).toBe(404);
    expect(missing.headers?.['x-amzn-errortype']).toBe('ResourceNotFoundException');
    const duplicate = await createFromZip('adder', { 'index.js': '' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers?.['x-amzn-errortype']).toBe('ResourceConflictException');
    const badZip = await service.handler.handle(restRequest('POST', '/2015-03-31/functions', { FunctionName: 'bad', Runtime: 'nodejs24.x', Role: 'r', Handler: 'index.handler', Code: { ZipFile: 'bm90IGEgemlw' } }));
    expect(badZip.headers?.['x-amzn-errortype']).toBe('InvalidParameterValueException');
  });

  it('deletes a function', async () => {
    await createFromZip('short-lived', { 'index.js': 'exports.handler = async () => 1;' });
    await invoke('short-lived', {});
    expect((await service.handler.handle(restRequest('DELETE', '/2015-03-31/functions/short-lived'))).status).toBe(204);
    expect((await service.handler.handle(restRequest('GET', '/2015-03-31/functions/short-lived'))).status).toBe(404);
    expect(backend.getFunctionArn('short-lived', 'us-east-1')).toBeUndefined();
  });

  it('persists functions and restores them', async () => {
    const snapshot = JSON.parse(JSON.stringify(service.persist?.snapshot())) as unknown;
    const restored = createLambdaService(testSettings());
    try {
      restored.persist?.restore(snapshot);
      const result = await (restored.backend as LambdaBackend).invoke('adder', '{"a":1,"b":1}', 'us-east-1');
      expect(JSON.parse(result.payload)).toEqual({ sum: 2 });
    } finally {
      await restored.close?.();
    }
  });
});
