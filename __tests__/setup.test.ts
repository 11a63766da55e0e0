// setup.yaml: the resources, names, outputs and least-privilege policies the reference describes, and the
// inline scan function run against a mocked DynamoDB (pagination, the filter, the batch bound).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, beforeEach } from '@jest/globals';
import { parse, type Scalar, type YAMLSeq, type CollectionTag, type ScalarTag } from 'yaml';
import { mockClient } from 'aws-sdk-client-mock';
import type {} from 'aws-sdk-client-mock-jest';
import * as clientDynamoDb from '@aws-sdk/client-dynamodb';
import * as libDynamoDb from '@aws-sdk/lib-dynamodb';

type Json = Record<string, unknown>;

// CloudFormation's short-form tags, read into their long form (what the service itself does).
const scalarTag = (name: string, fn: string, split = false): ScalarTag => ({
  tag: `!${name}`,
  resolve: (value: string) => ({ [fn]: split ? value.split('.') : value }),
});
const seqTag = (name: string, fn: string): CollectionTag => ({
  tag: `!${name}`,
  collection: 'seq',
  resolve: (value) => ({ [fn]: (value as YAMLSeq<Scalar>).toJSON() }) as never,
});
const cloudFormationTags = [
  scalarTag('Ref', 'Ref'),
  scalarTag('GetAtt', 'Fn::GetAtt', true),
  scalarTag('Sub', 'Fn::Sub'),
  seqTag('Sub', 'Fn::Sub'),
  seqTag('Join', 'Fn::Join'),
  seqTag('If', 'Fn::If'),
  seqTag('Equals', 'Fn::Equals'),
];

const templatePath = fileURLToPath(new URL('../setup.yaml', import.meta.url));
const templateText = readFileSync(templatePath, 'utf8');
const template = parse(templateText, { customTags: cloudFormationTags }) as {
  Conditions: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties: Json; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: string | string[] }>;
  Outputs: Record<string, { Value: unknown }>;
};
const resource = (id: string) => template.Resources[id];

/**
 * What CloudFormation makes of a name property for a stack name and region: Ref/Fn::Sub of the pseudo parameters,
 * Fn::If on the template's own conditions (Fn::Equals). Anything else is a test failure, not a guess.
 */
function resolveName(value: unknown, stackName: string, region = 'us-east-1', partition = 'aws'): string {
  const pseudo: Record<string, string> = {
    'AWS::StackName': stackName,
    'AWS::Region': region,
    'AWS::Partition': partition,
    'AWS::AccountId': '123456789012',
  };
  const evaluate = (node: unknown): unknown => {
    if (typeof node === 'string') return node;
    const [fn, arg] = Object.entries(node as Json)[0];
    if (fn === 'Ref') return pseudo[arg as string] ?? `unresolved ${String(arg)}`;
    if (fn === 'Fn::Sub') return (arg as string).replace(/\$\{([^}]+)\}/g, (_, name: string) => String(evaluate({ Ref: name })));
    if (fn === 'Fn::Equals') return (arg as unknown[]).map(evaluate).reduce((a, b) => a === b);
    if (fn === 'Fn::If') {
      const [condition, yes, no] = arg as [string, unknown, unknown];
      return evaluate(evaluate(template.Conditions[condition]) ? yes : no);
    }
    throw new Error(`resolveName: ${fn} not expected in a name`);
  };
  return String(evaluate(value));
}
const statements = (roleId: string) =>
  (resource(roleId).Properties.Policies as { PolicyDocument: { Statement: Json[] } }[]).flatMap(
    (p) => p.PolicyDocument.Statement,
  );

const DEFAULT_STACK = 'doc-example-stepfunctions-messages-stack';

