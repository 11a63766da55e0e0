export const id = 637;
export const ids = [637];
export const modules = {

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLambdaService: () => (/* binding */ createLambdaService)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/endpoint/faults.ts
var endpoint_faults = __webpack_require__(12500);
// EXTERNAL MODULE: ./src/endpoint/iam-policy/sessions.ts
var sessions = __webpack_require__(34819);
// EXTERNAL MODULE: ./src/endpoint/iam-policy/trust.ts
var trust = __webpack_require__(77406);
// EXTERNAL MODULE: ./src/endpoint/types.ts
var types = __webpack_require__(816);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/endpoint/services/lambda/host-paths.ts
// A function error as Lambda reports it names only the function's own files and the runtime's: `/var/task/index.js`,
// `/var/runtime/...`. Here the function runs in a worker thread of the endpoint, so a stack trace would also name
// files of the machine the endpoint runs on (the worker's script, its node_modules, the checkout); that path
// would reach a failed run's cause, the action's annotations and logs. The host's paths are rewritten the way
// Lambda's runtime paths look, before the error leaves the endpoint.
/** Paths a function sees inside Lambda's sandbox, left as they are. */
const SANDBOX_ROOTS = ['/var/task', '/var/runtime', '/opt', '/tmp'];
/**
 * An absolute path (or file:// URL) that starts a stack frame's location or a word: after the start, whitespace, `(`
 * or a quote. Not a URL's path (`http://host/x` has `:` before its slashes).
 */
const ABSOLUTE_PATH = /(^|[\s('"`])(file:\/\/)?(\/[^\s()'"`:]+)/g;
const within = (path, root) => path === root || path.startsWith(`${root}/`);
function sandboxPath(path, hostRoots) {
    // The endpoint's own files are the host's even where a sandbox root holds them (a checkout under /tmp).
    const host = hostRoots.some((root) => within(path, root));
    if (!host && SANDBOX_ROOTS.some((root) => within(path, root)))
        return path;
    // A package the worker ships (the SDK): where the Node.js runtime keeps it.
    const packages = path.lastIndexOf('/node_modules/');
    if (packages >= 0)
        return `/var/runtime${path.slice(packages)}`;
    // The worker itself, or any other file of the host: the runtime's own entry point.
    return `/var/runtime/${path.slice(path.lastIndexOf('/') + 1)}`;
}
/**
 * The text with every host path replaced by its sandbox counterpart. `hostRoots` are folders that are the host's
 * whatever their place (the endpoint's own code, the working directory), also when under a sandbox root like /tmp.
 */
function hideHostPaths(text, hostRoots = []) {
    return text.replace(ABSOLUTE_PATH, (_match, before, _scheme, path) => `${before}${sandboxPath(path, hostRoots)}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/endpoint/services/lambda/worker-path.ts
// Where the worker thread's script is. Bundled, the services live in dist/index.js (and its chunks) or
// dist/endpoint/index.js while the worker is dist/lambda-worker/index.js; under jest it is worker.ts
// next to this file (Node 24 runs it, stripping the types).



// Built from parts so that the bundler's asset scanner leaves these paths alone.
const BUNDLED = ['lambda-worker', 'index.js'];
const SOURCE = ['worker', 'ts'].join('.');
let found;
function workerScript() {
    if (found)
        return found;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [(0,external_node_path_.join)(here, ...BUNDLED), (0,external_node_path_.join)(here, '..', ...BUNDLED), (0,external_node_path_.join)(here, SOURCE)];
    found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!found)
        throw new Error(`The Lambda worker script is missing; looked for ${candidates.join(', ')}`);
    return found;
}

;// CONCATENATED MODULE: ./src/endpoint/services/lambda/runtime.ts
// Runs one function's invocations on warm worker threads: one worker per concurrent invocation,
// reused for the next one, terminated when the function times out, crashes, changes or is deleted.




/**
 * The host's own folders: the endpoint's code (two levels above the worker script: the bundle's or the sources'
 * folder) and the working directory. Paths in them never reach an error, wherever they are.
 */
function hostRoots() {
    return [(0,external_node_path_.dirname)((0,external_node_path_.dirname)(workerScript())), process.cwd()];
}
const LOG_TAIL_BYTES = 4096;
/** How long a cold worker may take to load the SDK and the package before the call counts as timed out (AWS: 10 s). */
const INIT_TIMEOUT_MS = 10_000;
/**
 * AWS would start as many instances as there are concurrent calls; here each is a thread holding its own
 * copy of the SDK, so concurrency per function is bounded and further calls wait for a free worker.
 */
const MAX_WORKERS_PER_FUNCTION = 4;
/** One warm worker; runs one invocation at a time. */
class WarmWorker {
    worker;
    log = '';
    pending;
    exited = false;
    constructor(setup, env, onGone) {
        this.worker = new external_node_worker_threads_.Worker(workerScript(), { workerData: setup, env, stdout: true, stderr: true });
        // A warm but idle worker must not keep the process alive (a call in flight holds its timeout timer).
        this.worker.unref();
        const keepTail = (chunk) => {
            this.log = (this.log + chunk.toString('utf8')).slice(-LOG_TAIL_BYTES);
        };
        this.worker.stdout.on('data', keepTail);
        this.worker.stderr.on('data', keepTail);
        this.worker.on('message', (reply) => {
            if (this.pending?.id !== reply.id)
                return;
            if ('started' in reply)
                this.pending.started();
            else
                this.pending.settle(reply);
        });
        this.worker.on('error', (error) => this.fail(`Runtime exited with error: ${error.name}: ${error.message}`));
        this.worker.on('exit', (code) => {
            this.exited = true;
            this.fail(`Runtime exited with error: exit status ${code}`);
            onGone(this);
        });
    }
    get alive() {
        return !this.exited;
    }
    /** Runs one call; `started` is called when the worker begins it (its package loaded). */
    run(message, started) {
        this.log = '';
        return new Promise((resolve) => {
            this.pending = {
                id: message.id,
                started,
                settle: (reply) => {
                    this.pending = undefined;
                    resolve(reply);
                },
            };
            this.worker.postMessage(message);
        });
    }
    takeLog() {
        const log = this.log;
        this.log = '';
        return log;
    }
    /** Ends the invocation in flight (if any) with a runtime error. */
    fail(message) {
        this.pending?.settle({ errorType: 'Runtime.ExitError', errorMessage: message, trace: [] });
    }
    async terminate() {
        if (!this.exited)
            await this.worker.terminate();
    }
}
class FunctionRuntime {
    setup;
    env;
    timeoutSeconds;
    idle = [];
    workers = new Set();
    /** Calls waiting for a worker, first come first served. */
    waiting = [];
    nextId = 1;
    /** Replaced (new code or settings) or deleted: calls in flight finish, then its workers end. */
    retired = false;
    constructor(setup, env, timeoutSeconds) {
        this.setup = setup;
        this.env = env;
        this.timeoutSeconds = timeoutSeconds;
    }
    async invoke(payload, requestId) {
        const worker = await this.acquire();
        const timeoutMs = this.timeoutSeconds * 1000;
        const message = { id: this.nextId++, payload, requestId, timeoutMs };
        let timer;
        // The init clock runs until the worker says the call has begun; then the function's own timeout.
        const reply = await new Promise((resolve) => {
            timer = setTimeout(() => resolve({ timedOut: INIT_TIMEOUT_MS }), INIT_TIMEOUT_MS);
            const started = () => {
                clearTimeout(timer);
                timer = setTimeout(() => resolve({ timedOut: timeoutMs }), timeoutMs);
            };
            void worker.run(message, started).then(resolve);
        });
        clearTimeout(timer);
        const logTail = worker.takeLog();
        if ('timedOut' in reply) {
            // The only way to stop code that does not return: end its thread; the next call starts cold.
            this.workers.delete(worker);
            await worker.terminate();
            const seconds = (reply.timedOut / 1000).toFixed(2);
            return this.failure({ errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${requestId} Error: Task timed out after ${seconds} seconds`, trace: [] }, logTail);
        }
        if ('ok' in reply) {
            if (worker.alive)
                this.release(worker);
            return reply.ok ? { payload: reply.payload, logTail } : this.failure(reply.error, logTail);
        }
        return this.failure({ ...reply, errorMessage: `RequestId: ${requestId} Error: ${reply.errorMessage}` }, logTail);
    }
    acquire() {
        const idle = this.idle.pop();
        if (idle)
            return Promise.resolve(idle);
        if (this.workers.size < MAX_WORKERS_PER_FUNCTION)
            return Promise.resolve(this.spawn());
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release(worker) {
        const next = this.waiting.shift();
        if (next)
            next(worker);
        else if (this.retired)
            void this.end(worker);
        else
            this.idle.push(worker);
    }
    async end(worker) {
        this.workers.delete(worker);
        await worker.terminate();
    }
    /** Ends idle workers now and busy ones when their call returns (the function changed or was deleted). */
    async retire() {
        this.retired = true;
        const idle = this.idle.splice(0);
        await Promise.all(idle.map((w) => this.end(w)));
    }
    /** A worker is gone (timed out, crashed): a waiting call gets a fresh one. */
    handOnSpareCapacity() {
        if (this.waiting.length > 0 && this.workers.size < MAX_WORKERS_PER_FUNCTION)
            this.waiting.shift()(this.spawn());
    }
    /** Terminates every worker at once, calls in flight included (the endpoint is closing). */
    async close() {
        const all = [...this.workers];
        this.workers.clear();
        this.idle.length = 0;
        this.waiting.length = 0;
        await Promise.all(all.map((w) => w.terminate()));
    }
    spawn() {
        const worker = new WarmWorker(this.setup, this.env(), (gone) => {
            this.workers.delete(gone);
            const at = this.idle.indexOf(gone);
            if (at >= 0)
                this.idle.splice(at, 1);
            this.handOnSpareCapacity();
        });
        this.workers.add(worker);
        return worker;
    }
    failure(error, logTail) {
        // As Lambda reports it: the function's and the runtime's files only, never the endpoint host's.
        const roots = hostRoots();
        const shown = { ...error, errorMessage: hideHostPaths(error.errorMessage, roots), trace: error.trace.map((line) => hideHostPaths(line, roots)) };
        return { payload: JSON.stringify(shown), functionError: 'Unhandled', logTail };
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/lambda/functions.ts
// The Lambda service's state: functions (configuration, code, tags) by region and name, each with
// its warm runtime. No wire shapes here; handler.ts turns requests into these calls.





const NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;
const NAME_MAX = 64;
/** Code from a zip's files, or CloudFormation's inline source (an index.js). */
function codeFromPackage(files, zip) {
    const text = {};
    for (const [path, content] of files)
        text[path] = content.toString('utf8');
    return { files: text, size: zip.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(zip).digest('base64') };
}
function codeFromInlineSource(source) {
    const bytes = Buffer.from(source, 'utf8');
    return { files: { 'index.js': source }, size: bytes.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('base64') };
}
/** `2024-01-02T03:04:05.678+0000`, Lambda's LastModified format. */
function lambdaTimestamp(ms = Date.now()) {
    return new Date(ms).toISOString().replace('Z', '+0000');
}
class FunctionStore {
    settings;
    functions = new Map();
    /** Runtimes replaced or deleted whose calls in flight are finishing; ended for good on close(). */
    retiring = new Set();
    /** The IAM backend, read at each use; none only for stand-alone tests, which then skip role checks. */
    roles = () => undefined;
    constructor(settings) {
        this.settings = settings;
    }
    /** Where roles are checked and looked up (the IAM backend, possibly made after this store). */
    useRoles(roles) {
        this.roles = roles;
    }
    arn(name, region) {
        return `arn:aws:lambda:${region}:${this.settings.accountId}:function:${name}`;
    }
    create(input, code, region) {
        if (typeof input.FunctionName === 'string' && input.FunctionName.length > NAME_MAX) {
            throw new types/* AwsError */.Gy('InvalidParameterValueException', `1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to ${NAME_MAX}`);
        }
        if (!NAME_PATTERN.test(input.FunctionName)) {
            throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`);
        }
        for (const field of ['Runtime', 'Handler', 'Role']) {
            if (!input[field])
                throw new types/* AwsError */.Gy('InvalidParameterValueException', `${field} is required`);
        }
        const key = `${region}/${input.FunctionName}`;
        if (this.functions.has(key))
            throw new types/* AwsError */.Gy('ResourceConflictException', `Function already exist: ${input.FunctionName}`, 409);
        const timeout = input.Timeout ?? 3;
        if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900) {
            throw new types/* AwsError */.Gy('InvalidParameterValueException', `Value ${timeout} at 'timeout' failed to satisfy constraint: Member must have value between 1 and 900`);
        }
        this.requireAssumable(input.Role, input.FunctionName, region);
        const config = {
            FunctionName: input.FunctionName,
            FunctionArn: this.arn(input.FunctionName, region),
            Runtime: input.Runtime,
            Role: input.Role,
            Handler: input.Handler,
            CodeSize: code.size,
            CodeSha256: code.sha256,
            Description: input.Description ?? '',
            Timeout: timeout,
            MemorySize: input.MemorySize ?? 128,
            LastModified: lambdaTimestamp(),
            Version: '$LATEST',
            ...(input.Environment?.Variables ? { Environment: { Variables: { ...input.Environment.Variables } } } : {}),
            State: 'Active',
            LastUpdateStatus: 'Successful',
            PackageType: 'Zip',
            Architectures: input.Architectures ?? ['x86_64'],
            RevisionId: (0,external_node_crypto_.randomUUID)(),
        };
        this.functions.set(key, { region, config, code, tags: { ...(input.Tags ?? {}) } });
        this.settings.markDirty();
        return config;
    }
    /** From CloudFormation: the inline source becomes index.js. */
    createFromSpec(spec, region) {
        return this.create(spec, codeFromInlineSource(spec.ZipFile ?? ''), region);
    }
    get(nameOrArn, region) {
        const found = this.find(nameOrArn, region);
        if (!found) {
            const { name, region: at } = parseFunctionRef(nameOrArn, region);
            throw new types/* AwsError */.Gy('ResourceNotFoundException', `Function not found: ${this.arn(name, at)}`, 404);
        }
        return found;
    }
    find(nameOrArn, region) {
        const { name, region: at } = parseFunctionRef(nameOrArn, region);
        return this.functions.get(`${at}/${name}`);
    }
    list(region) {
        return [...this.functions.values()].filter((f) => f.region === region).map((f) => f.config).sort((a, b) => a.FunctionName.localeCompare(b.FunctionName));
    }
    /** Removes the function at once (throws if unknown); calls in flight finish, then its workers end. */
    delete(nameOrArn, region) {
        const record = this.get(nameOrArn, region);
        this.functions.delete(`${record.region}/${record.config.FunctionName}`);
        this.settings.markDirty();
        return this.retire(record.runtime);
    }
    async updateCode(nameOrArn, code, region) {
        const record = this.get(nameOrArn, region);
        record.code = code;
        Object.assign(record.config, { CodeSize: code.size, CodeSha256: code.sha256 });
        return this.changed(record);
    }
    async updateConfiguration(nameOrArn, changes, region) {
        const record = this.get(nameOrArn, region);
        if (changes.Role !== undefined)
            this.requireAssumable(changes.Role, record.config.FunctionName, record.region);
        for (const field of ['Runtime', 'Handler', 'Role', 'Description', 'Timeout', 'MemorySize']) {
            if (changes[field] !== undefined)
                Object.assign(record.config, { [field]: changes[field] });
        }
        if (changes.Environment)
            record.config.Environment = { Variables: { ...(changes.Environment.Variables ?? {}) } };
        return this.changed(record);
    }
    tags(nameOrArn, region) {
        return this.get(nameOrArn, region).tags;
    }
    async invoke(nameOrArn, payload, region, requestId) {
        const record = this.get(nameOrArn, region);
        if (!record.config.Runtime.startsWith('nodejs')) {
            const body = { errorType: 'Runtime.InvalidRuntime', errorMessage: `The local endpoint runs Node.js functions only, not ${record.config.Runtime}`, trace: [] };
            return { payload: JSON.stringify(body), functionError: 'Unhandled', logTail: '' };
        }
        record.runtime ??= this.runtimeFor(record);
        return record.runtime.invoke(payload, requestId);
    }
    async close() {
        const runtimes = [...this.retiring, ...[...this.functions.values()].map((f) => f.runtime)];
        await Promise.all(runtimes.map((runtime) => runtime?.close()));
    }
    /** Lambda refuses a role it cannot assume (missing, not yet propagated, or not trusting lambda.amazonaws.com). */
    requireAssumable(roleArn, functionName, region) {
        const roles = this.roles();
        if (roles)
            (0,trust/* requireLambdaCanAssume */.LF)(roles, roleArn, { accountId: this.settings.accountId, region, sourceArn: this.arn(functionName, region) });
    }
    /**
     * The function's process runs as its role, as on Lambda: session credentials naming the role (session
     * named after the function), so its own SDK calls reach the endpoint as that role. A role that is gone
     * leaves the process the endpoint's anonymous key.
     */
    credentialsFor(config) {
        const role = this.roles()?.effectiveRole(config.Role);
        if (!role)
            return { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' };
        const session = (0,sessions/* sessionCredentials */.Te)(role, config.FunctionName);
        return { AWS_ACCESS_KEY_ID: session.accessKeyId, AWS_SECRET_ACCESS_KEY: session.secretAccessKey, AWS_SESSION_TOKEN: session.sessionToken };
    }
    async retire(runtime) {
        if (!runtime)
            return;
        this.retiring.add(runtime);
        await runtime.retire();
    }
    snapshot() {
        return [...this.functions.values()].map(({ region, config, code, tags }) => ({ region, config, code, tags }));
    }
    restore(snapshot) {
        if (!Array.isArray(snapshot))
            return;
        for (const saved of snapshot) {
            this.functions.set(`${saved.region}/${saved.config.FunctionName}`, { region: saved.region, config: saved.config, code: saved.code, tags: saved.tags ?? {} });
        }
    }
    async changed(record) {
        record.config.LastModified = lambdaTimestamp();
        record.config.RevisionId = (0,external_node_crypto_.randomUUID)();
        const old = record.runtime;
        record.runtime = undefined; // the next invocation starts cold with the new code or settings
        this.settings.markDirty();
        await this.retire(old);
        return record.config;
    }
    runtimeFor(record) {
        const { config } = record;
        const setup = {
            files: record.code.files,
            handler: config.Handler,
            functionName: config.FunctionName,
            functionArn: config.FunctionArn,
            memorySize: config.MemorySize,
        };
        // Read when a worker starts: the endpoint's URL is known only once it listens.
        const env = () => ({
            ...(config.Environment?.Variables ?? {}),
            AWS_REGION: record.region,
            AWS_DEFAULT_REGION: record.region,
            AWS_ENDPOINT_URL: this.settings.url,
            ...this.credentialsFor(config),
            AWS_LAMBDA_FUNCTION_NAME: config.FunctionName,
            AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
            AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.MemorySize),
            AWS_LAMBDA_FUNCTION_TIMEOUT: String(config.Timeout),
            AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.FunctionName}`,
            AWS_EXECUTION_ENV: `AWS_Lambda_${config.Runtime}`,
            LAMBDA_TASK_ROOT: '/var/task',
            TZ: ':UTC',
        });
        return new FunctionRuntime(setup, env, config.Timeout);
    }
}
/**
 * A function named by name, full ARN (with or without a qualifier) or partial ARN
 * (`123456789012:function:name`); the region of an ARN wins over the request's.
 */
function parseFunctionRef(ref, region) {
    const parts = ref.split(':');
    if (parts[0] === 'arn' && parts.length >= 7)
        return { name: parts[6], region: parts[3] || region };
    if (parts.length >= 3 && parts[1] === 'function')
        return { name: parts[2], region };
    return { name: parts[0], region };
}

// EXTERNAL MODULE: ./src/endpoint/protocol/json.ts
var json = __webpack_require__(50398);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/endpoint/services/lambda/zip.ts
// Reads the files of a deployment package (.zip) in memory: the central directory names each entry,
// its local header locates the data, which is either stored or raw-deflated. Enough for the packages
// the SDK, the CLI and CloudFormation send (no encryption, no zip64, no multi-disk archives).


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
function unzip(zip) {
    if (zip.length < 22)
        throw invalid('not a zip file');
    const end = findEndOfCentralDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const files = new Map();
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
            throw invalid('corrupt central directory');
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localHeader = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        files.set(name, readEntry(zip, localHeader, method, compressedSize, name));
    }
    return files;
}
function readEntry(zip, localHeader, method, compressedSize, name) {
    if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER)
        throw invalid(`corrupt local header for ${name}`);
    // The local header's own name/extra lengths may differ from the central directory's.
    const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method === STORED)
        return Buffer.from(data);
    if (method === DEFLATED)
        return (0,external_node_zlib_.inflateRawSync)(data);
    throw invalid(`${name} uses compression method ${method}; only stored and deflated entries are supported`);
}
function findEndOfCentralDirectory(zip) {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    const lowest = Math.max(0, zip.length - 22 - 0xffff);
    for (let i = zip.length - 22; i >= lowest; i--) {
        if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY)
            return i;
    }
    throw invalid('not a zip file');
}
function invalid(why) {
    return new types/* AwsError */.Gy('InvalidParameterValueException', `Could not unzip uploaded file: ${why}.`);
}

