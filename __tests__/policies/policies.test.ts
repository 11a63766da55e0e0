// The committed IAM policies (policies/): complete for every AWS call the action's code makes, minimal in the ways
// that can be checked offline, and consistent with each other and with the service-role template.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string>>;
}
interface Policy {
  Version: string;
  Statement: Statement[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const readPolicy = (name: string): Policy => JSON.parse(readFileSync(join(root, 'policies', name), 'utf8')) as Policy;
const actionsOf = (statements: Statement[]): Set<string> => new Set(statements.flatMap((s) => [s.Action].flat()));

const callerPolicy = readPolicy('caller-policy.json');
const servicePolicy = readPolicy('caller-policy-with-service-role.json');
const roleTemplate = parseDocument(readFileSync(join(root, 'policies', 'cloudformation-service-role.yaml'), 'utf8'), {
  logLevel: 'silent',
}).toJS() as {
  Resources: { CloudFormationServiceRole: { Properties: { AssumeRolePolicyDocument: Policy; Policies: { PolicyDocument: Policy }[] } } };
};
const serviceRole = roleTemplate.Resources.CloudFormationServiceRole.Properties;
const serviceRoleStatements = serviceRole.Policies.flatMap((p) => p.PolicyDocument.Statement);

/** The service prefix of each SDK package whose commands the action sends. */
const SERVICE_OF_PACKAGE: Record<string, string> = {
  '@aws-sdk/client-cloudformation': 'cloudformation',
  '@aws-sdk/client-sfn': 'states',
  '@aws-sdk/client-dynamodb': 'dynamodb',
  '@aws-sdk/lib-dynamodb': 'dynamodb',
  '@aws-sdk/client-sqs': 'sqs',
  '@aws-sdk/client-lambda': 'lambda',
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-sts': 'sts',
};
/** Operations authorised by another action's name (IAM has no action of their own name). */
const AUTHORISED_AS: Record<string, string | string[]> = {
  'dynamodb:BatchGet': 'dynamodb:BatchGetItem',
  'dynamodb:BatchWrite': 'dynamodb:BatchWriteItem',
  // A transaction is authorised item by item; the action's transactions put its messages and reset them.
  'dynamodb:TransactWrite': ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
  'dynamodb:Update': 'dynamodb:UpdateItem',
  'dynamodb:Put': 'dynamodb:PutItem',
  'dynamodb:Get': 'dynamodb:GetItem',
  'dynamodb:Delete': 'dynamodb:DeleteItem',
  'sqs:DeleteMessageBatch': 'sqs:DeleteMessage',
  'sqs:ChangeMessageVisibilityBatch': 'sqs:ChangeMessageVisibility',
  'sqs:SendMessageBatch': 'sqs:SendMessage',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'endpoint' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every IAM action the action's own code (src/, not the endpoint) calls, with the file that calls it. */
function actionsCalled(): Map<string, string> {
  const called = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const packageOf = new Map<string, string>();
    for (const [, names, pkg] of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[a-z-]+)'/g)) {
      for (const name of names.split(',')) packageOf.set(name.replace(/^\s*type\s+/, '').trim(), pkg);
    }
    for (const [, name, operation] of text.matchAll(/\bnew ((\w+)Command)\(/g)) record(name, operation);
    for (const [, name, operation] of text.matchAll(/\b(paginate(\w+))\(/g)) record(name, operation);
    function record(name: string, operation: string): void {
      const service = SERVICE_OF_PACKAGE[packageOf.get(name) ?? ''];
      if (!service) return;
      for (const action of [AUTHORISED_AS[`${service}:${operation}`] ?? `${service}:${operation}`].flat()) called.set(action, relative(root, file));
    }
  }
  return called;
}

describe('policies/caller-policy.json', () => {
  it('allows every AWS call the action makes', () => {
    const called = actionsCalled();
    expect(called.size).toBeGreaterThan(10);
    const allowed = actionsOf(callerPolicy.Statement);
    const missing = [...called].filter(([action]) => !allowed.has(action)).map(([action, file]) => `${action} (${file})`);
    expect(missing).toEqual([]);
  });

  it('never allows cloudformation:UpdateStack (updates go through change sets) nor any wildcard action', () => {
    for (const policy of [callerPolicy, servicePolicy]) {
      const actions = actionsOf(policy.Statement);
      expect(actions.has('cloudformation:UpdateStack')).toBe(false);
      expect([...actions].filter((action) => action.includes('*'))).toEqual([]);
    }
  });

  it('passes roles only to the service meant to use them, and only the stack\'s own roles', () => {
    const passes = callerPolicy.Statement.filter((s) => [s.Action].flat().includes('iam:PassRole'));
    expect(passes.map((s) => [s.Condition?.StringEquals?.['iam:PassedToService'], s.Resource]).sort()).toEqual([
      ['lambda.amazonaws.com', 'arn:*:iam::*:role/doc-example-stepfunctions-*-scan'],
      ['states.amazonaws.com', 'arn:*:iam::*:role/doc-example-stepfunctions-*-steps'],
    ]);
    for (const s of passes) expect([s.Action].flat()).toEqual(['iam:PassRole']);
  });

  it('fits IAM\'s 6,144 characters (whitespace not counted) for a customer managed policy', () => {
    for (const name of ['caller-policy.json', 'caller-policy-with-service-role.json']) {
      expect(readFileSync(join(root, 'policies', name), 'utf8').replace(/\s/g, '').length).toBeLessThanOrEqual(6144);
    }
  });

  // The registry schemas' handler permissions, as the local endpoint keeps them (on its branch until merged).
  const handlerData = join(root, 'src/endpoint/services/cloudformation/handler-permissions.json');
  (existsSync(handlerData) ? it : it.skip)('allows every handler permission the endpoint checks for each resource type in setup.yaml', () => {
    const data = JSON.parse(readFileSync(handlerData, 'utf8')) as {
      types: Record<string, { handlers: Record<string, string[]>; notChecked: Record<string, string> }>;
    };
    const template = readFileSync(join(root, 'setup.yaml'), 'utf8');
    const types = [...template.matchAll(/^\s+Type: (AWS::[\w:]+)$/gm)].map((m) => m[1]);
    expect(types.length).toBeGreaterThanOrEqual(5);
    const allowed = actionsOf(callerPolicy.Statement);
    const missing = types.flatMap((type) =>
      ['create', 'update', 'delete'].flatMap((op) =>
        (data.types[type]?.handlers[op] ?? []).filter((p) => !(p in data.types[type].notChecked) && !allowed.has(p)).map((p) => `${type} ${op}: ${p}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('names the partition by wildcard, never a hard-coded arn:aws', () => {
    for (const name of ['caller-policy.json', 'caller-policy-with-service-role.json', 'cloudformation-service-role.yaml']) {
      expect(readFileSync(join(root, 'policies', name), 'utf8')).not.toMatch(/arn:aws[:-]/);
    }
  });
});

describe('the service-role mode', () => {
  const handlerActions = actionsOf(serviceRoleStatements);

  it('lets only CloudFormation assume the service role', () => {
    expect(serviceRole.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    ]);
  });

  it('splits the caller policy in two: what the service role does for CloudFormation, and what the caller still does', () => {
    const caller = actionsOf(callerPolicy.Statement);
    const smaller = actionsOf(servicePolicy.Statement);
    // Nothing CloudFormation's handlers need stays with the caller, except what the action itself also calls
    // (iam:PassRole: the caller passes the state machine's role, the service role passes the function's).
    const called = new Set(actionsCalled().keys());
    expect([...smaller].filter((a) => handlerActions.has(a) && !called.has(a) && a !== 'iam:PassRole')).toEqual([]);
    // Together they allow what the caller policy allows (plus passing the service role).
    expect(new Set([...handlerActions, ...smaller])).toEqual(new Set([...caller, 'iam:PassRole']));
    expect(smaller.size).toBeLessThan(caller.size / 2);
  });

  it('passes the service role to CloudFormation only', () => {
    const pass = servicePolicy.Statement.find((s) => s.Sid === 'PassServiceRoleToCloudFormation');
    expect(pass?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } });
    expect(pass?.Resource).toBe('arn:*:iam::*:role/message-pump-cloudformation');
  });

  it('gives the service role the same handler permissions the caller policy gives the caller', () => {
    const bySid = (statements: Statement[]) => Object.fromEntries(statements.map((s) => [s.Sid, [s.Action].flat().sort()]));
    const callerHandlers = callerPolicy.Statement.filter((s) => serviceRoleStatements.some((r) => r.Sid === s.Sid));
    expect(bySid(serviceRoleStatements)).toEqual(bySid(callerHandlers));
  });
});
