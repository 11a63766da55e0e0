// Benchmarks (`npm run bench`): prints numbers, never asserts. Run on the action's own runtime (Node 24, which
// the npm scripts put first on PATH). Reads the bundle from env DIST_DIR (default: dist/).
//   node scripts/bench.mjs [--quick] [--n 500] [--warmup 200] [--only a,b,c,d,e]
//     (a) rejecting a bad input: `node dist/index.js` with INPUT_OPERATION=bogus, and the bundle's size
//     (b) the endpoint: time from spawn to its first answered request
//     (c) a sequential mix through the SDK clients: puts, sends, receive + batch delete, paged filtered scan; with
//         the endpoint in its own process, in the clients' process (as `endpoint-url: local`), and the puts and
//         sends against a server that does no work (what the SDK clients alone cost here)
//     (d) the demo at 3, 100 and 1,000 messages (--quick: 3 and 100) at time scale 0.1: wall time, the pump's
//         own floor and their ratio, AWS calls (counted by a proxy in front of the endpoint) and calls per
//         message, the endpoint's CPU per request, and its RSS after the last demo
//     (e) the time from spawning the action to its first AWS call (seen by the same proxy)
//     (f) lifecycle on the strict endpoint under the committed caller policy, at fault rates 0 and 0.05 (seeds
//         1-3): wall time, checks passed, and the retries the action logged (SDK, role propagation)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runActionStep, startEndpointProcess, startServerProcess } from './lib/processes.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const N = Number(args[args.indexOf('--n') + 1] || 0) || 500;
const WARMUP = args.includes('--warmup') ? Number(args[args.indexOf('--warmup') + 1]) : 200;
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const REGION = 'us-east-1';
const credentials = { accessKeyId: 'benchkey', secretAccessKey: 'benchsecret' };
const runAction = (inputs, extraEnv = {}) => runActionStep(DIST, inputs, { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_REGION: REGION, ...extraEnv });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const print = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);

/** Spawns the bundled endpoint; resolves once it printed its URL. */
function startEndpoint(extraArgs = []) {
  return startEndpointProcess(DIST, extraArgs);
}

/** The AWS operation a request names, whatever its protocol. */
function operationOf(req, body) {
  const target = req.headers['x-amz-target'];
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '?';
  if (target) return `${scope}:${String(target).split('.').pop()}`;
  const action = /(?:^|&)Action=([^&]+)/.exec(body)?.[1];
  if (action) return `${scope}:${action}`;
  return `${scope}:${req.method} ${req.url?.split('?')[0]}`;
}