;// CONCATENATED MODULE: ./src/endpoint/services/lambda/handler.ts
// Lambda's restJson1 wire handling: routes /2015-03-31/functions/… requests to the function store.





const CONTENT_TYPE = 'application/json';
const NAMESPACE = 'com.amazonaws.lambda';
function lambdaHandler(store) {
    const ok = (body, status = 200) => (0,json/* jsonResponse */.Yf)(body, status, CONTENT_TYPE);
    const routes = {
        'POST functions': async (request) => {
            const input = (0,json/* parseJsonBody */.Y2)(request);
            const code = (input.Code ?? {});
            if (!code.ZipFile) {
                throw new types/* AwsError */.Gy('InvalidParameterValueException', 'The local endpoint accepts code as Code.ZipFile only (no S3 or image packages)');
            }
            (0,json/* requireString */.VW)(input, 'FunctionName');
            const zip = Buffer.from(code.ZipFile, 'base64');
            const config = store.create(input, codeFromPackage(unzip(zip), zip), request.region);
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
        'PUT configuration': async (request, name) => ok(await store.updateConfiguration(name, (0,json/* parseJsonBody */.Y2)(request), request.region)),
        'PUT code': async (request, name) => {
            const input = (0,json/* parseJsonBody */.Y2)(request);
            if (typeof input.ZipFile !== 'string')
                throw new types/* AwsError */.Gy('InvalidParameterValueException', 'The local endpoint accepts code as ZipFile only');
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
                if (!handle)
                    throw new types/* AwsError */.Gy('UnknownOperationException', `lambda: ${request.method} ${request.path} is not implemented by the local endpoint`, 404);
                return await handle(request, name);
            }
            catch (error) {
                const aws = error instanceof types/* AwsError */.Gy ? error : new types/* AwsError */.Gy('ServiceException', error.message, 500, 'Receiver');
                return (0,json/* jsonError */.FZ)(aws, NAMESPACE, { 'x-amzn-requestid': request.requestId }, CONTENT_TYPE);
            }
        },
    };
}
/** `METHOD resource` for the route table, and the decoded function name or ARN. */
function route(request) {
    const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    const [version, collection, name, sub] = segments;
    if (version === '2017-03-31' && collection === 'tags' && segments.length >= 3) {
        return { key: `${request.method} tags`, name: segments.slice(2).join('/') };
    }
    if (version !== '2015-03-31' || collection !== 'functions')
        return { key: '', name: '' };
    if (name === undefined)
        return { key: `${request.method} functions`, name: '' };
    return { key: `${request.method} ${sub ?? 'function'}`, name };
}
async function invoke(store, request, name) {
    const type = String(request.headers['x-amz-invocation-type'] ?? 'RequestResponse');
    const payload = request.body.toString('utf8');
    if (payload.length > 0) {
        try {
            JSON.parse(payload);
        }
        catch {
            throw new types/* AwsError */.Gy('InvalidRequestContentException', 'Could not parse request body into json: Could not parse payload into json', 400);
        }
    }
    store.get(name, request.region); // 404 before anything runs
    const requestId = request.requestId || (0,external_node_crypto_.randomUUID)();
    const headers = { 'content-type': CONTENT_TYPE, 'x-amz-executed-version': '$LATEST', 'x-amzn-requestid': requestId };
    if (type === 'DryRun')
        return { status: 204, headers, body: '' };
    if (type === 'Event') {
        // Asynchronous: accepted now, run in the background; its outcome is not reported to the caller.
        void store.invoke(name, payload, request.region, requestId).catch(() => undefined);
        return { status: 202, headers, body: '' };
    }
    const outcome = await store.invoke(name, payload, request.region, requestId);
    if (outcome.functionError)
        headers['x-amz-function-error'] = outcome.functionError;
    if (String(request.headers['x-amz-log-type'] ?? '') === 'Tail')
        headers['x-amz-log-result'] = Buffer.from(outcome.logTail, 'utf8').toString('base64');
    return { status: 200, headers, body: outcome.payload };
}