describe('setup.yaml', () => {
  it('declares the reference resources with their names', () => {
    const types = Object.fromEntries(Object.entries(template.Resources).map(([id, r]) => [id, r.Type]));
    expect(types).toEqual({
      MessageTable: 'AWS::DynamoDB::Table',
      ScanFunctionRole: 'AWS::IAM::Role',
      ScanLogGroup: 'AWS::Logs::LogGroup',
      ScanFunction: 'AWS::Lambda::Function',
      SendQueue: 'AWS::SQS::Queue',
      StepRole: 'AWS::IAM::Role',
    });
    expect(resource('MessageTable').Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'user_name', KeyType: 'HASH' },
        { AttributeName: 'message_id', KeyType: 'RANGE' },
      ],
    });
    expect(resource('MessageTable').DeletionPolicy).toBe('Delete');
    // The default stack keeps the reference's physical names.
    expect(resolveName(resource('MessageTable').Properties.TableName, DEFAULT_STACK)).toBe('doc-example-stepfunctions-messages');
    expect(resolveName(resource('SendQueue').Properties.QueueName, DEFAULT_STACK)).toBe('doc-example-stepfunctions-queue');
    expect(resource('ScanFunction').Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
      Environment: { Variables: { TABLE_NAME: { Ref: 'MessageTable' } } },
    });
  });

  it('derives every physical name from the stack name, so two stacks never share or collide on one', () => {
    const named: [string, string][] = [
      ['MessageTable', 'TableName'],
      ['SendQueue', 'QueueName'],
      ['ScanFunction', 'FunctionName'],
      ['ScanLogGroup', 'LogGroupName'],
      ['ScanFunctionRole', 'RoleName'],
      ['StepRole', 'RoleName'],
    ];
    const namesOf = (stack: string) => named.map(([id, property]) => resolveName(resource(id).Properties[property], stack));
    const other = namesOf('team-b-pump');
    expect(other).toEqual([
      'team-b-pump-messages',
      'team-b-pump-queue',
      'team-b-pump-scan-messages',
      '/aws/lambda/team-b-pump-scan-messages',
      'team-b-pump-us-east-1-scan',
      'team-b-pump-us-east-1-steps',
    ]);
    const reference = namesOf(DEFAULT_STACK);
    for (const name of other) expect(reference).not.toContain(name);
    // A third stack shares nothing with either.
    const third = namesOf('team-c-pump');
    for (const name of third) expect([...reference, ...other]).not.toContain(name);
  });

  it('keeps the scan function\'s log group in the stack, with a retention, deleted with the stack, made before the function', () => {
    const group = resource('ScanLogGroup');
    expect(group.DeletionPolicy).toBe('Delete');
    expect(group.UpdateReplacePolicy).toBe('Delete');
    expect(group.Properties.RetentionInDays).toEqual(expect.any(Number));
    // The function's own log group: /aws/lambda/<function name>.
    expect(resolveName(group.Properties.LogGroupName, 'x')).toBe(`/aws/lambda/${resolveName(resource('ScanFunction').Properties.FunctionName, 'x')}`);
    expect([resource('ScanFunction').DependsOn].flat()).toContain('ScanLogGroup');
  });

  it('builds every ARN with the region\'s partition, never a hard-coded arn:aws', () => {
    expect(templateText).not.toMatch(/arn:aws[:-]/);
    const logsStatement = statements('ScanFunctionRole').find((s) => JSON.stringify(s.Action).includes('logs:'));
    expect(resolveName(logsStatement?.Resource, 'x', 'cn-north-1', 'aws-cn')).toMatch(/^arn:aws-cn:logs:cn-north-1:/);
  });

  it('names its roles (so the stack needs CAPABILITY_NAMED_IAM) and lets only the right services assume them', () => {
    const principal = (id: string) =>
      (resource(id).Properties.AssumeRolePolicyDocument as { Statement: { Principal: Json }[] }).Statement.map(
        (s) => s.Principal,
      );
    expect(resource('ScanFunctionRole').Properties.RoleName).toBeDefined();
    expect(resource('StepRole').Properties.RoleName).toBeDefined();
    expect(principal('ScanFunctionRole')).toEqual([{ Service: 'lambda.amazonaws.com' }]);
    expect(principal('StepRole')).toEqual([{ Service: 'states.amazonaws.com' }]);
  });

  it('gives the scan role dynamodb:Scan on the table and logging on its own log group only', () => {
    expect(statements('ScanFunctionRole')).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:Scan', Resource: { 'Fn::GetAtt': ['MessageTable', 'Arn'] } },
      {
        Effect: 'Allow',
        // The stack makes the log group, so the function needs no logs:CreateLogGroup.
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: {
          'Fn::Sub': expect.stringMatching(/:log-group:\/aws\/lambda\/\$\{AWS::StackName\}-scan-messages:\*$/),
        },
      },
    ]);
    // The log group named in the policy is the function's own.
    expect(resource('ScanFunction').Properties.FunctionName).toEqual({ 'Fn::Sub': '${AWS::StackName}-scan-messages' });
  });

  it('gives the state machine role exactly UpdateItem, InvokeFunction and SendMessage on those resources', () => {
    expect(statements('StepRole')).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: { 'Fn::GetAtt': ['MessageTable', 'Arn'] } },
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': ['ScanFunction', 'Arn'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': ['SendQueue', 'Arn'] } },
    ]);
  });

  it('has exactly the four outputs the state machine is built from', () => {
    expect(Object.fromEntries(Object.entries(template.Outputs).map(([k, o]) => [k, o.Value]))).toEqual({
      MessageTableName: { Ref: 'MessageTable' },
      SendQueueUrl: { Ref: 'SendQueue' },
      ScanFunctionArn: { 'Fn::GetAtt': ['ScanFunction', 'Arn'] },
      StepRoleArn: { 'Fn::GetAtt': ['StepRole', 'Arn'] },
    });
  });

  it('tags every resource with the stack name', () => {
    for (const [id, r] of Object.entries(template.Resources)) {
      expect([id, r.Properties.Tags]).toEqual([id, expect.arrayContaining([{ Key: 'stack', Value: { Ref: 'AWS::StackName' } }])]);
    }
  });

  it('uses only the intrinsic functions the local endpoint implements', () => {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'Ref' || key.startsWith('Fn::')) used.add(key);
          walk(value);
        }
    };
    walk(template);
    expect([...used].filter((fn) => !['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Equals'].includes(fn))).toEqual([]);
  });
});

