// SQS through the port with the real SDK client: the client verifies MD5 digests itself (it throws on a
// mismatch), so every successful send and receive here also proves the digests.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  TagQueueCommand,
} from '@aws-sdk/client-sqs';
import { startEndpoint, type RunningEndpoint } from '../../src/endpoint/server';
import { md5OfMessageAttributes } from '../../src/endpoint/services/sqs/digest';
import { waitFor } from '../../src/wait';
import { clientConfig } from './endpoint-clients';
import { signedHeaders } from './signed';

let endpoint: RunningEndpoint;
let sqs: SQSClient;
let queueCount = 0;

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0 });
  sqs = new SQSClient(clientConfig(endpoint.url));
});

afterAll(async () => {
  sqs.destroy();
  await endpoint.close();
});

async function newQueue(attributes: Record<string, string> = {}): Promise<string> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `q${++queueCount}-${Date.now()}`, Attributes: attributes }));
  return QueueUrl as string;
}

async function count(queueUrl: string, attribute: 'ApproximateNumberOfMessages' | 'ApproximateNumberOfMessagesNotVisible'): Promise<number> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: [attribute] }));
  return Number(Attributes?.[attribute]);
}

describe('digests', () => {
  it('match values computed by another implementation (moto 5.2.1, through the AWS CLI)', () => {
    const attributes = {
      user: { DataType: 'String', StringValue: 'wills' },
      n: { DataType: 'Number', StringValue: '3' },
      // The CLI sent the bytes of the text "AAEC/w=="; on the JSON wire they are base64 again.
      b: { DataType: 'Binary', BinaryValue: Buffer.from('AAEC/w==').toString('base64') },
    };
    expect(md5OfMessageAttributes(attributes)).toBe('661fddeb3d8a450e54f9cf9568fa6812');
    expect(md5OfMessageAttributes({})).toBeUndefined();
  });
});

describe('queues', () => {
  it('creates a queue at <endpoint>/<account>/<name> with its ARN and default attributes', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'orders', Attributes: { VisibilityTimeout: '5' } }));
    expect(QueueUrl).toBe(`${endpoint.url}/000000000000/orders`);
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    expect(Attributes).toMatchObject({
      QueueArn: 'arn:aws:sqs:us-east-1:000000000000:orders',
      VisibilityTimeout: '5',
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
      DelaySeconds: '0',
    });
    expect(Number(Attributes?.CreatedTimestamp)).toBeGreaterThan(1_600_000_000);
    expect(Number(Attributes?.CreatedTimestamp)).toBeLessThan(10_000_000_000); // seconds, not ms
  });

  it('is idempotent with the same attributes and refuses different ones', async () => {
    const first = await sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { DelaySeconds: '1' } }));
    const again = await sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { DelaySeconds: '1' } }));
    expect(again.QueueUrl).toBe(first.QueueUrl);
    await expect(sqs.send(new CreateQueueCommand({ QueueName: 'same', Attributes: { DelaySeconds: '2' } }))).rejects.toMatchObject({
      name: 'QueueNameExists',
      Code: 'QueueAlreadyExists',
    });
  });

  it('gets the URL, lists by prefix, tags, sets attributes and deletes', async () => {
    const url = await newQueue();
    const name = url.split('/').pop() as string;
    expect((await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl).toBe(url);
    expect((await sqs.send(new ListQueuesCommand({ QueueNamePrefix: name }))).QueueUrls).toEqual([url]);
    await sqs.send(new TagQueueCommand({ QueueUrl: url, Tags: { team: 'pump' } }));
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl: url }))).Tags).toEqual({ team: 'pump' });
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { VisibilityTimeout: '7' } }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['VisibilityTimeout'] }));
    expect(Attributes).toEqual({ VisibilityTimeout: '7' });
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
    await expect(sqs.send(new GetQueueUrlCommand({ QueueName: name }))).rejects.toMatchObject({
      name: 'QueueDoesNotExist',
      Code: 'AWS.SimpleQueueService.NonExistentQueue',
      $metadata: expect.objectContaining({ httpStatusCode: 400 }),
    });
  });

  it('answers with URLs on the host the caller used, and accepts them all', async () => {
    const viaLocalhost = new SQSClient(clientConfig(`http://localhost:${endpoint.port}`));
    try {
      const { QueueUrl } = await viaLocalhost.send(new CreateQueueCommand({ QueueName: 'by-host' }));
      expect(QueueUrl).toBe(`http://localhost:${endpoint.port}/000000000000/by-host`);
      // The same queue through the 127.0.0.1 client, by its localhost URL.
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'either way' }));
      expect((await viaLocalhost.send(new ReceiveMessageCommand({ QueueUrl }))).Messages?.[0].Body).toBe('either way');
    } finally {
      viaLocalhost.destroy();
    }
  });

  it('pages ListQueues with MaxResults and NextToken', async () => {
    const prefix = `page${Date.now()}`;
    for (const n of [1, 2, 3]) await sqs.send(new CreateQueueCommand({ QueueName: `${prefix}-${n}` }));
    const first = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: prefix, MaxResults: 2 }));
    expect(first.QueueUrls).toHaveLength(2);
    const second = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: prefix, MaxResults: 2, NextToken: first.NextToken }));
    expect(second.QueueUrls).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
  });

  it('rejects unknown attribute names', async () => {
    const url = await newQueue();
    await expect(sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['Bogus' as 'All'] }))).rejects.toMatchObject({
      name: 'InvalidAttributeName',
    });
  });
});