;// CONCATENATED MODULE: ./src/endpoint/services/lambda/index.ts
// The Lambda service: wire handling over a function store whose functions run in worker threads,
// plus the in-process backend CloudFormation and Step Functions use.




/**
 * `backends.iam` (read at each use, so it may be filled in after this is made) checks the roles functions
 * are given and names the role their code runs as; without it (stand-alone tests) roles go unchecked.
 */
function createLambdaService(settings, backends = {}) {
    const store = new FunctionStore(settings);
    // Strict mode's --fault-rate: that fraction of the invokes state machines make fail with ServiceException.
    const faults = (0,endpoint_faults/* createInvokeFaults */.O_)(settings.behaviour, settings.log);
    const backend = {
        createFunction(spec, region) {
            const config = store.createFromSpec(spec, region);
            return { FunctionName: config.FunctionName, FunctionArn: config.FunctionArn };
        },
        deleteFunction(nameOrArn, region) {
            // Callers (CloudFormation) need the function gone now; its workers finish terminating after.
            void store.delete(nameOrArn, region).catch(() => undefined);
        },
        getFunctionArn: (nameOrArn, region) => store.find(nameOrArn, region)?.config.FunctionArn,
        async invoke(nameOrArn, payload, region) {
            faults.invokeFault(nameOrArn);
            const outcome = await store.invoke(nameOrArn, payload, region, (0,external_node_crypto_.randomUUID)());
            return { payload: outcome.payload, statusCode: 200, ...(outcome.functionError ? { functionError: outcome.functionError } : {}) };
        },
    };
    store.useRoles(() => backends.iam);
    return {
        handler: lambdaHandler(store),
        backend,
        persist: store,
        close: () => store.close(),
    };
}


/***/ })

};
