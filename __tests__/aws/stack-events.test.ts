// The stack event stream: only this operation's events, each printed once and oldest first, and the failures with
// their reasons picked out for the report.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import type {} from 'aws-sdk-client-mock-jest';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStackEventsCommand,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import * as core from '../../__fixtures__/core';

jest.unstable_mockModule('@actions/core', () => core);
const { StackEventStream, annotateFailures, formatEvent } = await import('../../src/aws/stack-events');

const cfnMock = mockClient(CloudFormationClient);
const cfn = new CloudFormationClient({ region: 'us-east-1' });

let clock = Date.UTC(2026, 0, 1, 12, 0, 0);
function event(
  id: string,
  logicalId: string,
  status: string,
  reason?: string,
  type = logicalId === 'pump' ? 'AWS::CloudFormation::Stack' : 'AWS::DynamoDB::Table',
): StackEvent {
  clock += 1000;
  return {
    EventId: id,
    StackName: 'pump',
    LogicalResourceId: logicalId,
    ResourceType: type,
    ResourceStatus: status,
    ResourceStatusReason: reason,
    Timestamp: new Date(clock),
  } as StackEvent;
}
/** DescribeStackEvents lists newest first. */
const newestFirst = (...events: StackEvent[]) => ({ StackEvents: [...events].reverse() });

const missing = () =>
  new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: {},
    message: 'Stack [pump] does not exist',
  });

