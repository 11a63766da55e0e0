// SQS writes answered 200 are on disk before the answer: the state directory copied the instant after the
// last answer (what a kill -9 leaves behind, before any snapshot is written) restores every one of them.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { clientConfig } from './endpoint-clients';

const dirs: string[] = [];
const endpoints: RunningEndpoint[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqs-durability-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const endpoint of endpoints) await endpoint.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function counts(sqs: SQSClient, QueueUrl: string): Promise<{ visible: number; inFlight: number }> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
  return { visible: Number(Attributes?.ApproximateNumberOfMessages), inFlight: Number(Attributes?.ApproximateNumberOfMessagesNotVisible) };
}

describe('SQS with a state directory', () => {
  it('keeps every answered send, delete and visibility change when the process dies right after answering', async () => {
    const dir = tempDir();
    const first = await startEndpoint({ port: 0, stateDir: dir });
    endpoints.push(first);
    const sqs = new SQSClient(clientConfig(first.url));
    const sent: string[] = [];
    let deleted: string[] = [];
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'durable', Attributes: { VisibilityTimeout: '300' } }));
      for (let i = 0; i < 10; i++) {
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `single-${i}` }));
        sent.push(`single-${i}`);
      }
      const batch = Array.from({ length: 10 }, (_, i) => ({ Id: `b${i}`, MessageBody: `batch-${i}` }));
      await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: batch }));
      sent.push(...batch.map((entry) => entry.MessageBody));
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 5 }));
      expect(Messages).toHaveLength(5);
      await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: Messages.slice(0, 3).map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })) }));
      deleted = Messages.slice(0, 3).map((m) => m.Body as string);
      await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: Messages[3].ReceiptHandle, VisibilityTimeout: 0 }));
      // The instant after the last answer: what a kill -9 would leave on disk.
      const copy = tempDir();
      cpSync(dir, copy, { recursive: true });

      const second = await startEndpoint({ port: 0, stateDir: copy });
      endpoints.push(second);
      const after = new SQSClient(clientConfig(second.url));
      try {
        const url = `${second.url}/000000000000/durable`;
        // 20 sent, 3 deleted; the fifth received is still in flight, the fourth was made visible again.
        expect(await counts(after, url)).toEqual({ visible: 16, inFlight: 1 });
        const received: string[] = [];
        for (;;) {
          const { Messages: page = [] } = await after.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
          if (page.length === 0) break;
          received.push(...page.map((m) => m.Body as string));
        }
        const expected = sent.filter((body) => !deleted.includes(body) && body !== Messages[4].Body);
        expect(received.sort()).toEqual(expected.sort());
      } finally {
        after.destroy();
      }
    } finally {
      sqs.destroy();
    }
  });

  it('replays the journal over a snapshot of queues and name cooldowns, and keeps the cooldown of a deleted name', async () => {
    const dir = tempDir();
    const first = await startEndpoint({ port: 0, stateDir: dir });
    const setup = new SQSClient(clientConfig(first.url));
    try {
      await setup.send(new CreateQueueCommand({ QueueName: 'kept' }));
      await setup.send(new CreateQueueCommand({ QueueName: 'dropped' }));
    } finally {
      setup.destroy();
      await first.close(); // writes the snapshot
    }
    const second = await startEndpoint({ port: 0, stateDir: dir });
    endpoints.push(second);
    const sqs = new SQSClient(clientConfig(second.url));
    try {
      await sqs.send(new SendMessageCommand({ QueueUrl: `${second.url}/000000000000/kept`, MessageBody: 'journaled' }));
      await sqs.send(new DeleteQueueCommand({ QueueUrl: `${second.url}/000000000000/dropped` }));
      const copy = tempDir();
      cpSync(dir, copy, { recursive: true });
      const third = await startEndpoint({ port: 0, stateDir: copy });
      endpoints.push(third);
      const after = new SQSClient(clientConfig(third.url));
      try {
        expect(await counts(after, `${third.url}/000000000000/kept`)).toEqual({ visible: 1, inFlight: 0 });
        await expect(after.send(new CreateQueueCommand({ QueueName: 'dropped' }))).rejects.toMatchObject({ name: 'QueueDeletedRecently' });
      } finally {
        after.destroy();
      }
    } finally {
      sqs.destroy();
    }
  });
});
