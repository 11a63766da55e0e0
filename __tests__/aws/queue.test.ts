import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { ChangeMessageVisibilityBatchCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { receiveExpected, type ExpectedMessage } from '../../src/aws/queue';
import { WaitTimeoutError } from '../../src/wait';
import { createTestContext } from '../../__fixtures__/context';

const sqsMock = mockClient(SQSClient);
const sqs = new SQSClient({ region: 'us-east-1' });
const queueUrl = 'https://sqs.us-east-1.amazonaws.com/000000000000/queue';
const expected: ExpectedMessage[] = [
  { message_id: '42-1-0-a', user_name: 'wills', message: 'Brevity is the soul of wit.' },
  { message_id: '42-1-1-b', user_name: 'janea', message: 'Let us never underestimate the power of a well-written letter.' },
];

function sqsMessage(id: string, user: string, body: string, handle = `rh-${id}`): Message {
  return {
    MessageId: `m-${id}`,
    ReceiptHandle: handle,
    Body: body,
    MessageAttributes: { user: { DataType: 'String', StringValue: user }, message_id: { DataType: 'String', StringValue: id } },
  };
}

function limits(timeoutSeconds = 60) {
  const ctx = createTestContext({ inputs: { timeoutSeconds } });
  return { deadline: ctx.deadline, sleep: ctx.sleep, now: ctx.now, signal: ctx.signal, clock: ctx.clock };
}

beforeEach(() => {
  sqsMock.reset();
  sqsMock.on(DeleteMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  sqsMock.on(ChangeMessageVisibilityBatchCommand).resolves({ Successful: [], Failed: [] });
});

describe('receiveExpected', () => {
  it("deletes this run's messages and releases others' at once", async () => {
    sqsMock
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message), sqsMessage('other-run', 'x', 'not ours')] })
      .resolvesOnce({ Messages: [] })
      .resolvesOnce({ Messages: [sqsMessage('42-1-1-b', 'janea', expected[1].message)] });
    const result = await receiveExpected(sqs, queueUrl, expected, limits());
    expect(result.received.map((m) => m.message_id)).toEqual(['42-1-0-a', '42-1-1-b']);
    expect(result.mismatches).toEqual([]);
    expect(result.released).toBe(1);
    expect(result.polls).toBe(3);
    expect(sqsMock).toHaveReceivedCommandWith(ReceiveMessageCommand, { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20, MessageAttributeNames: ['All'] });
    expect(sqsMock).toHaveReceivedCommandWith(DeleteMessageBatchCommand, { QueueUrl: queueUrl, Entries: [{ Id: '0', ReceiptHandle: 'rh-42-1-0-a' }] });
    expect(sqsMock).toHaveReceivedCommandWith(ChangeMessageVisibilityBatchCommand, {
      QueueUrl: queueUrl,
      Entries: [{ Id: '0', ReceiptHandle: 'rh-other-run', VisibilityTimeout: 0 }],
    });
    // The other run's message is never deleted.
    const deleted = sqsMock.commandCalls(DeleteMessageBatchCommand).flatMap((c) => c.args[0].input.Entries!.map((e) => e.ReceiptHandle));
    expect(deleted).not.toContain('rh-other-run');
  });

  it('reports a body or user that differs from the table', async () => {
    sqsMock.on(ReceiveMessageCommand).resolves({
      Messages: [sqsMessage('42-1-0-a', 'janea', expected[0].message), sqsMessage('42-1-1-b', 'janea', 'changed')],
    });
    const result = await receiveExpected(sqs, queueUrl, expected, limits());
    expect(result.mismatches).toEqual([
      "42-1-0-a: expected user 'wills' body 'Brevity is the soul of wit.', got user 'janea' body 'Brevity is the soul of wit.'",
      "42-1-1-b: expected user 'janea' body 'Let us never underestimate the power of a well-written letter.', got user 'janea' body 'changed'",
    ]);
  });

  it('deletes a duplicate delivery without counting it twice', async () => {
    sqsMock
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message, 'rh1')] })
      .resolvesOnce({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message, 'rh2'), sqsMessage('42-1-1-b', 'janea', expected[1].message)] });
    const result = await receiveExpected(sqs, queueUrl, expected, limits());
    expect(result.received).toHaveLength(2);
    expect(sqsMock).toHaveReceivedCommandWith(DeleteMessageBatchCommand, { Entries: expect.arrayContaining([{ Id: '0', ReceiptHandle: 'rh2' }]) });
  });

  it('times out saying how many arrived, never long-polling past the deadline', async () => {
    const l = limits(30);
    sqsMock
      .on(ReceiveMessageCommand)
      .callsFakeOnce(() => ({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message)] }))
      .callsFake((input: { WaitTimeSeconds: number }) => {
        l.clock.advance(input.WaitTimeSeconds * 1000); // a long poll that finds nothing takes its full wait
        return { Messages: [] };
      });
    const error = await receiveExpected(sqs, queueUrl, expected, l).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toMatch(/waiting for 2 message\(s\) of this run on .* \(last seen: 1\/2 of this run's messages received\)/);
    const waits = sqsMock.commandCalls(ReceiveMessageCommand).map((c) => c.args[0].input.WaitTimeSeconds!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(20);
    expect(waits[waits.length - 1]).toBeLessThan(20);
  });

  it('fails when SQS refuses to delete one of ours', async () => {
    sqsMock.on(ReceiveMessageCommand).resolves({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message)] });
    sqsMock.on(DeleteMessageBatchCommand).resolves({ Failed: [{ Id: '0', Code: 'ReceiptHandleIsInvalid', SenderFault: true, Message: 'bad handle' }] });
    await expect(receiveExpected(sqs, queueUrl, expected.slice(0, 1), limits())).rejects.toThrow('DeleteMessageBatch failed for 1 message(s): ReceiptHandleIsInvalid bad handle');
  });
});