/** A counting proxy in front of the endpoint: how many AWS calls a step makes, by operation. */
async function startCountingProxy(target) {
  const counts = new Map();
  let firstRequestAt;
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    firstRequestAt ??= performance.now();
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const op = operationOf(req, body.toString('latin1').slice(0, 2000));
      counts.set(op, (counts.get(op) ?? 0) + 1);
      const forward = request(
        { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      forward.end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    take() {
      const snapshot = new Map(counts);
      counts.clear();
      firstRequestAt = undefined;
      return snapshot;
    },
    firstRequestAt: () => firstRequestAt,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** CPU seconds a process has used so far (Linux /proc; undefined elsewhere). */
function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

async function benchBadInput() {
  console.log('(a) rejecting a bad input: node dist/index.js with INPUT_OPERATION=bogus');
  const times = [];
  let lastCode;
  for (let i = 0; i < 10; i++) {
    const run = await runAction({ operation: 'bogus' });
    times.push(run.ms);
    lastCode = run.code;
  }
  // A bare Node start on the same machine at the same moment: the floor under the numbers above.
  const bare = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    await once(spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }), 'close');
    bare.push(performance.now() - started);
  }
  const size = statSync(join(DIST, 'index.js')).size;
  print('median of 10 runs', ms(median(times)));
  print('min of 10 runs', ms(Math.min(...times)));
  print('exit code', String(lastCode));
  print('bare `node -e 0` for comparison (median of 10)', ms(median(bare)));
  print('dist/index.js size', `${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
}

async function benchEndpointStart() {
  console.log('(b) the endpoint: spawn -> first answered request');
  const listening = [];
  const answered = [];
  for (let i = 0; i < 5; i++) {
    const endpoint = await startEndpoint();
    // STS GetCallerIdentity: the smallest request there is (query protocol, no state).
    const response = await fetch(endpoint.url, {
      method: 'POST',
      // Signed as AWS clients sign (the endpoint lets in nothing else; it checks no signature).
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
        'x-amz-date': '20250101T000000Z',
      },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    await response.text();
    answered.push(performance.now() - endpoint.started);
    listening.push(endpoint.listeningMs);
    await endpoint.stop();
  }
  print('spawn -> "listening on" line (median of 5)', ms(median(listening)));
  print('spawn -> first answered request (median of 5)', ms(median(answered)));
  print('spawn -> first answered request (min of 5)', ms(Math.min(...answered)));
}

/** The endpoint bundle imported into this process: how `endpoint-url: local` runs it, beside its SDK clients. */
async function startInProcessEndpoint() {
  const { startEndpoint } = await import(pathToFileURL(join(DIST, 'endpoint', 'index.js')).href);
  const endpoint = await startEndpoint({ port: 0 });
  return { url: endpoint.url, pid: undefined, stop: () => endpoint.close() };
}

/**
 * A server in its own process that answers every request at once with a fixed, valid, empty answer and does
 * no work: what the SDK clients alone cost on this machine, the ceiling any endpoint here is measured against.
 */
function startNoWorkServer() {
  const source = `
    import { createServer } from 'node:http';
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        // DynamoDB and SQS both speak AWS JSON 1.0; {} is a valid answer to PutItem and to SendMessage.
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'no-work' }).end('{}');
      });
    });
    server.keepAliveTimeout = 60000;
    server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));`;
  return startServerProcess('the no-work server', ['--input-type=module', '-e', source]);
}

async function benchMix() {
  console.log(`(c) sequential mix through the SDK clients (N=${N}, after ${WARMUP} untimed warm-up puts and sends)`);
  console.log('  the endpoint in its own process, as `npm run endpoint` runs it:');
  await runMix(startEndpoint, { perProcessCpu: true });
  console.log('  the endpoint in the process of its SDK clients, as `endpoint-url: local` runs it:');
  await runMix(startInProcessEndpoint, { perProcessCpu: false });
  console.log('  the SDK clients alone: PutItem and SendMessage against a server in its own process that does no work:');
  await runMix(startNoWorkServer, { perProcessCpu: true, noWork: true });
}

async function runMix(start, { perProcessCpu, noWork = false }) {
  const { DynamoDBClient, CreateTableCommand, PutItemCommand, ScanCommand } = await import('@aws-sdk/client-dynamodb');
  const { SQSClient, CreateQueueCommand, SendMessageCommand, ReceiveMessageCommand, DeleteMessageBatchCommand } = await import('@aws-sdk/client-sqs');
  const endpoint = await start();
  const config = { region: REGION, endpoint: endpoint.url, credentials };
  const db = new DynamoDBClient(config);
  // The no-work server sends no MD5 digests back, so the SQS client is told not to verify them there.
  const sqs = new SQSClient(noWork ? { ...config, md5: false } : config);
  const serverCpu = () => (perProcessCpu && endpoint.pid ? processCpuSeconds(endpoint.pid) : undefined);
  try {
    const createTable = (TableName) =>
      db.send(
        new CreateTableCommand({
          TableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'user_name', AttributeType: 'S' },
            { AttributeName: 'message_id', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'user_name', KeyType: 'HASH' },
            { AttributeName: 'message_id', KeyType: 'RANGE' },
          ],
        }),
      );
    const TableName = 'bench-messages';
    // The no-work server answers {} to everything: no queue URL comes back, so any URL will do.
    const queueUrlOf = async (QueueName) => (await sqs.send(new CreateQueueCommand({ QueueName }))).QueueUrl ?? `${endpoint.url}/000000000000/${QueueName}`;
    await createTable(TableName);
    const QueueUrl = await queueUrlOf('bench-queue');
    // Untimed warm-up calls of each kind (on a table and a queue the mix does not use), so the numbers are about
    // steady state rather than the JIT compiling the SDK and the endpoint. --warmup 0 times everything.
    await createTable('bench-warmup');
    const warmQueue = await queueUrlOf('bench-warmup');
    for (let i = 0; i < WARMUP; i++) {
      await db.send(new PutItemCommand({ TableName: 'bench-warmup', Item: { user_name: { S: 'warmup' }, message_id: { S: `w${i}` }, sent: { BOOL: true } } }));
      await sqs.send(new SendMessageCommand({ QueueUrl: warmQueue, MessageBody: `warm-up ${i}` }));
    }
    await db.send(new ScanCommand({ TableName, Limit: 1 }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1 }));

    const phases = [];
    const cpuBefore = { bench: process.cpuUsage(), endpoint: serverCpu() };
    const phase = async (name, body) => {
      const endpointCpu = serverCpu();
      const started = performance.now();
      const ops = await body();
      const elapsed = performance.now() - started;
      const endpointCpuAfter = serverCpu();
      const serverMs = endpointCpu === undefined || endpointCpuAfter === undefined ? undefined : (endpointCpuAfter - endpointCpu) * 1000;
      phases.push({ name, ops, ms: elapsed, serverMs });
    };
    await phase('DynamoDB PutItem', async () => {
      for (let i = 0; i < N; i++) {
        await db.send(
          new PutItemCommand({
            TableName,
            Item: { user_name: { S: `user${i % 7}` }, message_id: { S: `m${i}` }, message: { S: `message ${i}` }, sent: { BOOL: i % 3 === 0 } },
          }),
        );
      }
      return N;
    });
    await phase('SQS SendMessage', async () => {
      for (let i = 0; i < N; i++) {
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message ${i}`, MessageAttributes: { user: { DataType: 'String', StringValue: `user${i % 7}` } } }));
      }
      return N;
    });
    // Receives and scans need a server that keeps what it was sent: not the no-work one.
    if (!noWork) {
      await phase('SQS ReceiveMessage(10) + DeleteMessageBatch', async () => {
        let ops = 0;
        let received = 0;
        for (let guard = 0; guard < N; guard++) {
          const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }));
          ops++;
          const messages = out.Messages ?? [];
          if (messages.length === 0) break;
          received += messages.length;
          await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })) }));
          ops++;
        }
        if (received !== N) console.log(`    (received ${received} of ${N})`);
        return ops;
      });
      await phase('DynamoDB Scan (Limit 25, FilterExpression), paged', async () => {
        let ops = 0;
        let ExclusiveStartKey;
        do {
          const out = await db.send(
            new ScanCommand({ TableName, Limit: 25, FilterExpression: 'sent = :f', ExpressionAttributeValues: { ':f': { BOOL: false } }, ExclusiveStartKey }),
          );
          ops++;
          ExclusiveStartKey = out.LastEvaluatedKey;
        } while (ExclusiveStartKey && ops < 10_000);
        return ops;
      });
    }
    let totalOps = 0;
    let totalMs = 0;
    for (const p of phases) {
      const server = p.serverMs === undefined ? '' : `, server CPU ${(p.serverMs / p.ops).toFixed(2)} ms/op`;
      print(`  ${p.name}`, `${p.ops} ops in ${ms(p.ms)} = ${((p.ops / p.ms) * 1000).toFixed(0)} ops/s${server}`);
      totalOps += p.ops;
      totalMs += p.ms;
    }
    print(noWork ? '  puts and sends' : '  whole mix', `${totalOps} ops in ${ms(totalMs)} = ${((totalOps / totalMs) * 1000).toFixed(0)} ops/s${noWork ? '' : ' (target >= 900)'}`);
    // Where the time went: CPU used by the SDK side (this process) and by the server, per operation.
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const label = perProcessCpu ? '  CPU per op: SDK clients (this process)' : '  CPU per op: SDK clients and endpoint (one process)';
    print(label, ms((benchCpu.user + benchCpu.system) / 1000 / totalOps));
    const endpointCpu = serverCpu();
    if (endpointCpu !== undefined && cpuBefore.endpoint !== undefined) {
      print('  CPU per op: server process', `${(((endpointCpu - cpuBefore.endpoint) * 1000) / totalOps).toFixed(2)} ms`);
    }
  } finally {
    db.destroy();
    sqs.destroy();
    await endpoint.stop();
  }
}

