// Child processes the end-to-end and conformance suites stand on: the bundled local endpoint and moto.
// Every process is bound to 127.0.0.1, started with a deadline for its first answer, and stopped by its own pid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The bundle under test: env DIST_DIR, else the repository's dist/. */
export function distDir(): string {
  return resolve(process.env.DIST_DIR ?? 'dist');
}

/** The Node binary the tests themselves run on (Node 24 under the npm scripts), so children match the action's runtime. */
export const nodeBinary = process.execPath;

export interface StartedProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Stops a child by its pid: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

/**
 * Starts `<DIST_DIR>/endpoint/index.js --port 0 [--state-dir D] [--time-scale X] [args...]` and resolves once its first line names the URL it listens on.
 * Rejects (and kills the child) if that line does not come within `startMs`.
 */
export async function startEndpointProcess(options: { stateDir?: string; timeScale?: number; startMs?: number; args?: string[] } = {}): Promise<StartedProcess> {
  const entry = join(distDir(), 'endpoint', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: bundle first (node scripts/bundle.mjs --out DIR, then DIST_DIR=DIR)`);
  const args = [entry, '--port', '0'];
  if (options.stateDir) args.push('--state-dir', options.stateDir);
  if (options.timeScale !== undefined) args.push('--time-scale', String(options.timeScale));
  // e.g. ['--strict', '--fault-rate', '0.05', '--caller-policy', FILE]
  args.push(...(options.args ?? []));
  const child = spawn(nodeBinary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
  const output = collect(child);
  const lines = createInterface({ input: child.stdout! });
  const startMs = options.startMs ?? 20_000;
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`endpoint printed no 'listening on' line within ${startMs} ms:\n${output()}`)), startMs);
      lines.once('line', (line) => {
        clearTimeout(timer);
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match) resolveUrl(match[1]);
        else reject(new Error(`endpoint's first line was not 'listening on http://127.0.0.1:P' but: ${line}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`endpoint exited (${code}) before listening:\n${output()}`));
      });
    });
    return { url, child, output, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** A port that was free a moment ago on 127.0.0.1 (for servers that cannot take port 0, like moto). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Why moto cannot run here, or undefined when python3 has the moto package. */
export function motoUnavailableReason(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import moto, flask; print(moto.__version__)'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error) return `python3 is not available (${probe.error.message})`;
  if (probe.status !== 0) return `python3 has no moto server (${probe.stderr.trim().split('\n').pop()})`;
  return undefined;
}

/** Polls `url` until anything answers over HTTP, or throws naming what it waited for after `deadlineMs`. */
export async function waitUntilAnswering(url: string, what: string, deadlineMs: number, exited?: () => boolean): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let delay = 50;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (exited?.()) throw new Error(`${what} exited before answering`);
      if (Date.now() + delay > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what} to answer at ${url}`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 500);
    }
  }
}

/** Starts `python3 -m moto.server` on a free loopback port and waits until it answers. */
export async function startMoto(startMs = 30_000): Promise<StartedProcess> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...cleanEnv(), PYTHONUNBUFFERED: '1' },
  });
  const output = collect(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${url}/moto-api/`, 'moto', startMs, () => child.exitCode !== null);
    return { url, child, output, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
  }
}

/** The parent's environment without anything that would leak a real account or another step's settings into a child. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(AWS_|INPUT_|GITHUB_|RUNNER_|ACTIONS_|LOCAL_ENDPOINT_)/.test(key)) continue;
    if (key === 'NODE_OPTIONS') continue; // jest's --experimental-vm-modules is not for the children
    env[key] = value;
  }
  return env;
}
