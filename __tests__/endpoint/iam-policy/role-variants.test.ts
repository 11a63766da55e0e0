// Variants of setup.yaml's two roles (the scan function's and the state machine's), each as AWS treats
// it: through the real IAM service, Step Functions' role checks and task authorisation, and Lambda's.
// Five of them behaved unlike AWS before roles were evaluated as IAM does (marked "was wrong").
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createIamService } from '../../../src/endpoint/services/iam/index';
import { createLambdaService } from '../../../src/endpoint/services/lambda/index';
import { createStepFunctionsService } from '../../../src/endpoint/services/stepfunctions/index';
import { checkTaskPermission } from '../../../src/endpoint/services/stepfunctions/permissions';
import { createStsService } from '../../../src/endpoint/services/sts/index';
import { evaluatePolicies } from '../../../src/endpoint/iam-policy/evaluate';
import type { Backends, IamBackend, LambdaBackend, RoleSpec, StepFunctionsBackend } from '../../../src/endpoint/types';
import { testSettings } from '../settings';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
const TABLE_ARN = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/pump-messages`;
const QUEUE_URL = `http://127.0.0.1:9/${ACCOUNT}/doc-example-stepfunctions-queue`;
const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:doc-example-stepfunctions-queue`;
const SCAN_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:pump-scan-messages`;

const settings = testSettings({ url: 'http://127.0.0.1:9' });
const iamService = createIamService(settings);
const backends = {
  iam: iamService.backend as IamBackend,
  dynamodb: { call: async () => ({}) },
  sqs: {
    createQueue: () => ({ name: 'q', url: QUEUE_URL, arn: QUEUE_ARN }),
    deleteQueue: () => undefined,
    getQueue: () => ({ name: 'doc-example-stepfunctions-queue', url: QUEUE_URL, arn: QUEUE_ARN }),
    sendMessage: () => ({ MessageId: randomUUID(), MD5OfMessageBody: 'x' }),
  },
} as unknown as Backends;
const lambdaService = createLambdaService(settings, backends);
backends.lambda = lambdaService.backend as LambdaBackend;
const statesService = createStepFunctionsService(settings, backends);
backends.states = statesService.backend as StepFunctionsBackend;
const sts = createStsService(settings, backends);
afterAll(async () => {
  await statesService.close?.();
  await lambdaService.close?.();
});

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const assumeBy = (service: string, Condition?: Record<string, unknown>) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) });

// setup.yaml's roles, as CloudFormation creates them.
const SCAN_POLICY = doc(
  { Effect: 'Allow', Action: 'dynamodb:Scan', Resource: TABLE_ARN },
  { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/pump-scan-messages:*` },
);
const STEP_TRUST = assumeBy('states.amazonaws.com', { StringEquals: { 'aws:SourceAccount': ACCOUNT } });
const STEP_POLICY = doc(
  { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: TABLE_ARN },
  { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: SCAN_ARN },
  { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE_ARN },
);

function role(name: string, trust: unknown, policy?: unknown, managed: string[] = []): string {
  const spec: RoleSpec = { RoleName: name, AssumeRolePolicyDocument: trust, Policies: policy ? [{ PolicyName: 'p', PolicyDocument: policy }] : [], ManagedPolicyArns: managed };
  return backends.iam.createRole(spec).Arn;
}

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const createMachine = (name: string, roleArn: string) => backends.states.createStateMachine({ name, definition: PASS, roleArn }, REGION);

/** Whether the state machine role may do what the pump's task states do. */
function taskAllowed(roleArn: string, task: 'send' | 'update' | 'scan' | 'put'): boolean {
  const env = { backends, region: REGION, accountId: ACCOUNT, roleArn, stopped: () => false };
  const tasks = {
    send: ['arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL, MessageBody: 'hi' }],
    update: ['arn:aws:states:::dynamodb:updateItem', { TableName: 'pump-messages' }],
    put: ['arn:aws:states:::dynamodb:putItem', { TableName: 'pump-messages' }],
    scan: [SCAN_ARN, {}],
  } as const;
  try {
    checkTaskPermission(tasks[task][0], tasks[task][1], env);
    return true;
  } catch (error) {
    expect(String((error as Error).message)).toMatch(/is not authorized to perform: /);
    return false;
  }
}

const createFunction = (name: string, roleArn: string, source = 'exports.handler = async () => null;') =>
  backends.lambda.createFunction({ FunctionName: name, Runtime: 'nodejs24.x', Handler: 'index.handler', Role: roleArn, ZipFile: source }, REGION);

/** STS GetCallerIdentity signed with these credentials, as an SDK signs it. */
async function callerIdentity(credentials: { AWS_ACCESS_KEY_ID: string; AWS_SESSION_TOKEN?: string }): Promise<string> {
  const response = await sts.handler.handle({
    service: 'sts', method: 'POST', path: '/', query: new URLSearchParams(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=${credentials.AWS_ACCESS_KEY_ID}/20261207/${REGION}/sts/aws4_request, SignedHeaders=host, Signature=0`,
      ...(credentials.AWS_SESSION_TOKEN ? { 'x-amz-security-token': credentials.AWS_SESSION_TOKEN } : {}),
    },
    body: Buffer.from('Action=GetCallerIdentity&Version=2011-06-15'), region: REGION, accountId: ACCOUNT, requestId: 'r',
  });
  return /<Arn>([^<]+)<\/Arn>/.exec(response.body.toString())?.[1] ?? response.body.toString();
}