describe('messages', () => {
  it('round-trips a message with attributes and digests the SDK accepts', async () => {
    const url = await newQueue();
    const MessageAttributes = {
      user: { DataType: 'String', StringValue: 'wills' },
      count: { DataType: 'Number', StringValue: '3' },
      blob: { DataType: 'Binary', BinaryValue: Uint8Array.from([0, 1, 2, 255]) },
    };
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'Brevity is the soul of wit. ✓', MessageAttributes }));
    // The digest the client would compute over the same attributes (binary as base64 on the JSON wire).
    expect(sent.MD5OfMessageAttributes).toBe(
      md5OfMessageAttributes({ ...MessageAttributes, blob: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2, 255]).toString('base64') } }),
    );
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'] }),
    );
    expect(Messages).toHaveLength(1);
    const [message] = Messages ?? [];
    expect(message.Body).toBe('Brevity is the soul of wit. ✓');
    expect(message.MessageId).toBe(sent.MessageId);
    expect(message.MD5OfMessageAttributes).toBe(sent.MD5OfMessageAttributes);
    expect(message.MessageAttributes?.user).toEqual({ DataType: 'String', StringValue: 'wills' });
    expect(message.MessageAttributes?.blob.BinaryValue).toEqual(Uint8Array.from([0, 1, 2, 255]));
    expect(message.Attributes?.ApproximateReceiveCount).toBe('1');
    expect(Number(message.Attributes?.SentTimestamp)).toBeGreaterThan(1_600_000_000_000); // epoch ms
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
    expect(await count(url, 'ApproximateNumberOfMessages')).toBe(0);
    expect(await count(url, 'ApproximateNumberOfMessagesNotVisible')).toBe(0);
  });

  it('returns only the message attributes asked for', async () => {
    const url = await newQueue();
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: url,
        MessageBody: 'x',
        MessageAttributes: { user: { DataType: 'String', StringValue: 'a' }, message_id: { DataType: 'String', StringValue: 'b' } },
      }),
    );
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['user'] }));
    expect(Object.keys(Messages?.[0].MessageAttributes ?? {})).toEqual(['user']);
  });

  it('digests the attributes returned: all of them as at the send, a selection over the selection', async () => {
    const url = await newQueue();
    const MessageAttributes = { user: { DataType: 'String', StringValue: 'a' }, message_id: { DataType: 'String', StringValue: 'b' } };
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x', MessageAttributes }));
    const all = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['.*'], VisibilityTimeout: 0 }));
    expect(all.Messages?.[0].MessageAttributes).toEqual(MessageAttributes);
    expect(all.Messages?.[0].MD5OfMessageAttributes).toBe(sent.MD5OfMessageAttributes);
    const some = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['message_id'] }));
    expect(some.Messages?.[0].MessageAttributes).toEqual({ message_id: MessageAttributes.message_id });
    expect(some.Messages?.[0].MD5OfMessageAttributes).toBe(md5OfMessageAttributes({ message_id: MessageAttributes.message_id }));
  });

  it('sends a batch and receives up to MaxNumberOfMessages', async () => {
    const url = await newQueue();
    const Entries = Array.from({ length: 10 }, (_, i) => ({ Id: `m${i}`, MessageBody: `body ${i}` }));
    const batch = await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries }));
    expect(batch.Successful?.map((s) => s.Id).sort()).toEqual(Entries.map((e) => e.Id).sort());
    expect(batch.Failed ?? []).toEqual([]);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 7 }));
    expect(Messages).toHaveLength(7);
    expect(await count(url, 'ApproximateNumberOfMessages')).toBe(3);
    expect(await count(url, 'ApproximateNumberOfMessagesNotVisible')).toBe(7);
  });

  it('rejects batches that are empty, too long or with repeated ids', async () => {
    const url = await newQueue();
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: [] }))).rejects.toMatchObject({ name: 'EmptyBatchRequest' });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' }));
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: eleven }))).rejects.toMatchObject({ name: 'TooManyEntriesInBatchRequest' });
    const repeated = [{ Id: 'a', MessageBody: 'x' }, { Id: 'a', MessageBody: 'y' }];
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: repeated }))).rejects.toMatchObject({ name: 'BatchEntryIdsNotDistinct' });
  });

  it('rejects MaxNumberOfMessages outside 1-10', async () => {
    const url = await newQueue();
    await expect(sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 11 }))).rejects.toMatchObject({ Code: 'InvalidParameterValue' });
  });

  it('answers a long poll as soon as a message is sent', async () => {
    const url = await newQueue();
    const poll = sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 20 }));
    // The poll goes out first; if the send did not wake it, it would hang for 20 s and fail the test on jest's timeout.
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'wake up' }));
    const { Messages } = await poll;
    expect(Messages?.map((m) => m.Body)).toEqual(['wake up']);
  });

  it('makes a message visible again after its visibility timeout, counting receives', async () => {
    const url = await newQueue({ VisibilityTimeout: '1' });
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'again' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
    expect(first.Messages?.[0].Attributes?.ApproximateReceiveCount).toBe('1');
    // In flight: an immediate receive gets nothing.
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages).toBeUndefined();
    // A long poll is answered when the timeout lapses (bounded by its own wait of at most 5 s).
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 5, MessageSystemAttributeNames: ['All'] }));
    expect(second.Messages?.[0].Attributes?.ApproximateReceiveCount).toBe('2');
    expect(second.Messages?.[0].ReceiptHandle).not.toBe(first.Messages?.[0].ReceiptHandle);
  });

  it('changes visibility to 0 so the message can be received at once', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'release me' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: first.Messages?.[0].ReceiptHandle, VisibilityTimeout: 0 }));
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    expect(second.Messages?.[0].Body).toBe('release me');
  });

  it('changes visibility in a batch, reporting handles that no longer work', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'one' }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    const handle = Messages?.[0].ReceiptHandle as string;
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: handle }));
    const result = await sqs.send(
      new ChangeMessageVisibilityBatchCommand({ QueueUrl: url, Entries: [{ Id: 'gone', ReceiptHandle: handle, VisibilityTimeout: 0 }] }),
    );
    expect(result.Successful ?? []).toEqual([]);
    expect(result.Failed).toEqual([expect.objectContaining({ Id: 'gone', SenderFault: true })]);
  });

  it('deletes in a batch and reports a bad handle as a failed entry', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: [{ Id: 'a', MessageBody: 'a' }, { Id: 'b', MessageBody: 'b' }] }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
    expect(Messages).toHaveLength(2);
    const result = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: [...(Messages ?? []).map((m, i) => ({ Id: `ok${i}`, ReceiptHandle: m.ReceiptHandle })), { Id: 'bad', ReceiptHandle: 'not-a-handle' }],
      }),
    );
    expect(result.Successful?.map((s) => s.Id).sort()).toEqual(['ok0', 'ok1']);
    expect(result.Failed).toEqual([expect.objectContaining({ Id: 'bad', Code: 'ReceiptHandleIsInvalid', SenderFault: true })]);
    expect(await count(url, 'ApproximateNumberOfMessagesNotVisible')).toBe(0);
  });

  it('ignores a delete with a stale receipt handle, as SQS does, and honours the latest one', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'twice' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    const stale = first.Messages?.[0].ReceiptHandle as string;
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: stale, VisibilityTimeout: 0 }));
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: stale }));
    expect(await count(url, 'ApproximateNumberOfMessagesNotVisible')).toBe(1);
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: second.Messages?.[0].ReceiptHandle }));
    expect(await count(url, 'ApproximateNumberOfMessagesNotVisible')).toBe(0);
  });

  it('sends query-compatible errors on the wire', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: signedHeaders('sqs', { 'x-amz-target': 'AmazonSQS.GetQueueUrl', 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-mode': 'true' }),
      body: JSON.stringify({ QueueName: 'never-created' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-query-error')).toBe('AWS.SimpleQueueService.NonExistentQueue;Sender');
    expect(await response.json()).toEqual({ __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' });
  });

  it('purges a queue', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: [{ Id: 'a', MessageBody: 'a' }, { Id: 'b', MessageBody: 'b' }] }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl: url }));
    expect(await count(url, 'ApproximateNumberOfMessages')).toBe(0);
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages).toBeUndefined();
  });

  it('moves a message past maxReceiveCount to the dead-letter queue', async () => {
    const dlq = await newQueue();
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['QueueArn'] }));
    const url = await newQueue({ RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes?.QueueArn, maxReceiveCount: 1 }) });
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'poison' }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }));
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: first.Messages?.[0].ReceiptHandle, VisibilityTimeout: 0 }));
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages).toBeUndefined();
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq }))).Messages?.[0].Body).toBe('poison');
  });

  it('delays a message by DelaySeconds', async () => {
    const url = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'later', DelaySeconds: 1 }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }));
    expect(Attributes?.ApproximateNumberOfMessagesDelayed).toBe('1');
    const received = await waitFor(
      async () => {
        const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 2 }));
        return Messages ? { done: true as const, value: Messages } : { done: false as const };
      },
      { what: 'the delayed message', deadline: Date.now() + 5000 },
    );
    expect(received?.[0].Body).toBe('later');
  });
});

