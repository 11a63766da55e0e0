// cleanEarlierAttempts: a re-run deletes the unsent items its earlier attempts left, and nothing else.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { cleanEarlierAttempts } from '../../src/aws/leftovers';

const docsMock = mockClient(DynamoDBDocumentClient);
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const options = { sleep: async () => undefined };
const key = (message_id: string) => ({ user_name: 'ada', message_id });

beforeEach(() => {
  docsMock.reset();
});

describe('cleanEarlierAttempts', () => {
  it('on a first attempt, reads nothing', async () => {
    expect(await cleanEarlierAttempts(docs, 't', { runId: 42, runAttempt: 1 }, options)).toEqual([]);
    expect(docsMock.calls()).toHaveLength(0);
  });

  it("on a re-run, scans for this run's unsent items and deletes only those of earlier attempts", async () => {
    docsMock
      .on(ScanCommand)
      .resolvesOnce({ Items: [key('42-1-0-0123abcd'), key('42-3-0-0123abcd')], LastEvaluatedKey: key('x') })
      .resolvesOnce({ Items: [key('42-2-5-89abcdef'), key('42-1-not-ours'), key('42-2-0-0123abcd')] });
    docsMock.on(BatchWriteCommand).resolvesOnce({ UnprocessedItems: { t: [{ DeleteRequest: { Key: key('42-2-0-0123abcd') } }] } }).resolves({});

    const deleted = await cleanEarlierAttempts(docs, 't', { runId: 42, runAttempt: 3 }, options);

    // Attempt 3's own (42-3-…) and ids not of the action's form are left.
    expect(deleted).toEqual(['42-1-0-0123abcd', '42-2-5-89abcdef', '42-2-0-0123abcd']);
    expect(docsMock).toHaveReceivedCommandWith(ScanCommand, {
      TableName: 't',
      FilterExpression: '#sent = :unsent AND begins_with(#id, :run)',
      ExpressionAttributeValues: { ':unsent': false, ':run': '42-' },
    });
    expect(docsMock).toHaveReceivedNthCommandWith(3, BatchWriteCommand, {
      RequestItems: { t: deleted.map((id) => ({ DeleteRequest: { Key: key(id) } })) },
    });
    // The unprocessed one is sent again.
    expect(docsMock).toHaveReceivedNthCommandWith(4, BatchWriteCommand, { RequestItems: { t: [{ DeleteRequest: { Key: key('42-2-0-0123abcd') } }] } });
  });
});
