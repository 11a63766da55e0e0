// State that survives a restart with the same state directory, and how snapshots are written.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { GetRoleCommand, CreateRoleCommand, GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateQueueCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createPersistence } from '../../src/endpoint/persistence';
import { startEndpoint } from '../../src/endpoint/server';
import type { Persistable } from '../../src/endpoint/types';
import { clientConfig } from './endpoint-clients';

const dirs: string[] = [];
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'endpoint-state-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:Scan', Resource: '*' }] });

describe('restart with the same state directory', () => {
  it('keeps queues with their messages, roles with their policies, and table items', async () => {
    const dir = stateDir();
    const first = await startEndpoint({ port: 0, stateDir: dir });
    const sqs = new SQSClient(clientConfig(first.url));
    const iam = new IAMClient(clientConfig(first.url));
    const dynamodb = new DynamoDBClient(clientConfig(first.url));
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'kept', Attributes: { VisibilityTimeout: '1' } }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'still here', MessageAttributes: { user: { DataType: 'String', StringValue: 'wills' } } }));
      await iam.send(new CreateRoleCommand({ RoleName: 'kept-role', AssumeRolePolicyDocument: trust }));
      await iam.send(new PutRolePolicyCommand({ RoleName: 'kept-role', PolicyName: 'scan', PolicyDocument: policy }));
      await dynamodb.send(
        new CreateTableCommand({
          TableName: 'kept-table',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      await DynamoDBDocumentClient.from(dynamodb).send(new PutCommand({ TableName: 'kept-table', Item: { id: 'a', message: 'hello' } }));
    } finally {
      sqs.destroy();
      iam.destroy();
      dynamodb.destroy();
      await first.close();
    }

    const second = await startEndpoint({ port: 0, stateDir: dir });
    const sqs2 = new SQSClient(clientConfig(second.url));
    const iam2 = new IAMClient(clientConfig(second.url));
    const dynamodb2 = new DynamoDBClient(clientConfig(second.url));
    try {
      // The queue URL follows the new port.
      const { QueueUrl } = await sqs2.send(new GetQueueUrlCommand({ QueueName: 'kept' }));
      expect(QueueUrl).toBe(`${second.url}/000000000000/kept`);
      const { Messages } = await sqs2.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'] }));
      expect(Messages?.[0]).toMatchObject({ Body: 'still here', MessageAttributes: { user: { DataType: 'String', StringValue: 'wills' } } });

      expect((await iam2.send(new GetRoleCommand({ RoleName: 'kept-role' }))).Role?.Arn).toBe('arn:aws:iam::000000000000:role/kept-role');
      expect(decodeURIComponent((await iam2.send(new GetRolePolicyCommand({ RoleName: 'kept-role', PolicyName: 'scan' }))).PolicyDocument ?? '')).toBe(policy);

      const { Item } = await DynamoDBDocumentClient.from(dynamodb2).send(new GetCommand({ TableName: 'kept-table', Key: { id: 'a' } }));
      expect(Item).toEqual({ id: 'a', message: 'hello' });
    } finally {
      sqs2.destroy();
      iam2.destroy();
      dynamodb2.destroy();
      await second.close();
    }
  });

  it('refuses to start on a damaged state file, naming it, and leaves nothing running', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'sqs.json'), '{"truncated": ');
    await expect(startEndpoint({ port: 0, stateDir: dir })).rejects.toThrow(join(dir, 'sqs.json'));
  });

  it('starts empty without a state directory', async () => {
    const endpoint = await startEndpoint({ port: 0 });
    const sqs = new SQSClient(clientConfig(endpoint.url));
    try {
      await expect(sqs.send(new GetQueueUrlCommand({ QueueName: 'kept' }))).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    } finally {
      sqs.destroy();
      await endpoint.close();
    }
  });
});

