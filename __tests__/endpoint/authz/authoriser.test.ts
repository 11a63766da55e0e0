// The authoriser on its own: who is checked (caller policy, role sessions), against which policies,
// with which request context, and how an operation it cannot name is refused.
import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createAuthoriser } from '../../../src/endpoint/authz/authoriser';
import { AccessDeniedError, accessDeniedResponse } from '../../../src/endpoint/authz/denial';
import type { RoleDirectory } from '../../../src/endpoint/authz/principal';
import { resolveBehaviour } from '../../../src/endpoint/behaviour';
import { sessionCredentials } from '../../../src/endpoint/iam-policy/sessions';
import type { AwsRequest, IamBackend } from '../../../src/endpoint/types';

const ACCOUNT = '000000000000';
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/messages`;
const scanRole = { RoleName: 'scan-role', Arn: `arn:aws:iam::${ACCOUNT}:role/scan-role`, RoleId: 'AROAEXAMPLESCANROLE01' };
const keys = sessionCredentials(scanRole);
// A scan role that was given every read but Scan.
const rolePolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: TABLE }] };
const roles: RoleDirectory = { roleById: (id) => (id === scanRole.RoleId ? { roleName: scanRole.RoleName, arn: scanRole.Arn, roleId: scanRole.RoleId, policies: [rolePolicy] } : undefined) };
const iam = { getRole: () => undefined } as unknown as IamBackend;

function dynamoRequest(operation: string, accessKeyId: string, body: unknown = { TableName: 'messages' }): AwsRequest {
  return {
    service: 'dynamodb',
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers: {
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'content-type': 'application/x-amz-json-1.0',
      authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20261207/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x`,
    },
    body: Buffer.from(JSON.stringify(body)),
    target: operation,
    region: 'us-east-1',
    accountId: ACCOUNT,
    requestId: randomUUID(),
  };
}

async function refusal(check: () => void | Promise<void>): Promise<AccessDeniedError> {
  try {
    await check();
  } catch (error) {
    if (error instanceof AccessDeniedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('role sessions', () => {
  it("are always authorised against their role's policies, with or without a caller policy", async () => {
    for (const callerPolicy of [undefined, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }]) {
      const authoriser = createAuthoriser(resolveBehaviour({ callerPolicy }, 1), iam, { roles });
      const scan = dynamoRequest('Scan', keys.accessKeyId);
      expect(authoriser.inspects(scan.headers)).toBe(true);
      await authoriser.check(dynamoRequest('GetItem', keys.accessKeyId));
      const denied = await refusal(() => authoriser.check(scan));
      expect(denied.message).toBe(
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/scan-role/local-session is not authorized to perform: dynamodb:Scan on resource: ${TABLE} because no identity-based policy allows the dynamodb:Scan action`,
      );
    }
  });

  it('refuses a session key whose role no longer exists as an invalid token', async () => {
    const authoriser = createAuthoriser(resolveBehaviour({}, 1), iam, { roles: { roleById: () => undefined } });
    await expect(Promise.resolve().then(() => authoriser.check(dynamoRequest('GetItem', keys.accessKeyId)))).rejects.toMatchObject({ code: 'UnrecognizedClientException', status: 403 });
  });

  it('leave other callers alone when there is no caller policy', async () => {
    const authoriser = createAuthoriser(resolveBehaviour({}, 1), iam, { roles });
    const request = dynamoRequest('Scan', 'AKIDEXAMPLE');
    expect(authoriser.inspects(request.headers)).toBe(false);
    await authoriser.check(request);
  });
});

describe('the caller policy', () => {
  const at = new Date('2026-12-07T10:00:00.000Z');
  const check = async (policy: unknown, request: AwsRequest): Promise<void> =>
    createAuthoriser(resolveBehaviour({ callerPolicy: policy }, 1), iam, { roles, now: () => at }).check(request);

  it('sees the request context: source address, transport, region, time and principal', async () => {
    const when = (condition: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:Scan', Resource: '*', Condition: condition }] });
    await check(when({ IpAddress: { 'aws:SourceIp': '127.0.0.0/8' }, Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:RequestedRegion': 'us-east-1', 'aws:PrincipalAccount': ACCOUNT } }), dynamoRequest('Scan', 'AKIDEXAMPLE'));
    await check(when({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' }, ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:user/local-caller` } }), dynamoRequest('Scan', 'AKIDEXAMPLE'));
    // An Allow whose condition never holds grants nothing.
    await expect(check(when({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }), dynamoRequest('Scan', 'AKIDEXAMPLE'))).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses an operation the endpoint has no IAM action for, naming it', async () => {
    const denied = await refusal(() => check({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, dynamoRequest('DescribeGlobalTable', 'AKIDEXAMPLE', {})));
    expect(denied.message).toContain('dynamodb:DescribeGlobalTable');
    expect(denied.message).toContain('no IAM action and resource for this operation');
  });
});

describe('denial responses', () => {
  it('are rendered as each service sends them', () => {
    const dynamo = accessDeniedResponse(new AccessDeniedError('dynamodb', 'no'), 'r', true);
    expect(dynamo.status).toBe(400);
    expect(JSON.parse(String(dynamo.body))).toEqual({ __type: 'com.amazon.coral.service#AccessDeniedException', message: 'no' });
    const sqs = accessDeniedResponse(new AccessDeniedError('sqs', 'no'), 'r', true);
    expect([sqs.status, sqs.headers?.['x-amzn-query-error']]).toEqual([403, 'AccessDenied;Sender']);
    const lambda = accessDeniedResponse(new AccessDeniedError('lambda', 'no'), 'r', true);
    expect([lambda.status, lambda.headers?.['x-amzn-errortype'], String(lambda.body)]).toEqual([403, 'AccessDeniedException', '{"Message":"no"}']);
    const iamXml = accessDeniedResponse(new AccessDeniedError('iam', 'no'), 'r', false);
    expect(iamXml.status).toBe(403);
    expect(String(iamXml.body)).toContain('<Code>AccessDenied</Code>');
  });
});
