// Per-send cost of the local endpoint's SQS, to compare two bundles (e.g. before and after a change):
//   node scripts/send-cost.mjs <path/to/dist/endpoint/index.js> <label>
// Sequential SendMessage calls from one SDK client, then a burst of 1,000 at once, in memory and with a
// state directory (where each answered send is journaled first). Not a test: numbers to read, on a quiet machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';

const [bundle = 'dist/endpoint/index.js', label = bundle] = process.argv.slice(2);
const { startEndpoint } = await import(pathToFileURL(resolve(bundle)).href);
for (const withState of [false, true]) {
  const dir = withState ? mkdtempSync(join(tmpdir(), 'send-cost-')) : undefined;
  const endpoint = await startEndpoint({ port: 0, stateDir: dir });
  const sqs = new SQSClient({ region: 'us-east-1', endpoint: endpoint.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  try {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'cost' }));
    for (let i = 0; i < 300; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `warm ${i}` }));
    const count = 2000;
    let started = performance.now();
    for (let i = 0; i < count; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message ${i} ${'x'.repeat(100)}` }));
    const sequential = ((performance.now() - started) / count) * 1000;
    started = performance.now();
    await Promise.all(Array.from({ length: 1000 }, (_, i) => sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `burst ${i}` }))));
    const burst = performance.now() - started;
    console.log(`${label} ${withState ? 'state-dir' : 'in-memory'}: sequential ${sequential.toFixed(0)} us/send, burst of 1000 ${burst.toFixed(0)} us/send`);
  } finally {
    sqs.destroy();
    await endpoint.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
