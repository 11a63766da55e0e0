// The no-account quick start (`npm run quickstart`): runs the action's `lifecycle` operation (deploy, demo,
// destroy) from the bundle on the local AWS endpoint the action starts itself (`endpoint-url: local`),
// exactly as a workflow step would, then prints the checks table and the wall time and exits with the
// action's exit code.
//   LOCAL_ENDPOINT_TIME_SCALE=0.1 npm run quickstart   (Wait states shortened; default 1 = real speed)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const entry = join(dist, 'index.js');
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run \`npm run bundle\` first.`);
  process.exit(1);
}
const timeScale = process.env.LOCAL_ENDPOINT_TIME_SCALE ?? '1';

// A throw-away runner: file-command files and RUNNER_TEMP (where the local endpoint keeps its state) in a temp dir.
const work = mkdtempSync(join(tmpdir(), 'message-pump-quickstart-'));
const files = { GITHUB_OUTPUT: join(work, 'output'), GITHUB_STEP_SUMMARY: join(work, 'summary.md'), GITHUB_STATE: join(work, 'state') };
for (const file of Object.values(files)) writeFileSync(file, '');

const env = {};
for (const [key, value] of Object.entries(process.env)) {
  // No real account can be reached from here: AWS settings and credentials are not passed on.
  if (!/^(AWS_|INPUT_|GITHUB_|STATE_)/.test(key)) env[key] = value;
}
Object.assign(env, files, {
  RUNNER_TEMP: work,
  LOCAL_ENDPOINT_TIME_SCALE: timeScale,
  'INPUT_OPERATION': 'lifecycle',
  'INPUT_ENDPOINT-URL': 'local',
});

console.log(`Quick start: deploy, demo and destroy the message pump on a local AWS endpoint (time scale ${timeScale}); no AWS account used.\n`);
const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'inherit'] });

// Workflow commands made readable for a terminal.
const lines = createInterface({ input: child.stdout });
lines.on('line', (line) => {
  const command = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!command) return console.log(line);
  const [, name, properties, message] = command;
  const text = message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%');
  const title = /title=([^,]*)/.exec(properties ?? '')?.[1]?.replace(/%3A/g, ':').replace(/%2C/g, ',');
  if (name === 'group') console.log(`▸ ${text}`);
  else if (name === 'endgroup' || name === 'debug' || name === 'save-state' || name === 'add-mask') return;
  else if (['error', 'warning', 'notice'].includes(name)) console.log(`${name}: ${title ? `${title}: ` : ''}${text}`);
  else console.log(line);
});

// Ctrl-C reaches the action directly (same process group), which stops what it started and exits: this script
// only waits for that. A SIGTERM sent to this script alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
// Both: the exit code, and every line of the log printed before the table.
const [[code, signal]] = await Promise.all([once(child, 'exit'), once(lines, 'close')]);

function readOutputs(text) {
  const outputs = {};
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const heredoc = /^([^=]+?)<<(.+)$/.exec(rows[i]);
    if (!heredoc) continue;
    const value = [];
    for (i++; i < rows.length && rows[i] !== heredoc[2]; i++) value.push(rows[i]);
    outputs[heredoc[1]] = value.join('\n');
  }
  return outputs;
}

function readChecks() {
  try {
    return JSON.parse(readOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')).checks ?? '[]');
  } catch {
    return []; // the action failed before reporting any check
  }
}
const checks = readChecks();
if (checks.length > 0) {
  const nameWidth = Math.max(...checks.map((c) => c.name.length), 5);
  console.log(`\n     ${'check'.padEnd(nameWidth)}  seconds  detail`);
  for (const c of checks) {
    console.log(`  ${c.passed ? '✅' : '❌'} ${c.name.padEnd(nameWidth)}  ${String(c.seconds.toFixed?.(1) ?? c.seconds).padStart(7)}  ${c.detail}`);
  }
} else {
  console.log('\n(no checks were reported)');
}
rmSync(work, { recursive: true, force: true });
const exitCode = code ?? (signal ? 1 : 0);
console.log(`\nquick start ${exitCode === 0 ? 'passed' : 'failed'} (exit ${exitCode}) in ${((performance.now() - started) / 1000).toFixed(1)} s wall time`);
process.exit(exitCode);