describe('backend for other services', () => {
  it('creates queues and sends messages the SDK then receives', async () => {
    const ref = endpoint.backends.sqs.createQueue('from-backend', { VisibilityTimeout: '10' }, 'us-east-1');
    expect(ref).toEqual({ name: 'from-backend', url: `${endpoint.url}/000000000000/from-backend`, arn: 'arn:aws:sqs:us-east-1:000000000000:from-backend' });
    endpoint.backends.sqs.sendMessage(
      { QueueUrl: ref.url, MessageBody: 'hi', MessageAttributes: { user: { DataType: 'String', StringValue: 'janea' } } },
      'us-east-1',
    );
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: ref.url, MessageAttributeNames: ['All'] }));
    expect(Messages?.[0].MessageAttributes?.user.StringValue).toBe('janea');
    endpoint.backends.sqs.deleteQueue(ref.url, 'us-east-1');
    expect(endpoint.backends.sqs.getQueue('from-backend', 'us-east-1')).toBeUndefined();
  });
});

describe('callers that hang up', () => {
  it('stops a long poll whose caller disconnected, so it takes no messages', async () => {
    const seen: string[] = [];
    const own = await startEndpoint({ port: 0, logRequests: true, log: (line) => seen.push(line) });
    const client = new SQSClient(clientConfig(own.url));
    const until = (line: string): Promise<boolean> =>
      waitFor(async () => ({ done: seen.includes(line), value: true }) as const, { what: `the log line '${line}'`, deadline: Date.now() + 3000, initialDelayMs: 10 });
    try {
      const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'abandoned' }));
      const poll = new AbortController();
      const abandoned = client.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }), { abortSignal: poll.signal });
      await until('sqs ReceiveMessage');
      poll.abort();
      await expect(abandoned).rejects.toThrow();
      await until('sqs ReceiveMessage: caller disconnected');
      await client.send(new SendMessageCommand({ QueueUrl, MessageBody: 'for whoever is still here' }));
      const { Messages } = await client.send(new ReceiveMessageCommand({ QueueUrl }));
      expect(Messages?.[0].Body).toBe('for whoever is still here');
    } finally {
      client.destroy();
      await own.close();
    }
  });
});

describe('close', () => {
  it('ends a long poll promptly when the endpoint closes', async () => {
    const seen: string[] = [];
    const own = await startEndpoint({ port: 0, logRequests: true, log: (line) => seen.push(line) });
    const client = new SQSClient(clientConfig(own.url));
    try {
      const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'closing' }));
      const poll = client.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
      // Close only once the poll has reached the server (a request still on the wire would just be refused).
      await waitFor(async () => ({ done: seen.includes('sqs ReceiveMessage'), value: true }) as const, {
        what: 'the long poll to reach the endpoint',
        deadline: Date.now() + 3000,
        initialDelayMs: 10,
      });
      await own.close();
      // Answered (empty) by close(), not after 20 s: jest's default 5 s timeout bounds this.
      expect((await poll).Messages).toBeUndefined();
    } finally {
      client.destroy();
      await own.close();
    }
  });
});
