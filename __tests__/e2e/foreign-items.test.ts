// End to end: a demo on a stack whose table already holds 20 unsent items of others and whose queue holds 20 messages
// of others, with a dead-letter queue that takes a message after its second receive. The demo's runs are scoped to
// its own messages: it must pass, leave every foreign item exactly as it was (still unsent, never sent to the
// queue), and leave every foreign message on the queue, received at most once by the demo, none dead-lettered.
import { describe, expect, test } from '@jest/globals';
import { BatchWriteItemCommand, GetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import { expectSucceeded, RUN_ID } from './helpers/action';
import { endpointForSuite, STEP_MS } from './helpers/suite';

const FOREIGN = 20;
const TABLE = 'doc-example-stepfunctions-messages';

/**
 * Ids that are not this attempt's (`<RUN_ID>-1-…`): another workflow run's, a later attempt's of this run, ids whose
 * digits merely begin like ours (`<RUN_ID>-10-…`, `<RUN_ID>1-1-…`), and ids of no action at all.
 */
function foreignId(n: number): string {
  switch (n % 5) {
    case 0:
      return `${Number(RUN_ID) + 1}-1-${n}-0123abcd`;
    case 1:
      return `${RUN_ID}-2-${n}-0123abcd`;
    case 2:
      return `${RUN_ID}-10-${n}-0123abcd`;
    case 3:
      return `${RUN_ID}1-1-${n}-0123abcd`;
    default:
      return `someone-else-${n}`;
  }
}

const foreignItem = (n: number): Record<string, AttributeValue> => ({
  user_name: { S: `other${n}` },
  message_id: { S: foreignId(n) },
  message: { S: `their message ${n}` },
  sent: { BOOL: false },
});

describe('a demo on a table and a queue holding others’ items and messages', () => {
  // On the strict endpoint (IAM propagation, eventual consistency), as the action meets AWS.
  const suite = endpointForSuite('foreign-items', { args: ['--strict'] });
  const step = suite.step;

  test(`passes, leaves all ${FOREIGN} foreign items unchanged and each of ${FOREIGN} foreign messages received at most once`, async () => {
    expectSucceeded(await step('deploy'));

    const items = Array.from({ length: FOREIGN }, (_, n) => foreignItem(n));
    for (let first = 0; first < FOREIGN; first += 20) {
      await suite.aws.dynamodb.send(
        new BatchWriteItemCommand({ RequestItems: { [TABLE]: items.slice(first, first + 20).map((Item) => ({ PutRequest: { Item } })) } }),
      );
    }
    const { QueueUrl } = await suite.aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'doc-example-stepfunctions-queue' }));
    const dlq = await suite.aws.sqs.send(new CreateQueueCommand({ QueueName: 'foreign-items-dlq' }));
    const { Attributes: dlqAttributes } = await suite.aws.sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }));
    await suite.aws.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl,
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqAttributes!.QueueArn, maxReceiveCount: 2 }) },
      }),
    );
    for (let first = 0; first < FOREIGN; first += 10) {
      await suite.aws.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl,
          Entries: Array.from({ length: 10 }, (_, i) => ({
            Id: String(i),
            MessageBody: `foreign ${first + i}`,
            MessageAttributes: { message_id: { DataType: 'String', StringValue: foreignId(first + i) } },
          })),
        }),
      );
    }

    const run = await step('demo');
    expectSucceeded(run);
    expect(run.outputs.result).toBe('passed');

    // Every foreign item reads back exactly as it was put: still unsent.
    for (const item of items) {
      const { Item } = await suite.aws.dynamodb.send(
        new GetItemCommand({ TableName: TABLE, Key: { user_name: item.user_name, message_id: item.message_id }, ConsistentRead: true }),
      );
      expect(Item).toEqual(item);
    }

    // The queue holds exactly the foreign messages (none of the foreign items was sent), each received once by the
    // demo at most: this check's receive is at most their second.
    const received = new Map<string, number>();
    for (let polls = 0; polls < 20; polls += 1) {
      const answer = await suite.aws.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 600,
          WaitTimeSeconds: received.size < FOREIGN ? 1 : 0,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      if ((answer.Messages ?? []).length === 0 && received.size >= FOREIGN) break;
      for (const message of answer.Messages ?? []) received.set(message.Body!, Number(message.Attributes?.ApproximateReceiveCount));
    }
    expect([...received.keys()].sort()).toEqual(Array.from({ length: FOREIGN }, (_, n) => `foreign ${n}`).sort());
    expect([...received.values()].every((count) => count <= 2)).toBe(true);
    const { Attributes: dead } = await suite.aws.sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(dead?.ApproximateNumberOfMessages).toBe('0');

    expectSucceeded(await step('destroy'));
  }, 3 * STEP_MS);
});
