// The call sequences replayed against both emulators. Each one runs the same SDK calls in the same order and
// records every answer in a Transcript; outputs are reduced (pick) only where order or volume is not part of
// the contract (scan order, event lists).
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
} from '@aws-sdk/client-cloudformation';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  waitUntilTableExists,
  type AttributeValue,
  type ScanCommandOutput,
} from '@aws-sdk/client-dynamodb';
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type Message,
} from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { TestClients } from '../../e2e/helpers/clients';
import type { Transcript } from './transcript';

// Fast, bounded SDK waiters (both emulators settle in well under a second).
const waiter = (client: unknown) => ({ client, minDelay: 0.2, maxDelay: 1, maxWaitTime: 30 }) as never;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortBy = <T>(items: T[] | undefined, key: (item: T) => string) => [...(items ?? [])].sort((a, b) => byString(key(a), key(b)));
const itemKey = (item: Record<string, AttributeValue>) => `${item.user_name?.S}/${item.message_id?.S}`;

export async function dynamodbScenario(clients: TestClients, t: Transcript): Promise<void> {
  const db = clients.dynamodb;
  const TableName = 'conformance-messages';
  await t.step('create table', () =>
    db.send(
      new CreateTableCommand({
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'user_name', AttributeType: 'S' },
          { AttributeName: 'message_id', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'user_name', KeyType: 'HASH' },
          { AttributeName: 'message_id', KeyType: 'RANGE' },
        ],
      }),
    ),
  );
  await waitUntilTableExists(waiter(db), { TableName });
  await t.step('create table again', () =>
    db.send(
      new CreateTableCommand({
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'user_name', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'user_name', KeyType: 'HASH' }],
      }),
    ),
  );
  await t.step('describe table', () => db.send(new DescribeTableCommand({ TableName })), {
    pick: (o) => ({ ...o.Table, ItemCount: undefined, TableSizeBytes: undefined }),
  });

  const users = ['wills', 'janea', 'lewisc'];
  const item = (i: number): Record<string, AttributeValue> => ({
    user_name: { S: users[i % 3] },
    message_id: { S: `m${String(i).padStart(2, '0')}` },
    message: { S: `message number ${i}` },
    sent: { BOOL: i % 2 === 0 },
  });
  for (let i = 0; i < 30; i++) {
    if (i === 0) await t.step('put item', () => db.send(new PutItemCommand({ TableName, Item: item(0) })));
    else await db.send(new PutItemCommand({ TableName, Item: item(i) }));
  }
  await t.step('put item returning old', () => db.send(new PutItemCommand({ TableName, Item: item(3), ReturnValues: 'ALL_OLD' })));
  await t.step('get item', () => db.send(new GetItemCommand({ TableName, Key: { user_name: { S: 'wills' }, message_id: { S: 'm03' } } })));
  await t.step('get missing item', () => db.send(new GetItemCommand({ TableName, Key: { user_name: { S: 'nobody' }, message_id: { S: 'm00' } } })));
  await t.step('get with a wrong key', () => db.send(new GetItemCommand({ TableName, Key: { user_name: { S: 'wills' } } })));
  await t.step('query', () =>
    db.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'user_name = :u AND begins_with(message_id, :p)',
        ExpressionAttributeValues: { ':u': { S: 'janea' }, ':p': { S: 'm1' } },
      }),
    ),
  );

  // Paged filtered scan: Limit counts items read before the filter, so every page but the last has ScannedCount 7.
  const pages: { Count?: number; ScannedCount?: number; more: boolean }[] = [];
  const found: Record<string, AttributeValue>[] = [];
  let ExclusiveStartKey: ScanCommandOutput['LastEvaluatedKey'];
  for (let page = 0; page < 20; page++) {
    const out: ScanCommandOutput = await db.send(
      new ScanCommand({
        TableName,
        Limit: 7,
        FilterExpression: 'sent = :f',
        ExpressionAttributeValues: { ':f': { BOOL: false } },
        ExclusiveStartKey,
      }),
    );
    pages.push({ Count: out.Count, ScannedCount: out.ScannedCount, more: out.LastEvaluatedKey !== undefined });
    found.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
    if (!ExclusiveStartKey) break;
  }
  await t.step('paged filtered scan', async () => ({ pages: pages.map((p) => p.ScannedCount), more: pages.map((p) => p.more), items: sortBy(found, itemKey) }));

  await t.step('update with failing condition', () =>
    db.send(
      new UpdateItemCommand({
        TableName,
        Key: { user_name: { S: 'wills' }, message_id: { S: 'm00' } },
        UpdateExpression: 'SET sent = :s',
        ConditionExpression: 'attribute_not_exists(user_name)',
        ExpressionAttributeValues: { ':s': { BOOL: true } },
      }),
    ),
  );
  await t.step('update returning new', () =>
    db.send(
      new UpdateItemCommand({
        TableName,
        Key: { user_name: { S: 'wills' }, message_id: { S: 'm00' } },
        UpdateExpression: 'SET sent = :s',
        ConditionExpression: 'attribute_exists(user_name)',
        ExpressionAttributeValues: { ':s': { BOOL: false } },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  const markSent = (message_id: string, condition: string) => ({
    Update: {
      TableName,
      Key: { user_name: { S: 'janea' }, message_id: { S: message_id } },
      UpdateExpression: 'SET sent = :s',
      ConditionExpression: condition,
      ExpressionAttributeValues: { ':s': { BOOL: true } },
    },
  });
  await t.step('transact write', () =>
    db.send(new TransactWriteItemsCommand({ TransactItems: [markSent('m01', 'attribute_exists(user_name)'), markSent('m04', 'attribute_exists(user_name)')] })),
  );
  await t.step(
    'transact write with one failing condition',
    () => db.send(new TransactWriteItemsCommand({ TransactItems: [markSent('m07', 'attribute_exists(user_name)'), markSent('m10', 'attribute_not_exists(user_name)')] })),
    { pickError: (e) => ({ CancellationReasons: (e.CancellationReasons as { Code?: string }[] | undefined)?.map((r) => r.Code) }) },
  );
  await t.step(
    'no write of a cancelled transaction',
    () => db.send(new GetItemCommand({ TableName, Key: { user_name: { S: 'janea' }, message_id: { S: 'm07' } }, ProjectionExpression: 'sent' })),
  );
  await t.step('batch write', () =>
    db.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TableName]: [
            ...Array.from({ length: 24 }, (_, i) => ({ PutRequest: { Item: item(100 + i) } })),
            { DeleteRequest: { Key: { user_name: { S: 'wills' }, message_id: { S: 'm00' } } } },
          ],
        },
      }),
    ),
  );
  await t.step(
    'batch get',
    () =>
      db.send(
        new BatchGetItemCommand({
          RequestItems: {
            [TableName]: {
              Keys: [
                { user_name: { S: 'wills' }, message_id: { S: 'm100' } },
                { user_name: { S: 'janea' }, message_id: { S: 'm101' } },
                { user_name: { S: 'wills' }, message_id: { S: 'm00' } },
              ],
            },
          },
        }),
      ),
    { pick: (o) => ({ Responses: sortBy(o.Responses?.[TableName], itemKey), UnprocessedKeys: o.UnprocessedKeys }) },
  );
  await t.step('delete table', () => db.send(new DeleteTableCommand({ TableName })), {
    pick: (o) => ({ TableName: o.TableDescription?.TableName, TableArn: o.TableDescription?.TableArn }),
  });
  await t.step('get from a missing table', () => db.send(new GetItemCommand({ TableName: 'conformance-missing', Key: { user_name: { S: 'x' } } })));
  await t.step('describe a missing table', () => db.send(new DescribeTableCommand({ TableName: 'conformance-missing' })));
}

