// Runs the bundled action (<DIST_DIR>/index.js) as a child process exactly as the runner does, and reads back
// what it reported: step outputs (GITHUB_OUTPUT), saved state (GITHUB_STATE), the job summary, and the
// workflow commands (::error::, ::notice::, ...) it printed on stdout.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, distDir, nodeBinary } from './processes';

export const REGION = 'us-east-1';
/** The workflow run every step of a suite pretends to belong to (GITHUB_REPOSITORY, GITHUB_RUN_ID). */
export const REPOSITORY = 'octo/message-pump-e2e';
export const RUN_ID = String(process.pid);
export const DUMMY_CREDENTIALS = { accessKeyId: 'e2etestkey', secretAccessKey: 'e2etestsecret' };

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  /** title=, file=, line=, ... */
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Which signals the harness had to send, in order (the runner's escalation: SIGINT, then SIGTERM, then SIGKILL). */
  signalsSent: NodeJS.Signals[];
}

export interface RunOptions {
  /** Input name as in action.yml (e.g. 'endpoint-url') -> value. */
  inputs: Record<string, string>;
  endpointUrl?: string;
  /** Extra environment (e.g. LOCAL_ENDPOINT_TIME_SCALE). */
  env?: Record<string, string>;
  /** Entry below DIST_DIR (default index.js; cleanup/index.js for the post step). */
  entry?: string;
  /** State saved by the main step (its `state`): the runner hands it to the post step as STATE_<name> variables. */
  savedState?: Record<string, string>;
  /** Called once the child is running; may send it a signal through `interrupt`. */
  whileRunning?: (interrupt: () => void) => Promise<void>;
  /** Hard bound: the child is SIGKILLed after this and the run reported as such. */
  timeoutMs?: number;
}

/** The runner's variable for an input: `INPUT_` + the name with spaces as underscores, upper-cased (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_STATE): `name<<DELIMITER` blocks ending at a line that is
 * exactly the delimiter, and the older `name=value` lines.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`file command '${name}' has no closing delimiter ${delimiter}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

// Workflow command escaping (the runner's): data escapes %, CR, LF; properties also escape ':' and ','.
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The `::error title=…::message` style annotations printed on stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescapeData(match[3]) });
  }
  return annotations;
}

/** Runs the action once, as a step of a workflow run, and returns everything it reported. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), 'G-e2e-step-'));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary.md');
  const stateFile = join(work, 'state');
  for (const file of [outputFile, summaryFile, stateFile]) writeFileSync(file, '');

  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'e2e',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: work,
    // The runner's working directory is the workflow's workspace, not the action's folder.
    GITHUB_WORKSPACE: work,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_REGION: REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(options.savedState ?? {})) env[`STATE_${name}`] = value;
  if (options.endpointUrl) env[inputVariable('endpoint-url')] = options.endpointUrl;

  const child = spawn(nodeBinary, [join(distDir(), options.entry ?? 'index.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // Decoded as streams, so a character split across chunks (✅ in the log) stays whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close', not 'exit': the streams are drained by then, so the last lines (often the ::error) are read.
  const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;

  const signalsSent: NodeJS.Signals[] = [];
  const timers: NodeJS.Timeout[] = [];
  const send = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      signalsSent.push(signal);
      child.kill(signal);
    }
  };
  // The runner's cancellation: SIGINT, SIGTERM 7.5 s later, then a kill.
  const interrupt = () => {
    send('SIGINT');
    timers.push(setTimeout(() => send('SIGTERM'), 7500));
    timers.push(setTimeout(() => send('SIGKILL'), 15_000));
  };
  timers.push(setTimeout(() => send('SIGKILL'), options.timeoutMs ?? 240_000));
  try {
    if (options.whileRunning) await Promise.race([options.whileRunning(interrupt), exited]);
    const [code, signal] = await exited;
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs: parseFileCommands(readFileSync(outputFile, 'utf8')),
      state: parseFileCommands(readFileSync(stateFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(stdout),
      signalsSent,
    };
  } finally {
    timers.forEach(clearTimeout);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
}

/** A short description of a run for assertion messages: exit code and the last lines it printed. */
export function describeRun(run: ActionRun): string {
  const tail = (text: string) => text.split('\n').slice(-40).join('\n');
  return `exit ${run.code ?? run.signal}\n--- stdout (tail) ---\n${tail(run.stdout)}\n--- stderr (tail) ---\n${tail(run.stderr)}`;
}

/** Fails with the run's exit code and the tail of what it printed unless it exited 0 with no error annotation. */
export function expectSucceeded(run: ActionRun): void {
  const errors = run.annotations.filter((a) => a.level === 'error');
  if (run.code !== 0 || errors.length > 0) {
    throw new Error(`expected the step to succeed, but:\n${errors.map((e) => `::error ${JSON.stringify(e.properties)} ${e.message}`).join('\n')}\n${describeRun(run)}`);
  }
}
