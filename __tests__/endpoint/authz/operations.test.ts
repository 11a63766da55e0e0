// The action and resource each request is authorised with, read from requests as the SDKs send them.
import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readCall } from '../../../src/endpoint/authz/call';
import { authorisationsFor, OPERATIONS } from '../../../src/endpoint/authz/operations';
import type { AwsRequest } from '../../../src/endpoint/types';

const ACCOUNT = '000000000000';
const lookup = { roleArn: (name: string) => (name === 'pathed' ? `arn:aws:iam::${ACCOUNT}:role/service/pathed` : undefined) };

function request(service: string, init: { target?: string; body?: unknown; form?: Record<string, string>; method?: string; path?: string; query?: string }): AwsRequest {
  const body = init.form ? new URLSearchParams(init.form).toString() : init.body === undefined ? '' : JSON.stringify(init.body);
  return {
    service,
    method: init.method ?? 'POST',
    path: init.path ?? '/',
    query: new URLSearchParams(init.query ?? ''),
    headers: {},
    body: Buffer.from(body),
    target: init.target,
    region: 'eu-west-1',
    accountId: ACCOUNT,
    requestId: randomUUID(),
  };
}
const needs = (r: AwsRequest) => authorisationsFor(readCall(r), lookup);

describe('DynamoDB', () => {
  it('names the table, or the index a query reads', () => {
    expect(needs(request('dynamodb', { target: 'PutItem', body: { TableName: 'messages' } }))).toEqual([{ action: 'dynamodb:PutItem', resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/messages` }]);
    expect(needs(request('dynamodb', { target: 'Query', body: { TableName: 'messages', IndexName: 'byStatus' } }))).toEqual([
      { action: 'dynamodb:Query', resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/messages/index/byStatus` },
    ]);
    expect(needs(request('dynamodb', { target: 'ListTables', body: {} }))).toEqual([{ action: 'dynamodb:ListTables', resource: '*' }]);
  });

  it('authorises batches on every table they touch, and transactions item by item as the single-item actions', () => {
    expect(needs(request('dynamodb', { target: 'BatchWriteItem', body: { RequestItems: { a1x: [], b2y: [] } } }))?.map((n) => n.resource)).toEqual([
      `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/a1x`,
      `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/b2y`,
    ]);
    const transaction = needs(request('dynamodb', { target: 'TransactWriteItems', body: { TransactItems: [{ Put: { TableName: 'one' } }, { ConditionCheck: { TableName: 'two' } }, { Delete: { TableName: 'one' } }] } }));
    expect(transaction?.map((n) => `${n.action} ${n.resource.split('/')[1]}`)).toEqual(['dynamodb:PutItem one', 'dynamodb:ConditionCheckItem two', 'dynamodb:DeleteItem one']);
    expect(transaction?.[0].context).toEqual({ 'dynamodb:EnclosingOperation': 'TransactWriteItems' });
    expect(needs(request('dynamodb', { target: 'TransactGetItems', body: { TransactItems: [{ Get: { TableName: 'one' } }] } }))?.[0].action).toBe('dynamodb:GetItem');
  });
});

describe('SQS', () => {
  it('turns a queue URL into the queue ARN and batches into their single-message actions', () => {
    const QueueUrl = `http://127.0.0.1:4566/${ACCOUNT}/sends`;
    expect(needs(request('sqs', { target: 'SendMessageBatch', body: { QueueUrl } }))).toEqual([{ action: 'sqs:SendMessage', resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:sends` }]);
    expect(needs(request('sqs', { target: 'DeleteMessageBatch', body: { QueueUrl } }))?.[0].action).toBe('sqs:DeleteMessage');
    expect(needs(request('sqs', { target: 'CreateQueue', body: { QueueName: 'sends', tags: { team: 'x' } } }))?.map((n) => n.action)).toEqual(['sqs:CreateQueue', 'sqs:TagQueue']);
    expect(needs(request('sqs', { target: 'ListQueues', body: {} }))).toEqual([{ action: 'sqs:ListQueues', resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:*` }]);
  });
});