describe('StackEventStream', () => {
  beforeEach(() => {
    cfnMock.reset();
    core.useInputs({});
  });

  it('prints only the events that arrive after begin(), each once, oldest first', async () => {
    const old = event('e0', 'pump', 'CREATE_COMPLETE');
    const first = event('e1', 'pump', 'UPDATE_IN_PROGRESS', 'User Initiated');
    const second = event('e2', 'MessageTable', 'UPDATE_IN_PROGRESS');
    const third = event('e3', 'MessageTable', 'UPDATE_COMPLETE');
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce(newestFirst(old))
      .resolvesOnce(newestFirst(old, first, second))
      .resolvesOnce(newestFirst(old, first, second))
      .resolvesOnce(newestFirst(old, first, second, third));
    const lines: string[] = [];
    const stream = new StackEventStream(cfn, 'pump', (line) => lines.push(line));

    await stream.begin();
    const polled = [await stream.poll(), await stream.poll(), await stream.poll()];

    expect(polled.map((events) => events.map((e) => e.EventId))).toEqual([['e1', 'e2'], [], ['e3']]);
    expect(lines).toEqual([formatEvent(first), formatEvent(second), formatEvent(third)]);
    expect(stream.events.map((e) => e.EventId)).toEqual(['e1', 'e2', 'e3']);
    expect(cfnMock).toHaveReceivedCommandWith(DescribeStackEventsCommand, { StackName: 'pump' });
  });

  it('stops reading older pages once it reaches an event it has seen', async () => {
    const seen = event('e1', 'pump', 'CREATE_IN_PROGRESS');
    const fresh = event('e2', 'MessageTable', 'CREATE_IN_PROGRESS');
    cfnMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [seen] })
      .resolvesOnce({ StackEvents: [fresh, seen], NextToken: 'older' })
      .rejects(new Error('read a page it did not need'));
    const stream = new StackEventStream(cfn, 'pump', () => undefined);

    await stream.begin();
    await expect(stream.poll()).resolves.toEqual([fresh]);
    expect(cfnMock).toHaveReceivedCommandTimes(DescribeStackEventsCommand, 2);
  });

  it('follows the pages of a busy stack, newest page first, and prints them in order', async () => {
    const events = [1, 2, 3].map((n) => event(`p${n}`, `Resource${n}`, 'CREATE_COMPLETE'));
    cfnMock
      .on(DescribeStackEventsCommand, { StackName: 'pump', NextToken: undefined })
      .resolves({ StackEvents: [events[2]], NextToken: 'page2' })
      .on(DescribeStackEventsCommand, { StackName: 'pump', NextToken: 'page2' })
      .resolves({ StackEvents: [events[1], events[0]] });
    const lines: string[] = [];

    await new StackEventStream(cfn, 'pump', (line) => lines.push(line)).poll();

    expect(lines).toEqual(events.map(formatEvent));
  });

  it('has no events for a stack that does not exist yet', async () => {
    cfnMock.on(DescribeStackEventsCommand).rejects(missing());
    const stream = new StackEventStream(cfn, 'pump', () => undefined);

    await stream.begin();
    await expect(stream.poll()).resolves.toEqual([]);
  });

  it('passes on any other error', async () => {
    cfnMock.on(DescribeStackEventsCommand).rejects(new Error('Rate exceeded'));
    await expect(new StackEventStream(cfn, 'pump', () => undefined).poll()).rejects.toThrow('Rate exceeded');
  });

  it('prints through core.info by default', async () => {
    const created = event('e1', 'MessageTable', 'CREATE_COMPLETE');
    cfnMock.on(DescribeStackEventsCommand).resolves(newestFirst(created));

    await new StackEventStream(cfn, 'pump').poll();

    expect(core.info).toHaveBeenCalledWith(formatEvent(created));
  });

  it('names the root-cause failures, not the cancellations they caused nor the stack summary', async () => {
    cfnMock.on(DescribeStackEventsCommand).resolves(
      newestFirst(
        event('e1', 'pump', 'CREATE_IN_PROGRESS', 'User Initiated'),
        event('e2', 'ScanFunction', 'CREATE_FAILED', 'Resource handler returned message: "Runtime nodejs9.x is not supported"', 'AWS::Lambda::Function'),
        event('e3', 'SendQueue', 'CREATE_FAILED', 'Resource creation cancelled', 'AWS::SQS::Queue'),
        event('e4', 'ScanFunction', 'DELETE_FAILED', 'a later failure of the same resource', 'AWS::Lambda::Function'),
        event('e5', 'pump', 'ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to create: [ScanFunction, SendQueue].'),
        event('e6', 'pump', 'ROLLBACK_COMPLETE'),
      ),
    );
    const stream = new StackEventStream(cfn, 'pump', () => undefined);
    await stream.poll();

    expect(stream.failures()).toEqual([
      {
        logicalId: 'ScanFunction',
        resourceType: 'AWS::Lambda::Function',
        status: 'CREATE_FAILED',
        reason: 'Resource handler returned message: "Runtime nodejs9.x is not supported"',
      },
    ]);
  });

  it('falls back to the cancellations, then to the stack itself, when nothing else explains the failure', async () => {
    cfnMock.on(DescribeStackEventsCommand).resolves(
      newestFirst(event('e1', 'pump', 'DELETE_FAILED', 'The following resource(s) failed to delete: [MessageTable].')),
    );
    const stream = new StackEventStream(cfn, 'pump', () => undefined);
    await stream.poll();

    expect(stream.failures()).toEqual([
      expect.objectContaining({ logicalId: 'pump', status: 'DELETE_FAILED' }),
    ]);
  });
});

describe('annotateFailures', () => {
  beforeEach(() => core.useInputs({}));

  it('makes each failed resource an error annotation titled with its logical id and status', () => {
    annotateFailures([
      { logicalId: 'MessageTable', resourceType: 'AWS::DynamoDB::Table', status: 'DELETE_FAILED', reason: 'Table is being used' },
    ]);

    expect(core.error).toHaveBeenCalledWith('Table is being used', { title: 'MessageTable DELETE_FAILED' });
  });
});

describe('formatEvent', () => {
  it('shows the time, status, type, logical id and reason', () => {
    const line = formatEvent({
      Timestamp: new Date('2026-01-01T12:34:56Z'),
      ResourceStatus: 'CREATE_FAILED',
      ResourceType: 'AWS::SQS::Queue',
      LogicalResourceId: 'SendQueue',
      ResourceStatusReason: 'Queue already exists',
    } as StackEvent);

    expect(line).toMatch(/^12:34:56 CREATE_FAILED\s+AWS::SQS::Queue\s+SendQueue - Queue already exists$/);
  });
});