const READS_CREDENTIALS = "exports.handler = async () => ({ AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID, AWS_SESSION_TOKEN: process.env.AWS_SESSION_TOKEN });";

describe('the scan function role', () => {
  it("setup.yaml's role: Lambda takes it, the function runs as it, and it may Scan the table", async () => {
    const arn = role('pump-scan', assumeBy('lambda.amazonaws.com'), SCAN_POLICY);
    createFunction('pump-scan-as-role', arn, READS_CREDENTIALS);
    const credentials = JSON.parse((await backends.lambda.invoke('pump-scan-as-role', '{}', REGION)).payload) as { AWS_ACCESS_KEY_ID: string; AWS_SESSION_TOKEN: string };
    expect(credentials.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/);
    expect(await callerIdentity(credentials)).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/pump-scan/pump-scan-as-role`);
    expect(evaluatePolicies(backends.iam.effectivePolicies(arn), { action: 'dynamodb:Scan', resource: TABLE_ARN })).toBe('Allow');
  });

  it('without dynamodb:Scan (was wrong): the function runs as the role, whose policies do not allow the Scan', async () => {
    const arn = role('pump-scan-no-scan', assumeBy('lambda.amazonaws.com'), doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }));
    createFunction('pump-scan-no-scan', arn, READS_CREDENTIALS);
    const credentials = JSON.parse((await backends.lambda.invoke('pump-scan-no-scan', '{}', REGION)).payload) as { AWS_ACCESS_KEY_ID: string };
    // The request gate authorises the function's own calls by the role its key names: this one.
    expect(backends.iam.findRoleById(credentials.AWS_ACCESS_KEY_ID.replace(/^ASIA/, 'AROA'))?.Arn).toBe(arn);
    expect(await callerIdentity(credentials)).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/pump-scan-no-scan/pump-scan-no-scan`);
    expect(evaluatePolicies(backends.iam.effectivePolicies(arn), { action: 'dynamodb:Scan', resource: TABLE_ARN })).toBe('ImplicitDeny');
  });

  it('trusting Step Functions instead of Lambda: CreateFunction and UpdateFunctionConfiguration refuse it', async () => {
    const wrong = role('pump-scan-for-states', assumeBy('states.amazonaws.com'), SCAN_POLICY);
    expect(() => createFunction('pump-scan-wrong-trust', wrong)).toThrow('The role defined for the function cannot be assumed by Lambda.');
    const right = role('pump-scan-right', assumeBy('lambda.amazonaws.com'), SCAN_POLICY);
    createFunction('pump-scan-update', right);
    const update = await lambdaService.handler.handle({
      service: 'lambda', method: 'PUT', path: '/2015-03-31/functions/pump-scan-update/configuration', query: new URLSearchParams(), headers: {},
      body: Buffer.from(JSON.stringify({ Role: wrong })), region: REGION, accountId: ACCOUNT, requestId: 'r',
    });
    expect(update.status).toBe(400);
    expect(JSON.parse(update.body.toString())).toMatchObject({ message: 'The role defined for the function cannot be assumed by Lambda.' });
    expect(update.headers?.['x-amzn-errortype'] ?? JSON.parse(update.body.toString()).__type).toMatch(/InvalidParameterValueException/);
  });

  it('a role that does not exist: CreateFunction refuses it', () => {
    expect(() => createFunction('pump-scan-no-role', `arn:aws:iam::${ACCOUNT}:role/never-created`)).toThrow(expect.objectContaining({ code: 'InvalidParameterValueException' }));
  });

  it('granted through the managed AmazonDynamoDBReadOnlyAccess: the Scan is allowed', () => {
    const arn = role('pump-scan-managed', assumeBy('lambda.amazonaws.com'), undefined, ['arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess']);
    expect(evaluatePolicies(backends.iam.effectivePolicies(arn), { action: 'dynamodb:Scan', resource: TABLE_ARN })).toBe('Allow');
    expect(evaluatePolicies(backends.iam.effectivePolicies(arn), { action: 'dynamodb:PutItem', resource: TABLE_ARN })).toBe('ImplicitDeny');
  });

  it('a function name over 64 characters is refused as Lambda does', () => {
    const arn = role('pump-scan-names', assumeBy('lambda.amazonaws.com'));
    expect(() => createFunction('f'.repeat(65), arn)).toThrow(`1 validation error detected: Value '${'f'.repeat(65)}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64`);
    expect(createFunction('f'.repeat(64), arn).FunctionName).toHaveLength(64);
  });
});