describe('Lambda', () => {
  it('reads the operation from the REST route and the function from any of its name forms', () => {
    const arn = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:worker`;
    expect(needs(request('lambda', { method: 'POST', path: '/2015-03-31/functions/worker/invocations' }))).toEqual([{ action: 'lambda:InvokeFunction', resource: arn }]);
    expect(needs(request('lambda', { method: 'POST', path: '/2015-03-31/functions/worker/invocations', query: 'Qualifier=live' }))?.[0].resource).toBe(`${arn}:live`);
    expect(needs(request('lambda', { method: 'POST', path: `/2015-03-31/functions/${encodeURIComponent(`${ACCOUNT}:function:worker:3`)}/invocations` }))?.[0].resource).toBe(`${arn}:3`);
    expect(needs(request('lambda', { method: 'GET', path: `/2015-03-31/functions/${encodeURIComponent(`arn:aws:lambda:us-west-2:111122223333:function:far`)}` }))?.[0].resource).toBe(
      'arn:aws:lambda:us-west-2:111122223333:function:far',
    );
    expect(needs(request('lambda', { method: 'GET', path: '/2015-03-31/functions' }))).toEqual([{ action: 'lambda:ListFunctions', resource: '*' }]);
    expect(needs(request('lambda', { method: 'GET', path: `/2017-03-31/tags/${encodeURIComponent(arn)}` }))).toEqual([{ action: 'lambda:ListTags', resource: arn }]);
  });

  it('asks for iam:PassRole to lambda.amazonaws.com when a role is handed over', () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/fn`;
    expect(needs(request('lambda', { method: 'POST', path: '/2015-03-31/functions', body: { FunctionName: 'worker', Role: role } }))).toEqual([
      { action: 'lambda:CreateFunction', resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:worker` },
      { action: 'iam:PassRole', resource: role, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    ]);
    expect(needs(request('lambda', { method: 'PUT', path: '/2015-03-31/functions/worker/configuration', body: { Timeout: 3 } }))?.map((n) => n.action)).toEqual(['lambda:UpdateFunctionConfiguration']);
    expect(needs(request('lambda', { method: 'PUT', path: '/2015-03-31/functions/worker/configuration', body: { Role: role } }))?.map((n) => n.action)).toEqual(['lambda:UpdateFunctionConfiguration', 'iam:PassRole']);
  });
});

describe('Step Functions', () => {
  const machine = `arn:aws:states:eu-west-1:${ACCOUNT}:stateMachine:pump`;
  it('authorises a version ARN as the state machine with states:StateMachineQualifier', () => {
    expect(needs(request('states', { target: 'StartExecution', body: { stateMachineArn: `${machine}:4` } }))).toEqual([
      { action: 'states:StartExecution', resource: machine, context: { 'states:StateMachineQualifier': '4' } },
    ]);
    expect(needs(request('states', { target: 'StopExecution', body: { executionArn: `arn:aws:states:eu-west-1:${ACCOUNT}:execution:pump:run` } }))?.[0].resource).toBe(
      `arn:aws:states:eu-west-1:${ACCOUNT}:execution:pump:run`,
    );
  });

  it('asks for iam:PassRole to states.amazonaws.com and states:PublishStateMachineVersion when publishing', () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/step`;
    expect(needs(request('states', { target: 'CreateStateMachine', body: { name: 'pump', roleArn: role, publish: true } }))).toEqual([
      { action: 'states:CreateStateMachine', resource: machine },
      { action: 'states:PublishStateMachineVersion', resource: machine },
      { action: 'iam:PassRole', resource: role, context: { 'iam:PassedToService': 'states.amazonaws.com' } },
    ]);
    expect(needs(request('states', { target: 'UpdateStateMachine', body: { stateMachineArn: machine, definition: '{}' } }))?.map((n) => n.action)).toEqual(['states:UpdateStateMachine']);
  });
});

describe('query services', () => {
  it('names stacks by name as stack/<name>/* and roles with their path', () => {
    expect(needs(request('cloudformation', { form: { Action: 'DeleteStack', StackName: 'pump' } }))).toEqual([
      { action: 'cloudformation:DeleteStack', resource: `arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stack/pump/*` },
    ]);
    expect(needs(request('cloudformation', { form: { Action: 'DescribeStacks' } }))?.[0].resource).toBe('*');
    expect(needs(request('iam', { form: { Action: 'ListRolePolicies', RoleName: 'pathed' } }))?.[0].resource).toBe(`arn:aws:iam::${ACCOUNT}:role/service/pathed`);
    expect(needs(request('iam', { form: { Action: 'CreateRole', RoleName: 'new', Path: '/team/' } }))?.[0].resource).toBe(`arn:aws:iam::${ACCOUNT}:role/team/new`);
    expect(needs(request('sts', { form: { Action: 'GetCallerIdentity' } }))).toEqual([]);
  });

  it('has no entry for an operation it does not know, so it can be refused', () => {
    expect(needs(request('dynamodb', { target: 'DescribeGlobalTable', body: {} }))).toBeUndefined();
    expect(needs(request('lambda', { method: 'GET', path: '/2021-10-31/functions/x/url' }))).toBeUndefined();
    expect(needs(request('sqs', { target: 'toString', body: {} }))).toBeUndefined();
    expect(Object.keys(OPERATIONS).sort()).toEqual(['cloudformation', 'dynamodb', 'iam', 'lambda', 'sqs', 'states', 'sts']);
  });
});