describe('the inline scan function', () => {
  const documents = mockClient(libDynamoDb.DynamoDBDocumentClient);
  const source = (resource('ScanFunction').Properties.Code as { ZipFile: string }).ZipFile;

  /** Loads the inline CommonJS code as Lambda would, with the runtime's SDK packages and the given environment. */
  function loadHandler(env: Record<string, string>): (event?: unknown) => Promise<Json[]> {
    const packages: Record<string, unknown> = {
      '@aws-sdk/client-dynamodb': clientDynamoDb,
      '@aws-sdk/lib-dynamodb': libDynamoDb,
    };
    const requireShim = (name: string) => {
      if (!(name in packages)) throw new Error(`unexpected require('${name}')`);
      return packages[name];
    };
    const module = { exports: {} as { handler?: (event?: unknown) => Promise<Json[]> } };
    const errors: string[] = [];
    const fakeConsole = { ...console, error: (line: string) => errors.push(line) };
    new Function('require', 'module', 'exports', 'process', 'console', source)(
      requireShim,
      module,
      module.exports,
      { env: { AWS_REGION: 'us-east-1', ...env } },
      fakeConsole,
    );
    return module.exports.handler!;
  }

  const item = (n: number, message = `message ${n}`) => ({ user_name: `u${n}`, message, message_id: `id-${n}`, sent: false });

  beforeEach(() => {
    documents.reset();
  });

  it('scans the table for unsent messages, following the pages, and returns them as a plain list', async () => {
    documents
      .on(libDynamoDb.ScanCommand)
      .resolvesOnce({ Items: [item(1)], LastEvaluatedKey: { user_name: 'u1', message_id: 'id-1' } })
      .resolvesOnce({ Items: [], LastEvaluatedKey: { user_name: 'u1', message_id: 'id-1' } })
      .resolvesOnce({ Items: [item(2), item(3)] });

    const result = await loadHandler({ TABLE_NAME: 'messages-table' })();

    expect(result).toEqual([item(1), item(2), item(3)]);
    expect(documents).toHaveReceivedCommandTimes(libDynamoDb.ScanCommand, 3);
    expect(documents).toHaveReceivedNthSpecificCommandWith(1, libDynamoDb.ScanCommand, {
      TableName: 'messages-table',
      FilterExpression: '#sent = :unsent',
      ExpressionAttributeNames: expect.objectContaining({ '#sent': 'sent' }),
      ExpressionAttributeValues: { ':unsent': false },
    });
    expect(documents).toHaveReceivedNthSpecificCommandWith(2, libDynamoDb.ScanCommand, {
      ExclusiveStartKey: { user_name: 'u1', message_id: 'id-1' },
    });
  });

  it('returns at most MAX_ITEMS messages and stops scanning once the batch is full', async () => {
    documents
      .on(libDynamoDb.ScanCommand)
      .resolvesOnce({ Items: [item(1), item(2)], LastEvaluatedKey: { user_name: 'u2', message_id: 'id-2' } })
      .resolvesOnce({ Items: [item(3), item(4)], LastEvaluatedKey: { user_name: 'u4', message_id: 'id-4' } })
      .resolvesOnce({ Items: [item(5)] });

    const result = await loadHandler({ TABLE_NAME: 't', MAX_ITEMS: '3' })();

    expect(result.map((m) => m.message_id)).toEqual(['id-1', 'id-2', 'id-3']);
    expect(documents).toHaveReceivedCommandTimes(libDynamoDb.ScanCommand, 2);
  });

  it('keeps a batch under the 256 KB state payload limit whatever the messages weigh', async () => {
    const big = (n: number) => item(n, 'x'.repeat(90 * 1024));
    documents.on(libDynamoDb.ScanCommand).resolves({ Items: [big(1), big(2), big(3), big(4)] });

    const result = await loadHandler({ TABLE_NAME: 't' })();

    expect(result.map((m) => m.message_id)).toEqual(['id-1', 'id-2']);
    expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(256 * 1024);
  });

  it('given a scope, asks only for the unsent messages whose message_id starts with it', async () => {
    documents.on(libDynamoDb.ScanCommand).resolves({ Items: [item(1)] });

    const result = await loadHandler({ TABLE_NAME: 't' })({ scope: '42-1-', List: { sent: 3 } });

    expect(result).toEqual([item(1)]);
    expect(documents).toHaveReceivedCommandWith(libDynamoDb.ScanCommand, {
      FilterExpression: '#sent = :unsent AND begins_with(#id, :scope)',
      ExpressionAttributeNames: expect.objectContaining({ '#sent': 'sent', '#id': 'message_id' }),
      ExpressionAttributeValues: { ':unsent': false, ':scope': '42-1-' },
    });
  });

  it.each([[{}], [{ List: { sent: 0 } }], [{ scope: null }], [undefined]])('without a scope (%j), asks for every unsent message', async (event) => {
    documents.on(libDynamoDb.ScanCommand).resolves({ Items: [] });
    await loadHandler({ TABLE_NAME: 't' })(event);
    expect(documents).toHaveReceivedCommandWith(libDynamoDb.ScanCommand, {
      FilterExpression: '#sent = :unsent',
      ExpressionAttributeValues: { ':unsent': false },
    });
  });

  it.each([[''], [42], [['a']]])('refuses a malformed scope (%j) rather than widening it to every message', async (scope) => {
    documents.on(libDynamoDb.ScanCommand).resolves({ Items: [] });
    await expect(loadHandler({ TABLE_NAME: 't' })({ scope })).rejects.toThrow('scope must be a non-empty string');
    expect(documents).toHaveReceivedCommandTimes(libDynamoDb.ScanCommand, 0);
  });
});
