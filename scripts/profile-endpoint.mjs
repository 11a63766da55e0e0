// The bundled endpoint process on the bench's SDK op mix (puts, sends, receive + batch delete, paged filtered
// scan), in rounds on fresh tables and queues. Prints numbers, never asserts.
//   node scripts/profile-endpoint.mjs [--n 500] [--rounds 3] [--only put,send,receive,scan] [--node-flags "..."]
//     default: runs it under --cpu-prof and prints self time by file (or package) and by function (--top N,
//              --keep DIR keeps the profile). The profile samples wall time: on a busy machine a socket write
//              also collects the time the process waited for a CPU, so read it beside --measure.
//     --measure: no profiler; the endpoint's CPU (utime + stime) per request by phase and round (round 0 is the
//              JIT warming up; the average is of the later rounds), the bench's weighted mix, and with
//              --threads by thread (main, V8's compiler and GC workers). For a CPU-time profile instead:
//              --node-flags --perf-basic-prof and `perf record -e cpu-clock -g -p <endpoint pid>`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServerProcess } from './lib/processes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const N = Number(option('--n', 500));
const ROUNDS = Number(option('--rounds', 3));
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const only = option('--only', 'put,send,receive,scan').split(',');
const dir = option('--keep') ?? mkdtempSync(join(tmpdir(), 'endpoint-prof-'));

