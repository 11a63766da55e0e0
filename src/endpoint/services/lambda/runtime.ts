// Runs one function's invocations on warm worker threads: one worker per concurrent invocation,
// reused for the next one, terminated when the function times out, crashes, changes or is deleted.
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FunctionErrorBody, InvokeMessage, InvokeReply, InvokeStarted, WorkerSetup } from './worker';
import { hideHostPaths } from './host-paths';
import { workerScript } from './worker-path';

/**
 * The host's own folders: the endpoint's code (two levels above the worker script: the bundle's or the sources'
 * folder) and the working directory. Paths in them never reach an error, wherever they are.
 */
function hostRoots(): string[] {
  return [dirname(dirname(workerScript())), process.cwd()];
}

export interface InvocationOutcome {
  /** The handler's result as JSON, or the error body when functionError is set. */
  payload: string;
  functionError?: 'Unhandled';
  /** The end of what the function printed during this invocation (for LogType Tail). */
  logTail: string;
}

const LOG_TAIL_BYTES = 4096;
/** How long a cold worker may take to load the SDK and the package before the call counts as timed out (AWS: 10 s). */
const INIT_TIMEOUT_MS = 10_000;
/**
 * AWS would start as many instances as there are concurrent calls; here each is a thread holding its own
 * copy of the SDK, so concurrency per function is bounded and further calls wait for a free worker.
 */
export const MAX_WORKERS_PER_FUNCTION = 4;

/** One warm worker; runs one invocation at a time. */
class WarmWorker {
  private readonly worker: Worker;
  private log = '';
  private pending?: { id: number; started: () => void; settle: (reply: InvokeReply | FunctionErrorBody) => void };
  private exited = false;

  constructor(setup: WorkerSetup, env: Record<string, string>, onGone: (w: WarmWorker) => void) {
    this.worker = new Worker(workerScript(), { workerData: setup, env, stdout: true, stderr: true });
    // A warm but idle worker must not keep the process alive (a call in flight holds its timeout timer).
    this.worker.unref();
    const keepTail = (chunk: Buffer): void => {
      this.log = (this.log + chunk.toString('utf8')).slice(-LOG_TAIL_BYTES);
    };
    this.worker.stdout.on('data', keepTail);
    this.worker.stderr.on('data', keepTail);
    this.worker.on('message', (reply: InvokeReply | InvokeStarted) => {
      if (this.pending?.id !== reply.id) return;
      if ('started' in reply) this.pending.started();
      else this.pending.settle(reply);
    });
    this.worker.on('error', (error) => this.fail(`Runtime exited with error: ${error.name}: ${error.message}`));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.fail(`Runtime exited with error: exit status ${code}`);
      onGone(this);
    });
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Runs one call; `started` is called when the worker begins it (its package loaded). */
  run(message: InvokeMessage, started: () => void): Promise<InvokeReply | FunctionErrorBody> {
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

  takeLog(): string {
    const log = this.log;
    this.log = '';
    return log;
  }

  /** Ends the invocation in flight (if any) with a runtime error. */
  private fail(message: string): void {
    this.pending?.settle({ errorType: 'Runtime.ExitError', errorMessage: message, trace: [] });
  }

  async terminate(): Promise<void> {
    if (!this.exited) await this.worker.terminate();
  }
}

export class FunctionRuntime {
  private readonly idle: WarmWorker[] = [];
  private readonly workers = new Set<WarmWorker>();
  /** Calls waiting for a worker, first come first served. */
  private readonly waiting: ((worker: WarmWorker) => void)[] = [];
  private nextId = 1;
  /** Replaced (new code or settings) or deleted: calls in flight finish, then its workers end. */
  private retired = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly env: () => Record<string, string>,
    private readonly timeoutSeconds: number,
  ) {}

  async invoke(payload: string, requestId: string): Promise<InvocationOutcome> {
    const worker = await this.acquire();
    const timeoutMs = this.timeoutSeconds * 1000;
    const message: InvokeMessage = { id: this.nextId++, payload, requestId, timeoutMs };
    let timer: NodeJS.Timeout | undefined;
    // The init clock runs until the worker says the call has begun; then the function's own timeout.
    const reply = await new Promise<InvokeReply | FunctionErrorBody | { timedOut: number }>((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: INIT_TIMEOUT_MS }), INIT_TIMEOUT_MS);
      const started = (): void => {
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
      if (worker.alive) this.release(worker);
      return reply.ok ? { payload: reply.payload, logTail } : this.failure(reply.error, logTail);
    }
    return this.failure({ ...reply, errorMessage: `RequestId: ${requestId} Error: ${reply.errorMessage}` }, logTail);
  }

  private acquire(): Promise<WarmWorker> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.workers.size < MAX_WORKERS_PER_FUNCTION) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: WarmWorker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else if (this.retired) void this.end(worker);
    else this.idle.push(worker);
  }

  private async end(worker: WarmWorker): Promise<void> {
    this.workers.delete(worker);
    await worker.terminate();
  }

  /** Ends idle workers now and busy ones when their call returns (the function changed or was deleted). */
  async retire(): Promise<void> {
    this.retired = true;
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((w) => this.end(w)));
  }

  /** A worker is gone (timed out, crashed): a waiting call gets a fresh one. */
  private handOnSpareCapacity(): void {
    if (this.waiting.length > 0 && this.workers.size < MAX_WORKERS_PER_FUNCTION) (this.waiting.shift() as (w: WarmWorker) => void)(this.spawn());
  }

  /** Terminates every worker at once, calls in flight included (the endpoint is closing). */
  async close(): Promise<void> {
    const all = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    this.waiting.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): WarmWorker {
    const worker = new WarmWorker(this.setup, this.env(), (gone) => {
      this.workers.delete(gone);
      const at = this.idle.indexOf(gone);
      if (at >= 0) this.idle.splice(at, 1);
      this.handOnSpareCapacity();
    });
    this.workers.add(worker);
    return worker;
  }

  private failure(error: FunctionErrorBody, logTail: string): InvocationOutcome {
    // As Lambda reports it: the function's and the runtime's files only, never the endpoint host's.
    const roots = hostRoots();
    const shown: FunctionErrorBody = { ...error, errorMessage: hideHostPaths(error.errorMessage, roots), trace: error.trace.map((line) => hideHostPaths(line, roots)) };
    return { payload: JSON.stringify(shown), functionError: 'Unhandled', logTail };
  }
}
