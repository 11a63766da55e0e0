// kill -9 in the middle of a burst, with --state-dir: every SQS send and DynamoDB put that was answered
// before the kill is there after a restart on the same directory (those cut off unanswered may or may not be).
import { afterAll, describe, expect, test } from '@jest/globals';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';

const config = (url: string) => ({
  region: 'us-east-1',
  endpoint: url,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  // One attempt: an answer is an answer, a failure is not retried into a duplicate.
  maxAttempts: 1,
});

const SENDS = 1500;
const KILL_AFTER = 600;
const WORKERS = 16;

describe('kill -9 during a burst, with a state directory', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'G-e2e-kill-'));
  let endpoint: StartedProcess | undefined;

  afterAll(async () => {
    await endpoint?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  test('loses no answered SQS send or DynamoDB put', async () => {
    endpoint = await startEndpointProcess({ stateDir });
    const sqs = new SQSClient(config(endpoint.url));
    const dynamodb = new DynamoDBClient(config(endpoint.url));
    const answeredMessages = new Set<string>();
    const answeredItems = new Set<string>();
    let failed = 0;
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'burst' }));
      await dynamodb.send(
        new CreateTableCommand({
          TableName: 'burst',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      const child = endpoint.child;
      const exited = once(child, 'exit');
      let next = 0;
      let killed = false;
      const worker = async (): Promise<void> => {
        while (next < SENDS) {
          const i = next++;
          try {
            if (i % 3 === 0) {
              await dynamodb.send(new PutItemCommand({ TableName: 'burst', Item: { id: { S: `item-${i}` } } }));
              answeredItems.add(`item-${i}`);
            } else if (i % 3 === 1) {
              await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `message-${i}` }));
              answeredMessages.add(`message-${i}`);
            } else {
              const Entries = [0, 1, 2].map((k) => ({ Id: `e${k}`, MessageBody: `message-${i}-${k}` }));
              const { Successful = [] } = await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
              for (const entry of Successful) answeredMessages.add(`message-${i}-${String(entry.Id).slice(1)}`);
            }
          } catch {
            failed++;
          }
          if (!killed && answeredMessages.size + answeredItems.size >= KILL_AFTER) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      await exited;
      expect(child.signalCode).toBe('SIGKILL');
    } finally {
      sqs.destroy();
      dynamodb.destroy();
    }

    endpoint = await startEndpointProcess({ stateDir });
    const sqsAfter = new SQSClient(config(endpoint.url));
    const dynamodbAfter = new DynamoDBClient(config(endpoint.url));
    try {
      const QueueUrl = `${endpoint.url}/000000000000/burst`;
      const kept = new Set<string>();
      for (let empty = 0; empty < 2; ) {
        const { Messages = [] } = await sqsAfter.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 600 }));
        if (Messages.length === 0) empty++;
        for (const message of Messages) kept.add(message.Body as string);
      }
      const items = new Set<string>();
      let ExclusiveStartKey: Record<string, { S: string }> | undefined;
      do {
        const page = await dynamodbAfter.send(new ScanCommand({ TableName: 'burst', ExclusiveStartKey }));
        for (const item of page.Items ?? []) items.add(item.id.S as string);
        ExclusiveStartKey = page.LastEvaluatedKey as typeof ExclusiveStartKey;
      } while (ExclusiveStartKey);

      const lostMessages = [...answeredMessages].filter((body) => !kept.has(body));
      const lostItems = [...answeredItems].filter((id) => !items.has(id));
      process.stdout.write(
        `kill -9 after ${KILL_AFTER} answers: SQS ${answeredMessages.size} messages answered, ${answeredMessages.size - lostMessages.length} kept ` +
          `(${kept.size} found in all); DynamoDB ${answeredItems.size} puts answered, ${answeredItems.size - lostItems.length} kept (${items.size} found); ` +
          `${failed} calls cut off by the kill\n`,
      );
      expect(lostMessages).toEqual([]);
      expect(lostItems).toEqual([]);
      expect(answeredMessages.size).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
    } finally {
      sqsAfter.destroy();
      dynamodbAfter.destroy();
    }
  }, 120_000);
});