function formatCounts(counts) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const detail = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  return { total, detail };
}

async function benchFirstCall() {
  console.log('(e) time from spawning node dist/index.js to its first AWS call (operation destroy, nothing to destroy)');
  const endpoint = await startEndpoint();
  const proxy = await startCountingProxy(endpoint.url);
  try {
    const times = [];
    for (let i = 0; i < 5; i++) {
      proxy.take();
      const run = await runAction({ operation: 'destroy', 'endpoint-url': proxy.url });
      const first = proxy.firstRequestAt();
      if (first !== undefined) times.push(first - run.started);
    }
    print('median of 5 runs', times.length ? ms(median(times)) : 'no AWS call seen');
    print('min of 5 runs', times.length ? ms(Math.min(...times)) : '-');
  } finally {
    await proxy.close();
    await endpoint.stop();
  }
}

/** The pump's Wait between passes (setup: `Pause Then Loop`), in seconds at real speed. */
const PUMP_WAIT_SECONDS = 10;
/** At most this many messages are handed on per pass (the scan function's MAX_ITEMS). */
const PUMP_BATCH = 100;

/**
 * The least time the pump itself needs for a demo of `count` messages at `scale`: each of the demo's two runs
 * hands on 100 messages a pass, its first pass at once and each further one after a scaled Wait, so
 * ceil(count / 100) - 1 Waits per run; the late message then waits for one more pass.
 */