describe('the state machine role', () => {
  const STATES_REFUSAL = 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.';

  it("setup.yaml's role: accepted, and allowed exactly the pump's three tasks", () => {
    const arn = role('pump-steps', STEP_TRUST, STEP_POLICY);
    expect(createMachine('pump', arn).stateMachineArn).toBe(`arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:pump`);
    expect([taskAllowed(arn, 'scan'), taskAllowed(arn, 'send'), taskAllowed(arn, 'update'), taskAllowed(arn, 'put')]).toEqual([true, true, true, false]);
  });

  it('trusting only lambda.amazonaws.com (was wrong): CreateStateMachine is refused as AWS refuses it', () => {
    const arn = role('pump-steps-lambda-trust', assumeBy('lambda.amazonaws.com'), STEP_POLICY);
    expect(() => createMachine('pump-lambda-trust', arn)).toThrow(expect.objectContaining({ code: 'AccessDeniedException', message: STATES_REFUSAL }));
  });

  it('trusting only state machines of another account: refused; of the regional principal: accepted', () => {
    const other = role('pump-steps-other-account', assumeBy('states.amazonaws.com', { StringEquals: { 'aws:SourceAccount': '111111111111' } }), STEP_POLICY);
    expect(() => createMachine('pump-other-account', other)).toThrow(STATES_REFUSAL);
    const regional = role('pump-steps-regional', assumeBy(`states.${REGION}.amazonaws.com`), STEP_POLICY);
    expect(createMachine('pump-regional', regional).stateMachineArn).toContain(':stateMachine:pump-regional');
  });

  it('UpdateStateMachine to a role Step Functions may not assume is refused, and the machine keeps its role', () => {
    const good = role('pump-steps-update', STEP_TRUST, STEP_POLICY);
    const bad = role('pump-steps-update-bad', assumeBy('lambda.amazonaws.com'), STEP_POLICY);
    const { stateMachineArn } = createMachine('pump-update', good);
    expect(() => backends.states.updateStateMachine({ stateMachineArn, roleArn: bad }, REGION)).toThrow(STATES_REFUSAL);
    expect(() => backends.states.updateStateMachine({ stateMachineArn, roleArn: good }, REGION)).not.toThrow();
  });

  it('an Allow under a Condition that never holds (was wrong): the task is denied', () => {
    const arn = role('pump-steps-never', STEP_TRUST, doc(
      { Effect: 'Allow', Action: ['dynamodb:UpdateItem', 'lambda:InvokeFunction'], Resource: '*' },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE_ARN, Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
    ));
    expect(taskAllowed(arn, 'send')).toBe(false);
    expect(taskAllowed(arn, 'update')).toBe(true);
  });

  it('sqs:SendMessage through the managed AmazonSQSFullAccess (was wrong): the task is allowed', () => {
    const arn = role('pump-steps-managed-sqs', STEP_TRUST, doc({ Effect: 'Allow', Action: ['dynamodb:UpdateItem', 'lambda:InvokeFunction'], Resource: '*' }), ['arn:aws:iam::aws:policy/AmazonSQSFullAccess']);
    expect(taskAllowed(arn, 'send')).toBe(true);
  });

  it('a NotAction grant (was wrong): allowed for every action it does not name', () => {
    const arn = role('pump-steps-not-action', STEP_TRUST, doc({ Effect: 'Allow', NotAction: ['iam:*', 'sts:*'], Resource: '*' }));
    expect([taskAllowed(arn, 'scan'), taskAllowed(arn, 'send'), taskAllowed(arn, 'update')]).toEqual([true, true, true]);
  });

  it('everything allowed but an explicit Deny of sqs:SendMessage: the send is denied', () => {
    const arn = role('pump-steps-deny', STEP_TRUST, doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'sqs:SendMessage', Resource: '*' }));
    expect(taskAllowed(arn, 'send')).toBe(false);
    expect(taskAllowed(arn, 'update')).toBe(true);
  });

  it('without sqs:SendMessage: the send is denied, naming the role and the action', () => {
    const arn = role('pump-steps-no-send', STEP_TRUST, doc({ Effect: 'Allow', Action: ['dynamodb:UpdateItem', 'lambda:InvokeFunction'], Resource: '*' }));
    expect(() => checkTaskPermission('arn:aws:states:::sqs:sendMessage', { QueueUrl: QUEUE_URL }, { backends, region: REGION, accountId: ACCOUNT, roleArn: arn, stopped: () => false })).toThrow(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/pump-steps-no-send/local is not authorized to perform: sqs:SendMessage on resource: ${QUEUE_ARN} because no identity-based policy allows the sqs:SendMessage action`,
    );
  });
});