const { DynamoDBClient, CreateTableCommand, DescribeTableCommand, PutItemCommand, ScanCommand } = await import('@aws-sdk/client-dynamodb');
const { SQSClient, CreateQueueCommand, SendMessageCommand, ReceiveMessageCommand, DeleteMessageBatchCommand } = await import('@aws-sdk/client-sqs');
const measure = args.includes('--measure');
const profiling = measure ? [] : ['--cpu-prof', '--cpu-prof-dir', dir];
const endpoint = await startServerProcess('the endpoint', [...(option('--node-flags', '') ? option('--node-flags').split(' ') : []), ...profiling, join(DIST, 'endpoint', 'index.js'), '--port', '0']);
const config = { region: 'us-east-1', endpoint: endpoint.url, credentials: { accessKeyId: 'prof', secretAccessKey: 'prof' } };
const db = new DynamoDBClient(config);
const sqs = new SQSClient(config);
const KeySchema = [
  { AttributeName: 'user_name', KeyType: 'HASH' },
  { AttributeName: 'message_id', KeyType: 'RANGE' },
];
const AttributeDefinitions = KeySchema.map(({ AttributeName }) => ({ AttributeName, AttributeType: 'S' }));
/** CPU seconds the endpoint process has used so far (Linux /proc: utime + stime in ticks of 1/100 s). */
const cpu = () => {
  const fields = readFileSync(`/proc/${endpoint.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
/** CPU seconds by thread name (main thread, V8's compiler and GC workers, libuv's pool). */
const threads = () => {
  const out = new Map();
  for (const task of readdirSync(`/proc/${endpoint.pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${endpoint.pid}/task/${task}/stat`, 'utf8');
      const name = task === String(endpoint.pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.split(') ')[1].split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out;
};
const byThread = new Map();
const phases = new Map();
const phase = async (name, body) => {
  const before = cpu();
  const threadsBefore = threads();
  const ops = await body();
  const used = cpu() - before;
  for (const [thread, seconds] of threads()) {
    const key = `${name} ${thread}`;
    const rounds = byThread.get(key) ?? [];
    rounds.push((((seconds - (threadsBefore.get(thread) ?? 0)) * 1000) / ops).toFixed(3));
    byThread.set(key, rounds);
  }
  const sum = phases.get(name) ?? { ops: 0, seconds: 0, rounds: [] };
  sum.ops += ops;
  sum.seconds += used;
  sum.rounds.push((used * 1000) / ops);
  phases.set(name, sum);
};
for (let round = 0; round < ROUNDS; round++) {
  const TableName = `prof-${round}`;
  await db.send(new CreateTableCommand({ TableName, BillingMode: 'PAY_PER_REQUEST', KeySchema, AttributeDefinitions }));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `prof-${round}` }));
  // A new table is CREATING for a moment: wait for it to be ACTIVE.
  while ((await db.send(new DescribeTableCommand({ TableName }))).Table.TableStatus !== 'ACTIVE') await new Promise((done) => setTimeout(done, 5));
  await phase('put', async () => {
    const count = only.includes('put') ? N : 100;
    for (let i = 0; i < count; i++) {
      await db.send(new PutItemCommand({ TableName, Item: { user_name: { S: `user${i % 7}` }, message_id: { S: `m${i}` }, message: { S: `message ${i}` }, sent: { BOOL: i % 3 === 0 } } }));
    }
    return count;
  });
  await phase('send', async () => {
    const count = only.includes('send') ? N : 100;
    for (let i = 0; i < count; i++) {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message ${i}`, MessageAttributes: { user: { DataType: 'String', StringValue: `user${i % 7}` } } }));
    }
    return count;
  });
  if (only.includes('receive')) {
    await phase('receive+delete', async () => {
      let ops = 0;
      for (;;) {
        const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }));
        ops++;
        const messages = out.Messages ?? [];
        if (messages.length === 0) return ops;
        await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })) }));
        ops++;
      }
    });
  }
  if (only.includes('scan')) {
    await phase('scan', async () => {
      let ops = 0;
      let ExclusiveStartKey;
      do {
        const out = await db.send(new ScanCommand({ TableName, Limit: 25, FilterExpression: 'sent = :f', ExpressionAttributeValues: { ':f': { BOOL: false } }, ExclusiveStartKey }));
        ops++;
        ExclusiveStartKey = out.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return ops;
    });
  }
}
await endpoint.stop();
db.destroy();
sqs.destroy();
// Round 0 warms the endpoint up (JIT); the figures are from the rounds after it when there are any.
let mixOps = 0;
let mixMs = 0;
for (const [name, { rounds }] of phases) {
  const steady = rounds.length > 1 ? rounds.slice(1) : rounds;
  const perOp = steady.reduce((a, b) => a + b, 0) / steady.length;
  console.log(`  ${name.padEnd(16)} endpoint CPU ${perOp.toFixed(3)} ms/op (rounds: ${rounds.map((r) => r.toFixed(3)).join(' ')})`);
}
if (only.length === 4) {
  // The bench's mix: 500 puts, 500 sends, ~101 receives + batch deletes, ~21 scan pages.
  const weights = { put: 500, send: 500, 'receive+delete': 101, scan: 21 };
  for (const [name, weight] of Object.entries(weights)) {
    const rounds = phases.get(name).rounds;
    const steady = rounds.length > 1 ? rounds.slice(1) : rounds;
    mixMs += (weight * steady.reduce((a, b) => a + b, 0)) / steady.length;
    mixOps += weight;
  }
  console.log(`  bench mix (weighted)  endpoint CPU ${(mixMs / mixOps).toFixed(3)} ms/op`);
}
if (args.includes('--threads')) for (const [key, rounds] of byThread) console.log(`  ${key.padEnd(32)} ${rounds.join(' ')} ms/op`);
if (measure) process.exit(0);

const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const where = (url) => {
  if (!url) return '(native)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  return url.replace(/^file:\/\/.*\/dist\//, 'dist/').replace(/^node:/, 'node:');
};
const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id);
  total += micros;
  const fileKey = where(callFrame.url);
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
  const fnKey = `${callFrame.functionName || '(anonymous)'} ${fileKey}:${callFrame.lineNumber + 1}`;
  byFunction.set(fnKey, (byFunction.get(fnKey) ?? 0) + micros);
}
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => `  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${key}`)
    .join('\n');
console.log(`profile ${join(dir, file)}: ${(total / 1000).toFixed(0)} ms sampled`);
console.log(`self time by file:\n${top(byFile, 25)}`);
console.log(`self time by function:\n${top(byFunction, Number(option('--top', 50)))}`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
