// The worker thread that runs one emulated Lambda function's code, kept warm between invocations.
//
// Runs in two modes: bundled (dist/lambda-worker/index.js) and straight from this source file (Node 24
// strips the types), so it uses erasable syntax only, `import type`, and bare package imports: no
// relative imports. The host gives it its own environment (the function's variables, AWS_ENDPOINT_URL),
// so nothing here touches the host's process.env.
//
// The function's code is CommonJS, as the Node.js runtimes run an `index.js`: each file is compiled with
// the CommonJS wrapper, and its `require` hands out the SDK packages this worker ships (as the runtime
// ships the SDK), other files of the package, and Node's built-ins. An ES module handler (`.mjs`, a
// package of "type": "module", or a `.js` written with import/export) is imported through in-thread
// module hooks that serve the package's files from memory and the shipped SDK packages by name.
import * as clientDynamoDb from '@aws-sdk/client-dynamodb';
import * as libDynamoDb from '@aws-sdk/lib-dynamodb';
import { createRequire, registerHooks } from 'node:module';
import { posix } from 'node:path';
import { compileFunction } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

/** What the host passes when it starts the worker. */
export interface WorkerSetup {
  /** Package files (path inside the package -> UTF-8 text). */
  files: Record<string, string>;
  /** e.g. `index.handler` */
  handler: string;
  functionName: string;
  functionArn: string;
  memorySize: number;
}

/** Host -> worker. */
export interface InvokeMessage {
  id: number;
  payload: string;
  requestId: string;
  /** The function's timeout; the clock starts once the code is loaded (init is not billed to the call). */
  timeoutMs: number;
}

/** Worker -> host: the call has begun (the package is loaded), so the host starts the timeout clock. */
export interface InvokeStarted {
  id: number;
  started: true;
}

export interface FunctionErrorBody {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** Worker -> host. */
export type InvokeReply = { id: number; ok: true; payload: string } | { id: number; ok: false; error: FunctionErrorBody };

type Handler = (event: unknown, context: Record<string, unknown>, callback?: (error: unknown, result?: unknown) => void) => unknown;

interface CommonJsModule {
  exports: Record<string, unknown>;
}

const TASK_ROOT = '/var/task';

/** The packages the Node.js runtime ships and this worker bundles. */
const shippedPackages: Record<string, unknown> = {
  '@aws-sdk/client-dynamodb': clientDynamoDb,
  '@aws-sdk/lib-dynamodb': libDynamoDb,
};

/** A failure that should reach the caller with a Lambda runtime error type. */
class RuntimeFailure extends Error {
  errorType: string;
  constructor(errorType: string, message: string) {
    super(message);
    this.errorType = errorType;
  }
}

/** A tiny CommonJS loader over the package's files, held in memory. */
class PackageLoader {
  private readonly cache = new Map<string, CommonJsModule>();
  private readonly fallbackRequire = createRequire(import.meta.url);
  private readonly files: Record<string, string>;

  constructor(files: Record<string, string>) {
    this.files = files;
  }