const messageView = (m: Message) => ({ ...m, Attributes: { ...m.Attributes } });

export async function sqsScenario(clients: TestClients, t: Transcript): Promise<void> {
  const sqs = clients.sqs;
  const created = await t.step('create queue', () =>
    sqs.send(new CreateQueueCommand({ QueueName: 'conformance-queue', Attributes: { VisibilityTimeout: '30' } })),
  );
  await t.step('create queue again, same attributes', () =>
    sqs.send(new CreateQueueCommand({ QueueName: 'conformance-queue', Attributes: { VisibilityTimeout: '30' } })),
  );
  await t.step('create queue again, other attributes', () =>
    sqs.send(new CreateQueueCommand({ QueueName: 'conformance-queue', Attributes: { VisibilityTimeout: '45' } })),
  );
  const QueueUrl = created?.QueueUrl ?? 'unknown';
  await t.step('get queue url', () => sqs.send(new GetQueueUrlCommand({ QueueName: 'conformance-queue' })));
  await t.step('queue attributes', () => sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })));
  await t.step('send with attributes', () =>
    sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'Brevity is the soul of wit.',
        MessageAttributes: {
          user: { DataType: 'String', StringValue: 'wills' },
          message_id: { DataType: 'String', StringValue: 'm-1' },
          attempt: { DataType: 'Number', StringValue: '1' },
        },
      }),
    ),
  );
  await t.step('send batch', () =>
    sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'a', MessageBody: 'Action is eloquence.', MessageAttributes: { user: { DataType: 'String', StringValue: 'wills' } } },
          { Id: 'b', MessageBody: 'Why is a raven like a writing-desk?' },
        ],
      }),
    ),
    { pick: (o) => ({ Successful: sortBy(o.Successful, (e) => e.Id ?? ''), Failed: o.Failed ?? [] }) },
  );
  const received = await t.step(
    'receive',
    () =>
      sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
        }),
      ),
    { pick: (o) => ({ Messages: sortBy(o.Messages, (m) => m.Body ?? '').map(messageView) }) },
  );
  const handles = (received?.Messages ?? []).map((m) => m.ReceiptHandle ?? '');
  await t.step('receive while all are in flight', () => sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 })));
  await t.step('change visibility', () => sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: handles[0] ?? 'none', VisibilityTimeout: 0 })));
  await t.step('delete batch with a bad handle', () =>
    sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: [
          ...handles.slice(1).map((ReceiptHandle, i) => ({ Id: `ok${i}`, ReceiptHandle })),
          { Id: 'bad', ReceiptHandle: 'not-a-receipt-handle' },
        ],
      }),
    ),
    { pick: (o) => ({ Successful: sortBy(o.Successful, (e) => e.Id ?? ''), Failed: sortBy(o.Failed, (e) => e.Id ?? '') }) },
  );
  await t.step('purge', () => sqs.send(new PurgeQueueCommand({ QueueUrl })));
  await t.step('count after purge', () =>
    sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] })),
  );
  await t.step('delete queue', () => sqs.send(new DeleteQueueCommand({ QueueUrl })));
  await t.step('get url of a missing queue', () => sqs.send(new GetQueueUrlCommand({ QueueName: 'conformance-queue' })));
  await t.step('send to a missing queue', () => sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'lost' })));
}

