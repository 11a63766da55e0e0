// Requests signed with a role's session keys are authorised against that role's policies, with or
// without a caller policy: directly with the SDK, and from inside a Lambda function running as its role.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { sessionCredentials } from '../../../src/endpoint/iam-policy/sessions';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { clientConfig } from '../endpoint-clients';
import { buildZip } from '../lambda/zip-builder';

const ACCOUNT = '000000000000';
const TABLE = 'pump-messages';
const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${TABLE}`;
const trustLambda = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const allow = (...actions: string[]): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: TABLE_ARN }] });
const SCANNER = buildZip({
  'index.js': `
    const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');
    exports.handler = async () => ({ count: (await new DynamoDBClient({}).send(new ScanCommand({ TableName: '${TABLE}' }))).Count });`,
});

/** Both with a caller policy that allows everything and without one: a session answers to its role only. */
describe.each([
  ['without a caller policy', undefined],
  ['under a caller policy allowing everything', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }],
])('role sessions %s', (_label, callerPolicy) => {
  let endpoint: RunningEndpoint;
  let config: ReturnType<typeof clientConfig>;
  const roles: Record<string, { RoleId: string; Arn: string }> = {};

  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, callerPolicy, deferServices: true });
    config = clientConfig(endpoint.url);
    const iam = new IAMClient(config);
    for (const [name, actions] of [['reader', ['dynamodb:GetItem']], ['scanner', ['dynamodb:GetItem', 'dynamodb:Scan']]] as const) {
      const { Role } = await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trustLambda }));
      await iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: 'table', PolicyDocument: allow(...actions) }));
      roles[name] = { RoleId: Role?.RoleId ?? '', Arn: Role?.Arn ?? '' };
    }
    iam.destroy();
    const dynamodb = new DynamoDBClient(config);
    await dynamodb.send(new CreateTableCommand({ TableName: TABLE, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
    dynamodb.destroy();
  });
  afterAll(async () => endpoint.close());

  it("a role without dynamodb:Scan is refused the Scan, naming the assumed role; what it is granted passes", async () => {
    const keys = sessionCredentials(roles.reader, 'worker');
    const dynamodb = new DynamoDBClient({ ...config, credentials: keys });
    await dynamodb.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'x' } } }));
    await expect(dynamodb.send(new ScanCommand({ TableName: TABLE }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/reader/worker is not authorized to perform: dynamodb:Scan on resource: ${TABLE_ARN} because no identity-based policy allows the dynamodb:Scan action`,
    });
    const scanner = new DynamoDBClient({ ...config, credentials: sessionCredentials(roles.scanner, 'worker') });
    expect((await scanner.send(new ScanCommand({ TableName: TABLE }))).Count).toBe(0);
    dynamodb.destroy();
    scanner.destroy();
  });

  it("a function's own SDK calls are authorised as its role, the session named after the function", async () => {
    const lambda = new LambdaClient(config);
    const create = (name: string, role: string) =>
      lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: role, Runtime: 'nodejs24.x', Handler: 'index.handler', Code: { ZipFile: SCANNER } }));
    await create('scan-denied', roles.reader.Arn);
    await create('scan-allowed', roles.scanner.Arn);

    const allowed = await lambda.send(new InvokeCommand({ FunctionName: 'scan-allowed' }));
    expect([allowed.FunctionError, JSON.parse(Buffer.from(allowed.Payload ?? []).toString())]).toEqual([undefined, { count: 0 }]);
    const denied = await lambda.send(new InvokeCommand({ FunctionName: 'scan-denied' }));
    expect(denied.FunctionError).toBe('Unhandled');
    expect(JSON.parse(Buffer.from(denied.Payload ?? []).toString())).toMatchObject({
      errorType: 'AccessDeniedException',
      errorMessage: `User: arn:aws:sts::${ACCOUNT}:assumed-role/reader/scan-denied is not authorized to perform: dynamodb:Scan on resource: ${TABLE_ARN} because no identity-based policy allows the dynamodb:Scan action`,
    });
    lambda.destroy();
  });
});