  load(path: string): CommonJsModule {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const source = this.files[path];
    if (source === undefined) throw new RuntimeFailure('Runtime.ImportModuleError', `Error: Cannot find module '${path}'`);
    if (path.endsWith('.json')) {
      const module: CommonJsModule = { exports: JSON.parse(source) as Record<string, unknown> };
      this.cache.set(path, module);
      return module;
    }
    const module: CommonJsModule = { exports: {} };
    this.cache.set(path, module);
    const filename = posix.join(TASK_ROOT, path);
    let wrapper: (...args: unknown[]) => unknown;
    try {
      wrapper = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename }) as typeof wrapper;
    } catch (error) {
      this.cache.delete(path);
      throw new RuntimeFailure('Runtime.UserCodeSyntaxError', `${(error as Error).name}: ${(error as Error).message}`);
    }
    wrapper(module.exports, (id: string) => this.require(id, posix.dirname(path)), module, filename, posix.dirname(filename));
    return module;
  }

  private require(id: string, fromDir: string): unknown {
    if (id in shippedPackages) return shippedPackages[id];
    if (id.startsWith('./') || id.startsWith('../') || id.startsWith('/')) {
      const base = id.startsWith('/') ? posix.relative(TASK_ROOT, id) : posix.join(fromDir, id);
      const found = [base, `${base}.js`, `${base}.cjs`, `${base}.json`, `${base}/index.js`].find((p) => p in this.files);
      if (!found) throw new RuntimeFailure('Runtime.ImportModuleError', `Error: Cannot find module '${id}'`);
      return this.load(found).exports;
    }
    // Node's built-ins, and packages installed beside the worker (in a checkout; not in a bare dist/).
    try {
      return this.fallbackRequire(id);
    } catch {
      throw new RuntimeFailure('Runtime.ImportModuleError', `Error: Cannot find module '${id}'`);
    }
  }
}

const setup = workerData as WorkerSetup;
const loader = new PackageLoader(setup.files);
let handler: Promise<Handler> | undefined;

// ---- ES modules: package files as lambda-task:///<path>, shipped packages as lambda-shipped:<name> ----