const trustLambda = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const scanPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['dynamodb:Scan'], Resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/conformance' }],
});

export async function iamScenario(clients: TestClients, t: Transcript): Promise<void> {
  const iam = clients.iam;
  const RoleName = 'conformance-scan-role';
  await t.step('create role', () => iam.send(new CreateRoleCommand({ RoleName, Path: '/conformance/', AssumeRolePolicyDocument: trustLambda, Description: 'scan' })));
  await t.step('create role again', () => iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trustLambda })));
  await t.step('get role', () => iam.send(new GetRoleCommand({ RoleName })));
  await t.step('put role policy', () => iam.send(new PutRolePolicyCommand({ RoleName, PolicyName: 'scan', PolicyDocument: scanPolicy })));
  await t.step('get role policy', () => iam.send(new GetRolePolicyCommand({ RoleName, PolicyName: 'scan' })), {
    // AWS returns the document URL-encoded; decode so the comparison is about content, and keep the raw form's encoding visible.
    pick: (o) => ({ ...o, PolicyDocument: JSON.parse(decodeURIComponent(o.PolicyDocument ?? '{}')), encoded: o.PolicyDocument?.startsWith('%7B') }),
  });
  await t.step('list role policies', () => iam.send(new ListRolePoliciesCommand({ RoleName })));
  await t.step('delete role with a policy', () => iam.send(new DeleteRoleCommand({ RoleName })));
  await t.step('delete role policy', () => iam.send(new DeleteRolePolicyCommand({ RoleName, PolicyName: 'scan' })));
  await t.step('delete role', () => iam.send(new DeleteRoleCommand({ RoleName })));
  await t.step('get missing role', () => iam.send(new GetRoleCommand({ RoleName })));
}

export async function stsScenario(clients: TestClients, t: Transcript): Promise<void> {
  await t.step('caller identity', () => clients.sts.send(new GetCallerIdentityCommand({})));
}

/** A stack of the kinds moto can provision without Docker: a table, a queue and a role (no Lambda). */
export const conformanceTemplate = (prefix: string) => `AWSTemplateFormatVersion: '2010-09-09'
Description: conformance stack
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: ${prefix}-table
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: user_name, AttributeType: S }
      KeySchema:
        - { AttributeName: user_name, KeyType: HASH }
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: ${prefix}-queue
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${prefix}-role
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: states.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: sqs:SendMessage
                Resource: !GetAtt Queue.Arn
Outputs:
  TableName:
    Value: !Ref Table
  QueueUrl:
    Value: !Ref Queue
  QueueArn:
    Value: !GetAtt Queue.Arn
  RoleArn:
    Value: !GetAtt Role.Arn
  Described:
    Value: !Sub '\${AWS::StackName} in \${AWS::Region}'
`;

