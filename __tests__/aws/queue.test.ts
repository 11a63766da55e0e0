import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { ChangeMessageVisibilityBatchCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { ForeignMessages, leftoverOfEarlierAttempt, receiveExpected, type ExpectedMessage } from '../../src/aws/queue';
import { messageIdFor } from '../../src/aws/messages';
import { FakeQueue } from '../../__fixtures__/fake-sqs';
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
  it("deletes this run's messages; others' are set aside until the deadline and released before it returns", async () => {
    sqsMock
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [sqsMessage('42-1-0-a', 'wills', expected[0].message), sqsMessage('other-run', 'x', 'not ours')] })
      .resolvesOnce({ Messages: [] })
      .resolvesOnce({ Messages: [sqsMessage('42-1-1-b', 'janea', expected[1].message)] });
    const l = limits(60);
    const result = await receiveExpected(sqs, queueUrl, expected, l);
    expect(result.received.map((m) => m.message_id)).toEqual(['42-1-0-a', '42-1-1-b']);
    expect(result.mismatches).toEqual([]);
    expect(result.setAside).toBe(1);
    expect(result.polls).toBe(3);
    expect(sqsMock).toHaveReceivedCommandWith(ReceiveMessageCommand, { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20, MessageAttributeNames: ['All'] });
    expect(sqsMock).toHaveReceivedCommandWith(DeleteMessageBatchCommand, { QueueUrl: queueUrl, Entries: [{ Id: '0', ReceiptHandle: 'rh-42-1-0-a' }] });
    // Set aside for the time left (60 s), then released (0) since no registry outlives this call.
    const visibilities = sqsMock.commandCalls(ChangeMessageVisibilityBatchCommand).map((c) => c.args[0].input.Entries!.map((e) => [e.ReceiptHandle, e.VisibilityTimeout]));
    expect(visibilities).toEqual([[['rh-other-run', 60]], [['rh-other-run', 0]]]);
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

  it('receives again at once after a poll that brought messages, pausing only after empty ones', async () => {
    const many: ExpectedMessage[] = Array.from({ length: 30 }, (_, i) => ({ message_id: `42-1-${i}-c`, user_name: 'u', message: `m${i}` }));
    const batch = (from: number) => ({ Messages: many.slice(from, from + 10).map((m) => sqsMessage(m.message_id, m.user_name, m.message)) });
    // Ten, nothing (the pump between passes), ten, nothing, ten.
    sqsMock.on(ReceiveMessageCommand).resolvesOnce(batch(0)).resolvesOnce({}).resolvesOnce(batch(10)).resolvesOnce({}).resolvesOnce(batch(20));
    const l = limits(60);
    const sleeps: number[] = [];
    const result = await receiveExpected(sqs, queueUrl, many, {
      ...l,
      sleep: (ms, signal) => {
        sleeps.push(ms);
        return l.sleep(ms, signal);
      },
    });
    expect(result.received).toHaveLength(30);
    expect(result.polls).toBe(5);
    // A drain ends with an empty receive; the poll that brought messages is progress, so no pause follows it.
    expect(sleeps).toEqual([]);
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

describe('foreign messages', () => {
  it('with 100 foreign messages queued first, gets its own within the deadline, receiving each foreign one once and deleting none', async () => {
    const l = limits(120);
    const queue = new FakeQueue(sqsMock, l.now).install();
    for (let i = 0; i < 100; i += 1) queue.send(`other-${i}`, 'someone', `theirs ${i}`);
    const ours = expected.map((m) => queue.send(m.message_id, m.user_name, m.message));
    const foreign = new ForeignMessages(sqs, queueUrl, l);

    const result = await receiveExpected(sqs, queueUrl, expected, { ...l, foreign });
    expect(result.received.map((m) => m.message_id).sort()).toEqual(expected.map((m) => m.message_id).sort());
    expect(result.setAside).toBe(100);
    expect(ours.every((m) => m.deleted)).toBe(true);
    const theirs = queue.messages.slice(0, 100);
    expect(theirs.every((m) => m.receives === 1 && !m.deleted)).toBe(true);
    // Held no longer than the time left, never more than 12 hours.
    expect(theirs.every((m) => m.visibilityChanges.length === 1 && m.visibilityChanges[0] <= 120 && m.visibilityChanges[0] > 0)).toBe(true);

    // A second receive of the same demo (the late message) never sees them again.
    const late = queue.send('42-1-3-c', 'wills', 'Action is eloquence.');
    await receiveExpected(sqs, queueUrl, [{ message_id: '42-1-3-c', user_name: 'wills', message: 'Action is eloquence.' }], { ...l, foreign });
    expect(late.deleted).toBe(true);
    expect(theirs.every((m) => m.receives === 1)).toBe(true);

    // At the end they are all handed back at once, unchanged otherwise.
    await expect(foreign.release()).resolves.toEqual({ released: 100, failed: 0 });
    expect(theirs.every((m) => m.visibilityChanges.join() === `${m.visibilityChanges[0]},0` && !m.deleted)).toBe(true);
    expect(queue.visible()).toHaveLength(100);
    expect(foreign.received).toBe(100);
  });

  it('never sets a visibility above 12 hours, nor below 1 s', () => {
    const l = limits(60);
    expect(new ForeignMessages(sqs, queueUrl, { deadline: l.now() + 24 * 3600 * 1000, now: l.now }).visibilitySeconds()).toBe(43_200);
    expect(new ForeignMessages(sqs, queueUrl, { deadline: l.now() - 5000, now: l.now }).visibilitySeconds()).toBe(1);
  });

  it('deletes the leftovers of an earlier attempt of this workflow run, and only those', async () => {
    const l = limits(60);
    const queue = new FakeQueue(sqsMock, l.now).install();
    const run = { runId: 42, runAttempt: 2 };
    const earlier = queue.send(messageIdFor({ ...run, runAttempt: 1 } as never, 0), 'wills', 'left behind');
    const sameAttempt = queue.send(messageIdFor(run as never, 7), 'wills', 'a parallel job of this run');
    const otherRun = queue.send(messageIdFor({ runId: 41, runAttempt: 1 } as never, 0), 'wills', 'another run');
    const lookalike = queue.send('42-1-0-not-hex', 'wills', 'not an id of ours');
    const mine = queue.send('42-2-0-aaaaaaaa', 'wills', expected[0].message);
    const foreign = new ForeignMessages(sqs, queueUrl, l);
    const result = await receiveExpected(sqs, queueUrl, [{ ...expected[0], message_id: '42-2-0-aaaaaaaa' }], { ...l, foreign, isLeftover: leftoverOfEarlierAttempt(run) });
    expect(result.cleaned).toBe(1);
    expect(earlier.deleted).toBe(true);
    expect(mine.deleted).toBe(true);
    expect([sameAttempt, otherRun, lookalike].map((m) => [m.deleted, m.visibilityChanges.length])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
  });

  it('keeps going when a foreign message was deleted by its owner before it could be set aside', async () => {
    const l = limits(60);
    const queue = new FakeQueue(sqsMock, l.now).install();
    const theirs = queue.send('other', 'x', 'theirs');
    queue.send(expected[0].message_id, 'wills', expected[0].message);
    queue.beforeReceive = () => undefined;
    sqsMock.on(ChangeMessageVisibilityBatchCommand).resolves({ Successful: [], Failed: [{ Id: '0', Code: 'ReceiptHandleIsInvalid', SenderFault: true }] });
    const foreign = new ForeignMessages(sqs, queueUrl, l);
    const result = await receiveExpected(sqs, queueUrl, expected.slice(0, 1), { ...l, foreign });
    expect(result.received).toHaveLength(1);
    expect(theirs.deleted).toBe(false);
    await expect(foreign.release()).resolves.toEqual({ released: 0, failed: 0 });
  });
});
