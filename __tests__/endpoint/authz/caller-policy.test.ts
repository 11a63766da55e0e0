// A caller policy authorises every request with real SDK clients: allowed calls pass, missing actions,
// resources outside the grant and explicit denials are refused with each service's own exception, and
// iam:PassRole is checked with iam:PassedToService wherever a role is handed to a service.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, DescribeStacksCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CreateRoleCommand, DeleteRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, GetFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateStateMachineCommand, ListStateMachinesCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { CreateQueueCommand, GetQueueUrlCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { clientConfig } from '../endpoint-clients';
import { buildZip } from '../lambda/zip-builder';

const ACCOUNT = '000000000000';
const CALLER = `arn:aws:iam::${ACCOUNT}:user/local-caller`;
const table = (name: string): string => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${name}`;

const callerPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'dynamodb:CreateTable', Resource: '*' },
    // Everything on table-a (wildcard action), nothing on table-b.
    { Effect: 'Allow', Action: 'dynamodb:*', Resource: table('table-a') },
    // An explicit Deny wins over the Allow above.
    { Effect: 'Deny', Action: 'dynamodb:DeleteTable', Resource: '*' },
    // Wildcard resource: the q- queues; no sqs:SendMessage anywhere.
    { Effect: 'Allow', Action: ['sqs:CreateQueue', 'sqs:GetQueueUrl'], Resource: `arn:aws:sqs:*:${ACCOUNT}:q-*` },
    { Effect: 'Allow', Action: ['iam:CreateRole', 'iam:GetRole'], Resource: '*' },
    { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:Get*'], Resource: '*' },
    { Effect: 'Allow', Action: ['states:CreateStateMachine', 'states:ListStateMachines'], Resource: '*' },
    { Effect: 'Allow', Action: 'cloudformation:DescribeStacks', Resource: '*' },
    // The function role may be passed to Lambda only; the step role to anyone.
    { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/function-role`, Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
    { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/step-role` },
  ],
};

const trust = (service: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });
const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } });
const code = buildZip({ 'index.js': 'exports.handler = async () => "ok";' });

/** The error a call fails with (its SDK name, HTTP status and message), or fails the test if it passes. */
async function failure(call: Promise<unknown>): Promise<{ name: string; status?: number; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('the call was expected to be refused, and passed');
}

describe('under a caller policy', () => {
  let endpoint: RunningEndpoint;
  let config: ReturnType<typeof clientConfig>;

  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, callerPolicy, deferServices: true });
    config = clientConfig(endpoint.url);
  });
  afterAll(async () => endpoint.close());

  it('DynamoDB: allows what the policy grants on one table, refuses another, and an explicit Deny wins', async () => {
    const dynamodb = new DynamoDBClient(config);
    const keySchema = { KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' as const }], BillingMode: 'PAY_PER_REQUEST' as const };
    await dynamodb.send(new CreateTableCommand({ TableName: 'table-a', ...keySchema }));
    await dynamodb.send(new CreateTableCommand({ TableName: 'table-b', ...keySchema }));
    await dynamodb.send(new PutItemCommand({ TableName: 'table-a', Item: { id: { S: '1' } } }));
    expect((await dynamodb.send(new ScanCommand({ TableName: 'table-a' }))).Count).toBe(1);

    expect(await failure(dynamodb.send(new PutItemCommand({ TableName: 'table-b', Item: { id: { S: '1' } } })))).toEqual({
      name: 'AccessDeniedException',
      status: 400,
      message: `User: ${CALLER} is not authorized to perform: dynamodb:PutItem on resource: ${table('table-b')} because no identity-based policy allows the dynamodb:PutItem action`,
    });
    expect(await failure(dynamodb.send(new DeleteTableCommand({ TableName: 'table-a' })))).toEqual({
      name: 'AccessDeniedException',
      status: 400,
      message: `User: ${CALLER} is not authorized to perform: dynamodb:DeleteTable on resource: ${table('table-a')} with an explicit deny in an identity-based policy`,
    });
    dynamodb.destroy();
  });

  it("SQS: a queue matching the wildcard resource is created; a send without sqs:SendMessage gets SQS's AccessDenied", async () => {
    const sqs = new SQSClient(config);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'q-sends' }));
    expect((await sqs.send(new GetQueueUrlCommand({ QueueName: 'q-sends' }))).QueueUrl).toBe(QueueUrl);
    expect((await failure(sqs.send(new CreateQueueCommand({ QueueName: 'other' })))).name).toBe('AccessDenied');

    const denied = await failure(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'hello' })));
    expect(denied).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${CALLER} is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:${ACCOUNT}:q-sends because no identity-based policy allows the sqs:sendmessage action`,
    });
    sqs.destroy();
  });

  it('Lambda: creating needs iam:PassRole to lambda.amazonaws.com; invoking without lambda:InvokeFunction is refused', async () => {
    const iam = new IAMClient(config);
    const lambda = new LambdaClient(config);
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'function-role', AssumeRolePolicyDocument: trust('lambda.amazonaws.com') }));
    const { Role: stepRole } = await iam.send(new CreateRoleCommand({ RoleName: 'step-role', AssumeRolePolicyDocument: trust('states.amazonaws.com') }));
    const spec = { Runtime: 'nodejs24.x' as const, Handler: 'index.handler', Code: { ZipFile: code } };
    await lambda.send(new CreateFunctionCommand({ FunctionName: 'fn', Role: Role?.Arn, ...spec }));
    expect((await lambda.send(new GetFunctionCommand({ FunctionName: 'fn' }))).Configuration?.FunctionName).toBe('fn');

    expect(await failure(lambda.send(new InvokeCommand({ FunctionName: 'fn' })))).toEqual({
      name: 'AccessDeniedException',
      status: 403,
      message: `User: ${CALLER} is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn because no identity-based policy allows the lambda:InvokeFunction action`,
    });
    // A qualified call is authorised on the qualified ARN.
    expect((await failure(lambda.send(new InvokeCommand({ FunctionName: 'fn', Qualifier: '$LATEST' })))).message).toContain(`function:fn:$LATEST`);

    // A role the caller may not pass (no grant at all for this one).
    const { Role: otherRole } = await iam.send(new CreateRoleCommand({ RoleName: 'other-role', AssumeRolePolicyDocument: trust('lambda.amazonaws.com') }));
    expect(await failure(lambda.send(new CreateFunctionCommand({ FunctionName: 'fn2', Role: otherRole?.Arn, ...spec })))).toEqual({
      name: 'AccessDeniedException',
      status: 403,
      message: `User: ${CALLER} is not authorized to perform: iam:PassRole on resource: ${otherRole?.Arn} because no identity-based policy allows the iam:PassRole action`,
    });
    expect(stepRole?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/step-role`);
    lambda.destroy();
    iam.destroy();
  });

  it('Step Functions: PassRole holds only for the service its condition names; starting without states:StartExecution is refused', async () => {
    const sfn = new SFNClient(config);
    const stepRole = `arn:aws:iam::${ACCOUNT}:role/step-role`;
    const functionRole = `arn:aws:iam::${ACCOUNT}:role/function-role`;
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'machine', definition, roleArn: stepRole }));
    expect((await sfn.send(new ListStateMachinesCommand({}))).stateMachines?.map((m) => m.name)).toContain('machine');

    // function-role may be passed, but only to lambda.amazonaws.com.
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name: 'other', definition, roleArn: functionRole })))).toEqual({
      name: 'AccessDeniedException',
      status: 400,
      message: `User: ${CALLER} is not authorized to perform: iam:PassRole on resource: ${functionRole} because no identity-based policy allows the iam:PassRole action`,
    });
    const start = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn })));
    expect(start.name).toBe('AccessDeniedException');
    expect(start.message).toBe(`User: ${CALLER} is not authorized to perform: states:StartExecution on resource: ${stateMachineArn} because no identity-based policy allows the states:StartExecution action`);
    sfn.destroy();
  });

  it('CloudFormation, IAM and STS: a missing action gets the query protocol AccessDenied (403)', async () => {
    const cloudformation = new CloudFormationClient(config);
    const iam = new IAMClient(config);
    const sts = new STSClient(config);
    expect((await cloudformation.send(new DescribeStacksCommand({}))).Stacks).toEqual([]);
    expect(await failure(cloudformation.send(new ListStacksCommand({})))).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${CALLER} is not authorized to perform: cloudformation:ListStacks on resource: * because no identity-based policy allows the cloudformation:ListStacks action`,
    });
    const deleteRole = await failure(iam.send(new DeleteRoleCommand({ RoleName: 'step-role' })));
    expect(deleteRole).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(deleteRole.message).toContain(`iam:DeleteRole on resource: arn:aws:iam::${ACCOUNT}:role/step-role`);
    // GetCallerIdentity needs no permission at all; AssumeRole does.
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(ACCOUNT);
    const assume = await failure(sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/step-role`, RoleSessionName: 's' })));
    expect(assume).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(assume.message).toContain('sts:AssumeRole');
    cloudformation.destroy();
    iam.destroy();
    sts.destroy();
  });
});

describe('without a caller policy', () => {
  it('allows every call, as before', async () => {
    const endpoint = await startEndpoint({ port: 0 });
    try {
      const config = clientConfig(endpoint.url);
      const sqs = new SQSClient(config);
      const dynamodb = new DynamoDBClient(config);
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'any' }));
      expect((await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }))).MessageId).toBeDefined();
      await dynamodb.send(new CreateTableCommand({ TableName: 'any-table', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
      await dynamodb.send(new DeleteTableCommand({ TableName: 'any-table' }));
      sqs.destroy();
      dynamodb.destroy();
    } finally {
      await endpoint.close();
    }
  });
});