function pumpFloorSeconds(count, scale) {
  const waits = 2 * (Math.ceil(count / PUMP_BATCH) - 1) + 1;
  return waits * PUMP_WAIT_SECONDS * scale;
}

/** Resident memory of a process in MB (Linux /proc; undefined elsewhere). */
function processRssMb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function benchMessages(count) {
  return Array.from({ length: count }, (_, i) => ({ user_name: `user${i % 10}`, message: `bench message ${i}` }));
}

/** The demo's phases and their seconds, from the timings table of its job summary: where the wall time went. */
function demoPhases(summary) {
  const at = summary.indexOf('Timings');
  const rows = [...summary.slice(at < 0 ? summary.length : at).matchAll(/<tr><td>([^<]+)<\/td><td>([\d.]+)<\/td><\/tr>/g)];
  return rows.map(([, name, seconds]) => `${name} ${seconds}`).join(', ') || '(no timings in the summary)';
}

async function benchDemo() {
  const scale = 0.1;
  const counts = quick ? [3, 100] : [3, 100, 1000];
  console.log(`(d) the demo on an endpoint with time scale ${scale}: wall time against the pump's own floor, and AWS calls`);
  const state = mkdtempSync(join(tmpdir(), 'G-bench-endpoint-'));
  const endpoint = await startEndpoint(['--state-dir', state, '--time-scale', String(scale)]);
  const proxy = await startCountingProxy(endpoint.url);
  try {
    const deployed = await runAction({ operation: 'deploy', 'endpoint-url': endpoint.url });
    if (deployed.code !== 0) {
      console.log(`    deploy failed (exit ${deployed.code}); skipping the demo\n${deployed.output.split('\n').slice(-15).join('\n')}`);
      return;
    }
    for (const count of counts) {
      proxy.take();
      const cpuBefore = processCpuSeconds(endpoint.pid);
      const inputs = count === 3 ? {} : { messages: JSON.stringify(benchMessages(count)) };
      const demo = await runAction({ operation: 'demo', 'endpoint-url': proxy.url, 'timeout-seconds': '900', ...inputs });
      const cpuAfter = processCpuSeconds(endpoint.pid);
      const { total, detail } = formatCounts(proxy.take());
      const wall = demo.ms / 1000;
      const floor = pumpFloorSeconds(count, scale);
      print(`demo, ${count} messages: wall time`, `${wall.toFixed(2)} s (exit ${demo.code})`);
      print(`demo, ${count} messages: the pump's floor`, `${floor.toFixed(2)} s (ratio ${(wall / floor).toFixed(2)})`);
      print(`demo, ${count} messages: AWS calls`, `${total} (${(total / count).toFixed(2)} per message)`);
      if (cpuBefore !== undefined && cpuAfter !== undefined) {
        print(`demo, ${count} messages: endpoint CPU per request`, ms(((cpuAfter - cpuBefore) * 1000) / Math.max(1, total)));
      }
      console.log(`    ${detail}`);
      console.log(`    phases: ${demoPhases(demo.summary)}`);
      if (demo.code !== 0) console.log(demo.output.split('\n').filter((l) => l.startsWith('::error')).join('\n'));
    }
    const rss = processRssMb(endpoint.pid);
    if (rss !== undefined) print(`endpoint RSS after the ${counts.at(-1)}-message demo`, `${rss.toFixed(0)} MB`);
  } finally {
    await proxy.close();
    await endpoint.stop();
    rmSync(state, { recursive: true, force: true });
  }
}