export async function cloudformationScenario(clients: TestClients, t: Transcript): Promise<void> {
  const cfn = clients.cloudformation;
  const StackName = 'conformance-stack';
  // Its own name: an emulator that lets it through must not spoil the rest of the sequence.
  await t.step('create without capabilities', () => cfn.send(new CreateStackCommand({ StackName: `${StackName}-no-capabilities`, TemplateBody: conformanceTemplate('conformance-no-capabilities') })));
  await t.step('create stack', () =>
    cfn.send(new CreateStackCommand({ StackName, TemplateBody: conformanceTemplate('conformance-stack'), Capabilities: ['CAPABILITY_NAMED_IAM'], Tags: [{ Key: 'stack', Value: StackName }] })),
  );
  await waitUntilStackCreateComplete(waiter(cfn), { StackName });
  await t.step('describe stack', () => cfn.send(new DescribeStacksCommand({ StackName })), {
    pick: (o) => ({ Stacks: o.Stacks?.map((s) => ({ ...s, Outputs: sortBy(s.Outputs, (x) => x.OutputKey ?? '') })) }),
  });
  await t.step('stack events', () => cfn.send(new DescribeStackEventsCommand({ StackName })), {
    // Which transitions happened, not how many polls or in which interleaving.
    pick: (o) => ({
      transitions: [...new Set((o.StackEvents ?? []).map((e) => `${e.LogicalResourceId} ${e.ResourceType} ${e.ResourceStatus}`))].sort(),
      keys: [...new Set((o.StackEvents ?? []).flatMap((e) => Object.keys(e)))].sort(),
      newestFirst: (o.StackEvents ?? []).every((e, i, all) => i === 0 || (all[i - 1].Timestamp?.getTime() ?? 0) >= (e.Timestamp?.getTime() ?? 0)),
    }),
  });
  await t.step('stack resources', () => cfn.send(new DescribeStackResourcesCommand({ StackName })), {
    pick: (o) =>
      sortBy(o.StackResources, (r) => r.LogicalResourceId ?? '').map((r) => ({
        LogicalResourceId: r.LogicalResourceId,
        PhysicalResourceId: r.PhysicalResourceId,
        ResourceType: r.ResourceType,
        ResourceStatus: r.ResourceStatus,
        StackName: r.StackName,
      })),
  });
  await t.step('provisioned table', () => clients.dynamodb.send(new DescribeTableCommand({ TableName: 'conformance-stack-table' })), {
    pick: (o) => ({ TableName: o.Table?.TableName, KeySchema: o.Table?.KeySchema, BillingMode: o.Table?.BillingModeSummary?.BillingMode }),
  });
  await t.step('provisioned queue', () => clients.sqs.send(new GetQueueUrlCommand({ QueueName: 'conformance-stack-queue' })));
  await t.step('provisioned role', () => clients.iam.send(new GetRoleCommand({ RoleName: 'conformance-stack-role' })), {
    pick: (o) => ({ RoleName: o.Role?.RoleName, Arn: o.Role?.Arn }),
  });
  await t.step('provisioned role policy', () => clients.iam.send(new ListRolePoliciesCommand({ RoleName: 'conformance-stack-role' })));
  await t.step(
    'update with no changes',
    () => cfn.send(new UpdateStackCommand({ StackName, TemplateBody: conformanceTemplate('conformance-stack'), Capabilities: ['CAPABILITY_NAMED_IAM'], Tags: [{ Key: 'stack', Value: StackName }] })),
    { compareMessage: true },
  );
  await t.step('delete stack', () => cfn.send(new DeleteStackCommand({ StackName })));
  await waitUntilStackDeleteComplete(waiter(cfn), { StackName });
  await t.step('describe deleted stack', () => cfn.send(new DescribeStacksCommand({ StackName })), { compareMessage: true });
  await t.step('queue deleted with the stack', () => clients.sqs.send(new GetQueueUrlCommand({ QueueName: 'conformance-stack-queue' })));
  await t.step('role deleted with the stack', () => clients.iam.send(new GetRoleCommand({ RoleName: 'conformance-stack-role' })));
  await t.step('delete a missing stack', () => cfn.send(new DeleteStackCommand({ StackName: `${StackName}-never-created` })));
  await cfn.send(new DeleteStackCommand({ StackName: `${StackName}-no-capabilities` }));
}