describe('createPersistence', () => {
  function counter(): Persistable & { snapshots: number; restored: unknown[] } {
    const state = {
      value: 0,
      snapshots: 0,
      restored: [] as unknown[],
      snapshot() {
        state.snapshots++;
        return { value: state.value };
      },
      restore(snapshot: unknown) {
        state.restored.push(snapshot);
      },
    };
    return state;
  }

  it('writes one snapshot file per service, leaving no temporary files', async () => {
    const dir = stateDir();
    const service = counter();
    const persistence = createPersistence(dir, () => ({ counter: service }));
    persistence.markDirty();
    await persistence.flush();
    expect(readdirSync(dir)).toEqual(['counter.json']);
    expect(JSON.parse(readFileSync(join(dir, 'counter.json'), 'utf8'))).toEqual({ value: 0 });
  });

  it('coalesces a burst of changes into few writes', async () => {
    const dir = stateDir();
    const service = counter();
    const persistence = createPersistence(dir, () => ({ counter: service }));
    for (let i = 0; i < 100; i++) persistence.markDirty();
    await persistence.flush();
    expect(service.snapshots).toBe(1);
  });

  it('rewrites only the services that changed', async () => {
    const dir = stateDir();
    const changed = counter();
    const untouched = counter();
    const persistence = createPersistence(dir, () => ({ changed, untouched }));
    persistence.markDirty('changed');
    await persistence.flush();
    expect(changed.snapshots).toBe(1);
    expect(untouched.snapshots).toBe(0);
    persistence.markDirty();
    await persistence.flush();
    expect(untouched.snapshots).toBe(1);
  });

  it('does not write when nothing changed', async () => {
    const dir = stateDir();
    const service = counter();
    await createPersistence(dir, () => ({ counter: service })).flush();
    expect(service.snapshots).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('restores what an earlier instance wrote', async () => {
    const dir = stateDir();
    const before = counter();
    const writer = createPersistence(dir, () => ({ counter: before }));
    writer.markDirty();
    await writer.flush();
    const after = counter();
    const reader = createPersistence(dir, () => ({ counter: after, other: counter() }));
    await reader.load();
    reader.restore();
    expect(after.restored).toEqual([{ value: 0 }]);
  });
});

describe('a journaled service', () => {
  /** A list whose every push is journaled, as SQS journals its changes before answering. */
  function journaledList(): Persistable & { items: string[]; push(item: string): void; restored?: unknown } {
    let append: ((record: unknown) => void) | undefined;
    const list = {
      items: [] as string[],
      restored: undefined as unknown,
      push(item: string) {
        list.items.push(item);
        append?.(item);
      },
      snapshot: () => [...list.items],
      restore(snapshot: unknown) {
        list.restored = snapshot;
        list.items = [...(snapshot as string[])];
      },
      journal: {
        attach: (appender: (record: unknown) => void) => (append = appender),
        replay: (snapshot: unknown, records: unknown[]) => [...((snapshot as string[] | undefined) ?? []), ...(records as string[])],
      },
    };
    return list;
  }

  async function reopen(dir: string): Promise<ReturnType<typeof journaledList>> {
    const list = journaledList();
    const persistence = createPersistence(dir, () => ({ list }));
    await persistence.load();
    persistence.restore();
    return list;
  }

  it('keeps changes made after the last snapshot when the process dies without writing again', async () => {
    const dir = stateDir();
    const list = journaledList();
    const persistence = createPersistence(dir, () => ({ list }));
    await persistence.load();
    persistence.restore();
    list.push('a');
    persistence.markDirty('list');
    await persistence.flush();
    // Killed here: these two are only in the journal.
    list.push('b');
    list.push('c');
    expect((await reopen(dir)).items).toEqual(['a', 'b', 'c']);
  });

  it('replays only what the snapshot does not hold, and drops journal generations a snapshot holds', async () => {
    const dir = stateDir();
    const list = journaledList();
    const persistence = createPersistence(dir, () => ({ list }));
    await persistence.load();
    persistence.restore();
    for (const item of ['a', 'b', 'c']) list.push(item);
    persistence.markDirty('list');
    await persistence.flush();
    list.push('d');
    expect(JSON.parse(readFileSync(join(dir, 'list.json'), 'utf8'))).toEqual({ journaledThrough: 3, state: ['a', 'b', 'c'] });
    expect(readdirSync(dir).filter((file) => file.startsWith('list.journal.')).sort()).toEqual(['list.journal.2']);
    expect((await reopen(dir)).items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('replays a journal with no snapshot at all, and ignores a last line cut short by the kill', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'list.journal.1'), '{"s":1,"r":"x"}\n{"s":2,"r":"y"}\n{"s":3,"r":');
    expect((await reopen(dir)).items).toEqual(['x', 'y']);
  });

  it('refuses a journal damaged before its last line, naming it', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'list.journal.1'), '{"s":1,"r":"x"}\n{"s":2,\n{"s":3,"r":"z"}\n');
    await expect(reopen(dir)).rejects.toThrow(join(dir, 'list.journal.1'));
  });

  it('keeps numbering after a restart, so a later snapshot still skips what it holds', async () => {
    const dir = stateDir();
    const first = journaledList();
    const one = createPersistence(dir, () => ({ list: first }));
    await one.load();
    one.restore();
    first.push('a');
    // Killed; the second instance replays 'a', then writes its snapshot and is killed after one more push.
    const second = journaledList();
    const two = createPersistence(dir, () => ({ list: second }));
    await two.load();
    two.restore();
    await two.flush();
    second.push('b');
    expect((await reopen(dir)).items).toEqual(['a', 'b']);
  });
});
