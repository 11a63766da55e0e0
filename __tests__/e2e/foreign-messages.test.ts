// End to end: a demo on a queue that already holds 100 messages of others (another run's, a stranger's), with a
// dead-letter queue that takes a message after its second receive. The demo must pass within its deadline and
// leave every one of them on the queue, visible, received at most once, none moved to the dead-letter queue.
import { describe, expect, test } from '@jest/globals';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SetQueueAttributesCommand,
  type MessageAttributeValue,
} from '@aws-sdk/client-sqs';
import { expectSucceeded } from './helpers/action';
import { endpointForSuite, STEP_MS } from './helpers/suite';

const FOREIGN = 100;

describe('a demo on a queue full of others’ messages', () => {
  // On the strict endpoint (IAM propagation, eventual consistency), as the action meets AWS.
  const suite = endpointForSuite('foreign', { args: ['--strict'] });
  const step = suite.step;

  test(`passes and leaves all ${FOREIGN} foreign messages, each received at most once, none dead-lettered`, async () => {
    expectSucceeded(await step('deploy'));
    const { QueueUrl } = await suite.aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'doc-example-stepfunctions-queue' }));
    const dlq = await suite.aws.sqs.send(new CreateQueueCommand({ QueueName: 'foreign-dlq' }));
    const { Attributes: dlqAttributes } = await suite.aws.sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }));
    await suite.aws.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl,
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqAttributes!.QueueArn, maxReceiveCount: 2 }) },
      }),
    );
    for (let batch = 0; batch < FOREIGN / 10; batch += 1) {
      await suite.aws.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl,
          Entries: Array.from({ length: 10 }, (_, i) => {
            const n = batch * 10 + i;
            // Half look like another workflow run's (same pump, another run id), half are a stranger's.
            const attributes: Record<string, MessageAttributeValue> =
              n % 2 === 0
                ? { user: { DataType: 'String', StringValue: 'wills' }, message_id: { DataType: 'String', StringValue: `9${n}-1-0-0123abcd` } }
                : { owner: { DataType: 'String', StringValue: 'someone else' } };
            return { Id: String(i), MessageBody: `foreign ${n}`, MessageAttributes: attributes };
          }),
        }),
      );
    }

    const run = await step('demo');
    expectSucceeded(run);
    expect(run.outputs.result).toBe('passed');
    expect(run.stdout).toMatch(new RegExp(`set aside ${FOREIGN} message\\(s\\) of others`));
    expect(run.stdout).toContain(`Released ${FOREIGN} message(s) of others set aside during the demo`);

    // All of them are back, visible, none dead-lettered; each was received once by the demo, once by this check.
    const received = new Map<string, number>();
    for (let polls = 0; polls < 40 && received.size < FOREIGN; polls += 1) {
      const answer = await suite.aws.sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 600, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }),
      );
      for (const message of answer.Messages ?? []) received.set(message.Body!, Number(message.Attributes?.ApproximateReceiveCount));
    }
    expect(received.size).toBe(FOREIGN);
    expect([...received.values()].every((count) => count === 2)).toBe(true);
    const { Attributes: dead } = await suite.aws.sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(dead?.ApproximateNumberOfMessages).toBe('0');

    expectSucceeded(await step('destroy'));
  }, 3 * STEP_MS);
});