/** Step outputs from a GITHUB_OUTPUT file's text (`name<<DELIMITER` blocks). */
function parseOutputs(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^=]+?)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * The retries a step logged: the SDK's own (one "AWS SDK retry:" warning each, for every operation of the step)
 * and the action's waits for a role to become assumable (CreateStateMachine "... retrying").
 */
function retriesOf(output) {
  const lines = output.split('\n');
  return {
    sdk: lines.filter((line) => line.includes('AWS SDK retry:')).length,
    role: lines.filter((line) => /not assumable by .+ yet; retrying/.test(line)).length,
  };
}

async function benchStrictLifecycle() {
  const scale = 0.1;
  console.log(`(f) lifecycle on the strict endpoint (endpoint-url: local, time scale ${scale}, policies/caller-policy.json as the caller's policy)`);
  const variants = [['fault rate 0', '0', '1'], ...[1, 2, 3].map((seed) => [`fault rate 0.05, seed ${seed}`, '0.05', String(seed)])];
  for (const [label, rate, seed] of variants) {
    const run = await runAction(
      { operation: 'lifecycle', 'endpoint-url': 'local', 'timeout-seconds': '300' },
      {
        LOCAL_ENDPOINT_TIME_SCALE: String(scale),
        LOCAL_ENDPOINT_STRICT: 'true',
        LOCAL_ENDPOINT_FAULT_RATE: rate,
        LOCAL_ENDPOINT_FAULT_SEED: seed,
        LOCAL_ENDPOINT_CALLER_POLICY: resolve('policies/caller-policy.json'),
      },
    );
    const outputs = parseOutputs(run.outputs);
    const checks = JSON.parse(outputs.checks ?? '[]');
    const failed = checks.filter((c) => !c.passed).map((c) => c.name);
    const retries = retriesOf(run.output);
    print(`${label}: wall time`, `${(run.ms / 1000).toFixed(2)} s (exit ${run.code}, ${checks.length - failed.length}/${checks.length} checks passed)`);
    print(`${label}: retries`, `${retries.sdk} by the SDK, ${retries.role} while the role propagated`);
    if (failed.length > 0) console.log(`    failed: ${failed.join(', ')}`);
  }
}

// The machine's load says how far these numbers are from an idle machine's.
console.log(`bench: node ${process.version}, bundle ${DIST}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const sections = { a: benchBadInput, b: benchEndpointStart, c: benchMix, d: benchDemo, e: benchFirstCall, f: benchStrictLifecycle };
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : Object.keys(sections);
for (const section of only.map((key) => sections[key]).filter(Boolean)) {
  try {
    await section();
  } catch (error) {
    console.log(`  ${section.name} could not run: ${error.message}`);
  }
}
