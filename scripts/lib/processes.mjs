// Child processes the scripts (bench, policy check) stand on: the bundled action run as the runner runs it,
// and server processes (the bundled endpoint) that announce themselves with `listening on URL`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

/** The environment of a child: ours without anything that would reach a real account, plus `extra`. */
export function childEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(AWS_|INPUT_|GITHUB_|RUNNER_|STATE_|LOCAL_ENDPOINT_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs `node <dist>/index.js` once as a workflow step (inputs as INPUT_* variables, its own output, state and
 * summary files, `files` written into its workspace); resolves with its exit code, wall time, what it printed, and its outputs and summary.
 */
export async function runActionStep(dist, inputs, extraEnv = {}, { timeoutMs = 600_000, files: workspaceFiles = {} } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'G-script-step-'));
  // Files the step's inputs name (a template, a definition), in its workspace.
  for (const [name, content] of Object.entries(workspaceFiles)) writeFileSync(join(work, name), content);
  const files = { GITHUB_OUTPUT: join(work, 'output'), GITHUB_STEP_SUMMARY: join(work, 'summary'), GITHUB_STATE: join(work, 'state') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = childEnv({ ...files, RUNNER_TEMP: work, GITHUB_WORKSPACE: work, ...extraEnv });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const child = spawn(process.execPath, [join(dist, 'index.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = await once(child, 'close');
  clearTimeout(killer);
  const elapsed = performance.now() - started;
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
  rmSync(work, { recursive: true, force: true });
  return { code, ms: elapsed, output, outputs, summary, started };
}

/**
 * Spawns a server process (node with `args`) and resolves once its first line says `listening on URL`;
 * the bundled endpoint and the bench's no-work server both announce themselves that way.
 */
export async function startServerProcess(what, args) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  // Its log (stop messages, library warnings) is kept out of the numbers; shown only if it fails to start.
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const lines = createInterface({ input: child.stdout });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [line] = await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`${what} exited (${code}) before listening: ${log}`);
    }),
  ]);
  clearTimeout(timer);
  const listeningMs = performance.now() - started;
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
  if (!match) throw new Error(`unexpected first line from ${what}: ${line}`);
  child.stdout.resume();
  return {
    url: match[1],
    pid: child.pid,
    started,
    listeningMs,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    },
  };
}

/** Spawns `<dist>/endpoint/index.js --port 0 ...extraArgs`; resolves once it printed its URL. */
export function startEndpointProcess(dist, extraArgs = []) {
  return startServerProcess('the endpoint', [join(dist, 'endpoint', 'index.js'), '--port', '0', ...extraArgs]);
}