const TASK_URL = 'lambda-task:///';
const SHIPPED_URL = 'lambda-shipped:';
const SHIPPED_GLOBAL = Symbol.for('local-endpoint.lambda.shipped');
(globalThis as Record<symbol, unknown>)[SHIPPED_GLOBAL] = shippedPackages;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier in shippedPackages) return { url: SHIPPED_URL + specifier, shortCircuit: true };
    if (specifier.startsWith(TASK_URL)) return { url: specifier, shortCircuit: true };
    if (context.parentURL?.startsWith(TASK_URL)) {
      if (/^\.{0,2}\//.test(specifier)) return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
      return nextResolve(specifier, { ...context, parentURL: import.meta.url });
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith(SHIPPED_URL)) {
      const name = url.slice(SHIPPED_URL.length);
      const names = Object.keys(shippedPackages[name] as object).filter((key) => key !== 'default' && IDENTIFIER.test(key));
      const source = `const m = globalThis[Symbol.for(${JSON.stringify(SHIPPED_GLOBAL.description)})][${JSON.stringify(name)}];
export default m.default ?? m;
export const { ${names.join(', ')} } = m;`;
      return { format: 'module', source, shortCircuit: true };
    }
    if (url.startsWith(TASK_URL)) {
      const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
      const source = setup.files[path];
      if (source === undefined) throw new RuntimeFailure('Runtime.ImportModuleError', `Error: Cannot find module '${path}'`);
      return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

/** Whether the package says its .js files are ES modules. */
function packageIsModule(): boolean {
  try {
    return (JSON.parse(setup.files['package.json'] ?? '{}') as { type?: string }).type === 'module';
  } catch {
    return false;
  }
}

/** CommonJS that will not compile because it is an ES module (import/export syntax). */
function isModuleSyntax(error: unknown): boolean {
  return error instanceof RuntimeFailure && /import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta'/.test(error.message);
}

/** Node's own import(), hidden from the bundler, which would otherwise resolve it against the bundle. */
function importModule(url: string): Promise<Record<string, unknown>> {
  return import(/* webpackIgnore: true */ url) as Promise<Record<string, unknown>>;
}

async function loadExports(file: string): Promise<Record<string, unknown>> {
  if (file.endsWith('.mjs') || (file.endsWith('.js') && packageIsModule())) return importModule(TASK_URL + file);
  try {
    return loader.load(file).exports;
  } catch (error) {
    if (!isModuleSyntax(error)) throw error;
    return importModule(TASK_URL + file);
  }
}

/** Resolves `file.export` (the file may sit in a folder) to the exported function, loading it once. */
function resolveHandler(): Promise<Handler> {
  handler ??= (async () => {
    const dot = setup.handler.lastIndexOf('.');
    const modulePath = setup.handler.slice(0, dot);
    const exportName = setup.handler.slice(dot + 1);
    const file = [`${modulePath}.js`, `${modulePath}.mjs`, `${modulePath}.cjs`].find((p) => p in setup.files);
    if (dot <= 0 || !file) {
      throw new RuntimeFailure('Runtime.ImportModuleError', `Error: Cannot find module '${modulePath}'`);
    }
    const exported = (await loadExports(file))[exportName];
    if (typeof exported !== 'function') {
      throw new RuntimeFailure('Runtime.HandlerNotFound', `${setup.handler} is undefined or not exported`);
    }
    return exported as Handler;
  })();
  // A failed init is tried again on the next call, as the runtime does.
  handler.catch(() => {
    handler = undefined;
  });
  return handler;
}

function contextFor(message: InvokeMessage, deadline: number): Record<string, unknown> {
  return {
    functionName: setup.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: setup.functionArn,
    memoryLimitInMB: String(setup.memorySize),
    awsRequestId: message.requestId,
    logGroupName: `/aws/lambda/${setup.functionName}`,
    logStreamName: `local/[$LATEST]${message.requestId.replaceAll('-', '')}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

/** Calls the handler, async or callback style, and settles with its result. */
function callHandler(fn: Handler, event: unknown, context: Record<string, unknown>): Promise<unknown> {
  if (fn.length >= 3) {
    return new Promise((resolve, reject) => {
      const returned = fn(event, context, (error, result) => (error ? reject(error) : resolve(result)));
      if (returned && typeof (returned as Promise<unknown>).then === 'function') (returned as Promise<unknown>).then(resolve, reject);
    });
  }
  return Promise.resolve().then(() => fn(event, context));
}

function errorBody(error: unknown): FunctionErrorBody {
  if (error instanceof RuntimeFailure) return { errorType: error.errorType, errorMessage: error.message, trace: [] };
  if (error instanceof Error) {
    return {
      errorType: error.name === 'Error' && error.constructor.name !== 'Error' ? error.constructor.name : error.name,
      errorMessage: error.message,
      trace: (error.stack ?? '').split('\n'),
    };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

async function invoke(message: InvokeMessage, deadline: number, loading: Promise<Handler>): Promise<InvokeReply> {
  try {
    const fn = await loading;
    const event: unknown = message.payload.length > 0 ? JSON.parse(message.payload) : {};
    const result = await callHandler(fn, event, contextFor(message, deadline));
    return { id: message.id, ok: true, payload: JSON.stringify(result ?? null) };
  } catch (error) {
    return { id: message.id, ok: false, error: errorBody(error) };
  }
}

// Rejections nobody awaited end the invocation in flight, as the runtime does (Runtime.UnhandledPromiseRejection).
let current: InvokeMessage | undefined;
process.on('unhandledRejection', (reason) => {
  if (!current) return;
  const body = errorBody(reason);
  (parentPort as MessagePort).postMessage({
    id: current.id,
    ok: false,
    error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: `${body.errorType}: ${body.errorMessage}`, trace: body.trace },
  } satisfies InvokeReply);
  current = undefined;
});

(parentPort as MessagePort).on('message', (message: InvokeMessage) => {
  current = message;
  // Loading the package is the init phase, outside the call's timeout; its errors are the call's result.
  const loading = resolveHandler();
  const begin = (): Promise<InvokeReply> => {
    (parentPort as MessagePort).postMessage({ id: message.id, started: true } satisfies InvokeStarted);
    return invoke(message, Date.now() + message.timeoutMs, loading);
  };
  void loading.then(begin, begin).then((reply) => {
    if (current?.id !== message.id) return; // already answered (unhandled rejection)
    current = undefined;
    (parentPort as MessagePort).postMessage(reply);
  });
});
