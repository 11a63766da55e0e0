import { describe, expect, it } from '@jest/globals';
import { evaluatePolicies, evaluateResourcePolicies, type AuthorizationRequest } from '../../../src/endpoint/iam-policy/evaluate';

const TABLE = 'arn:aws:dynamodb:us-east-1:000000000000:table/messages';
const QUEUE = 'arn:aws:sqs:us-east-1:000000000000:send';

const policy = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', ...extra });
const deny = (extra: Record<string, unknown>) => ({ Effect: 'Deny', ...extra });
const scan = (context?: AuthorizationRequest['context']): AuthorizationRequest => ({ action: 'dynamodb:Scan', resource: TABLE, context });

describe('evaluatePolicies: actions and resources', () => {
  it('allows a listed action on a listed resource and implicitly denies anything else', () => {
    const docs = [policy(allow({ Action: ['dynamodb:GetItem', 'dynamodb:Scan'], Resource: TABLE }))];
    expect(evaluatePolicies(docs, scan())).toBe('Allow');
    expect(evaluatePolicies(docs, { action: 'dynamodb:PutItem', resource: TABLE })).toBe('ImplicitDeny');
    expect(evaluatePolicies(docs, { action: 'dynamodb:Scan', resource: `${TABLE}2` })).toBe('ImplicitDeny');
    expect(evaluatePolicies([], scan())).toBe('ImplicitDeny');
  });

  it('reads JSON text documents and a single statement object', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' } });
    expect(evaluatePolicies([text], scan())).toBe('Allow');
    expect(evaluatePolicies(['not json'], scan())).toBe('ImplicitDeny');
    // an identity statement without Resource is invalid and applies to nothing
    expect(evaluatePolicies([policy(allow({ Action: '*' }))], scan())).toBe('ImplicitDeny');
  });

  it('matches actions case-insensitively with * and ?', () => {
    expect(evaluatePolicies([policy(allow({ Action: 'DynamoDB:scan', Resource: '*' }))], scan())).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: 'dynamodb:Get*', Resource: '*' }))], { action: 'dynamodb:GetItem', resource: TABLE })).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: 'dynamodb:Get*', Resource: '*' }))], scan())).toBe('ImplicitDeny');
    expect(evaluatePolicies([policy(allow({ Action: 'dynamodb:Sc?n', Resource: '*' }))], scan())).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: 'dynamodb:S?n', Resource: '*' }))], scan())).toBe('ImplicitDeny');
  });

  it('matches resources case-sensitively, each ARN part on its own', () => {
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:*:*:table/messages' }))], scan())).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:*:*:table/Messages' }))], scan())).toBe('ImplicitDeny');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/mess?ges' }))], scan())).toBe('Allow');
    // a * inside a part stays in it; a * ending a part may run on across colons
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:us-*1:table/messages' }))], scan())).toBe('ImplicitDeny');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:u?-east-1:*:table/messages' }))], scan())).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:*' }))], scan())).toBe('Allow');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:sqs:*' }))], scan())).toBe('ImplicitDeny');
    expect(evaluatePolicies([policy(allow({ Action: '*', Resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/*' }))], { action: 'dynamodb:Query', resource: `${TABLE}/index/byDate` })).toBe('Allow');
  });

  it('grants everything but the named actions with NotAction, and everything but the named resources with NotResource', () => {
    const notAction = [policy(allow({ NotAction: ['iam:*', 'sts:*'], Resource: '*' }))];
    expect(evaluatePolicies(notAction, scan())).toBe('Allow');
    expect(evaluatePolicies(notAction, { action: 'iam:PassRole', resource: 'arn:aws:iam::000000000000:role/r' })).toBe('ImplicitDeny');
    const notResource = [policy(allow({ Action: 'sqs:*', NotResource: QUEUE }))];
    expect(evaluatePolicies(notResource, { action: 'sqs:SendMessage', resource: `${QUEUE}-other` })).toBe('Allow');
    expect(evaluatePolicies(notResource, { action: 'sqs:SendMessage', resource: QUEUE })).toBe('ImplicitDeny');
  });

  it('lets an explicit Deny win over any Allow, in any document', () => {
    const docs = [policy(allow({ Action: '*', Resource: '*' })), policy(deny({ Action: 'dynamodb:Scan', Resource: TABLE }))];
    expect(evaluatePolicies(docs, scan())).toBe('ExplicitDeny');
    expect(evaluatePolicies(docs, { action: 'dynamodb:GetItem', resource: TABLE })).toBe('Allow');
    expect(evaluatePolicies([policy(deny({ NotAction: 'sqs:*', Resource: '*' }))], scan())).toBe('ExplicitDeny');
  });
});

describe('evaluatePolicies: conditions', () => {
  const withCondition = (Condition: Record<string, unknown>) => [policy(allow({ Action: 'dynamodb:Scan', Resource: '*', Condition }))];

  it('never allows under a condition whose key the request lacks', () => {
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:SourceAccount': '111111111111' } }), scan({ 'aws:SourceAccount': '000000000000' }))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:SourceAccount': '000000000000' } }), scan({ 'aws:sourceaccount': '000000000000' }))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:PrincipalTag/team': 'x' } }), scan())).toBe('ImplicitDeny');
  });

  it('treats a missing key as true for negated operators, and for IfExists', () => {
    expect(evaluatePolicies(withCondition({ StringNotEquals: { 'aws:PrincipalTag/team': 'x' } }), scan())).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringNotEquals: { 'aws:PrincipalTag/team': 'x' } }), scan({ 'aws:PrincipalTag/team': 'x' }))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'x' } }), scan())).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'x' } }), scan({ 'aws:PrincipalTag/team': 'y' }))).toBe('ImplicitDeny');
  });

  it('ORs the values of one key, ANDs keys and operators, NORs the values of a negated operator', () => {
    const ctx = { 'aws:SourceAccount': '000000000000', 'aws:RequestedRegion': 'us-east-1' };
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:SourceAccount': ['1', '000000000000'] } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:SourceAccount': '000000000000', 'aws:RequestedRegion': 'eu-west-1' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringEquals: { 'aws:SourceAccount': '000000000000' }, StringLike: { 'aws:RequestedRegion': 'us-*' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'ap-south-1'] } }), scan(ctx))).toBe('Allow');
  });

  it('compares strings ignoring case, with Like patterns, and ARNs', () => {
    const ctx = { 'aws:SourceArn': 'arn:aws:states:us-east-1:000000000000:stateMachine:pump', team: 'Blue' };
    expect(evaluatePolicies(withCondition({ StringEqualsIgnoreCase: { team: 'blue' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ StringEquals: { team: 'blue' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringNotEqualsIgnoreCase: { team: 'BLUE' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ StringNotLike: { team: 'B*' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ ArnLike: { 'aws:SourceArn': 'arn:aws:states:*:000000000000:stateMachine:*' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ ArnEquals: { 'aws:SourceArn': 'arn:aws:states:us-east-1:000000000000:stateMachine:other' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:lambda:*' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ ArnNotEquals: { 'aws:SourceArn': ctx['aws:SourceArn'] } }), scan(ctx))).toBe('ImplicitDeny');
  });

  it('compares booleans, numbers and dates, and tests presence with Null', () => {
    const ctx = { 'aws:SecureTransport': true, 'aws:MultiFactorAuthAge': 300, 'aws:CurrentTime': '2026-01-02T00:00:00Z' };
    expect(evaluatePolicies(withCondition({ Bool: { 'aws:SecureTransport': 'true' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ Bool: { 'aws:SecureTransport': 'false' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': 301 } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ NumericNotEquals: { 'aws:MultiFactorAuthAge': '300' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ DateLessThan: { 'aws:CurrentTime': '1767225600' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ Null: { 'aws:TokenIssueTime': 'true' } }), scan(ctx))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ Null: { 'aws:SecureTransport': 'true' } }), scan(ctx))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ Null: { 'aws:SecureTransport': 'false' } }), scan(ctx))).toBe('Allow');
  });

  it('applies ForAnyValue and ForAllValues to multivalued keys', () => {
    const tags = { 'aws:TagKeys': ['env', 'team'] };
    expect(evaluatePolicies(withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }), scan(tags))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }), scan(tags))).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env', 'cost'] } }), scan(tags))).toBe('Allow');
    // ForAllValues holds over a missing key; ForAnyValue does not
    expect(evaluatePolicies(withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }), scan())).toBe('Allow');
    expect(evaluatePolicies(withCondition({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }), scan())).toBe('ImplicitDeny');
    expect(evaluatePolicies(withCondition({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['team'] } }), scan(tags))).toBe('Allow');
    expect(evaluatePolicies(withCondition({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['team'] } }), scan(tags))).toBe('ImplicitDeny');
  });

  it('never holds for an unknown operator', () => {
    expect(evaluatePolicies(withCondition({ StringSortOf: { 'aws:SourceAccount': '0' } }), scan({ 'aws:SourceAccount': '0' }))).toBe('ImplicitDeny');
  });

  it('makes a Deny under a false condition not apply', () => {
    const docs = [policy(allow({ Action: '*', Resource: '*' }), deny({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))];
    expect(evaluatePolicies(docs, scan({ 'aws:SecureTransport': true }))).toBe('Allow');
    expect(evaluatePolicies(docs, scan({ 'aws:SecureTransport': false }))).toBe('ExplicitDeny');
  });
});

describe('evaluatePolicies: policy variables', () => {
  it('replaces variables in resources and condition values of 2012-10-17 documents', () => {
    const docs = [policy(allow({ Action: 'sqs:*', Resource: 'arn:aws:sqs:*:*:${aws:username}-*' }))];
    expect(evaluatePolicies(docs, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:alice-q', context: { 'aws:username': 'alice' } })).toBe('Allow');
    expect(evaluatePolicies(docs, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:bob-q', context: { 'aws:username': 'alice' } })).toBe('ImplicitDeny');
    // no value for the variable: the pattern matches nothing
    expect(evaluatePolicies(docs, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:-q' })).toBe('ImplicitDeny');
    const withDefault = [policy(allow({ Action: 'sqs:*', Resource: "arn:aws:sqs:*:*:${aws:username, 'shared'}" }))];
    expect(evaluatePolicies(withDefault, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:shared' })).toBe('Allow');
    const inCondition = [policy(allow({ Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } } }))];
    expect(evaluatePolicies(inCondition, { action: 'sqs:SendMessage', resource: QUEUE, context: { 'aws:username': 'a', 'aws:PrincipalTag/owner': 'a' } })).toBe('Allow');
    expect(evaluatePolicies(inCondition, { action: 'sqs:SendMessage', resource: QUEUE, context: { 'aws:username': 'a', 'aws:PrincipalTag/owner': 'b' } })).toBe('ImplicitDeny');
  });

  it('takes ${*} and ${?} as the characters themselves, not wildcards', () => {
    const docs = [policy(allow({ Action: 'sqs:*', Resource: 'arn:aws:sqs:*:*:q${*}' }))];
    expect(evaluatePolicies(docs, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:q*' })).toBe('Allow');
    expect(evaluatePolicies(docs, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:queue' })).toBe('ImplicitDeny');
    const like = [policy(allow({ Action: '*', Resource: '*', Condition: { StringLike: { 'aws:PrincipalTag/t': 'a${?}*' }, StringEquals: { 'aws:PrincipalTag/u': '${*}' } } }))];
    expect(evaluatePolicies(like, { action: 'sqs:SendMessage', resource: QUEUE, context: { 'aws:PrincipalTag/t': 'a?bc', 'aws:PrincipalTag/u': '*' } })).toBe('Allow');
    expect(evaluatePolicies(like, { action: 'sqs:SendMessage', resource: QUEUE, context: { 'aws:PrincipalTag/t': 'abbc', 'aws:PrincipalTag/u': '*' } })).toBe('ImplicitDeny');
  });

  it('reads variables literally in documents without Version 2012-10-17', () => {
    const old = [{ Statement: [allow({ Action: 'sqs:*', Resource: 'arn:aws:sqs:*:*:${aws:username}' })] }];
    expect(evaluatePolicies(old, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:alice', context: { 'aws:username': 'alice' } })).toBe('ImplicitDeny');
    expect(evaluatePolicies(old, { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:0:${aws:username}' })).toBe('Allow');
  });
});

describe('evaluateResourcePolicies', () => {
  const trust = (Principal: unknown, Condition?: Record<string, unknown>) => [policy({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) })];
  const assume = { action: 'sts:AssumeRole', resource: 'arn:aws:iam::000000000000:role/r' };

  it('applies a statement only to the principal it names', () => {
    expect(evaluateResourcePolicies(trust({ Service: 'states.amazonaws.com' }), assume, { type: 'Service', id: 'states.amazonaws.com' })).toBe('Allow');
    expect(evaluateResourcePolicies(trust({ Service: ['lambda.amazonaws.com'] }), assume, { type: 'Service', id: 'states.amazonaws.com' })).toBe('ImplicitDeny');
    expect(evaluateResourcePolicies(trust('*'), assume, { type: 'Service', id: 'states.amazonaws.com' })).toBe('Allow');
    expect(evaluateResourcePolicies(trust({ AWS: '000000000000' }), assume, { type: 'AWS', id: 'arn:aws:iam::000000000000:role/x' })).toBe('Allow');
    expect(evaluateResourcePolicies(trust({ AWS: 'arn:aws:iam::111111111111:root' }), assume, { type: 'AWS', id: 'arn:aws:iam::000000000000:role/x' })).toBe('ImplicitDeny');
  });

  it('evaluates the trust statement condition', () => {
    const docs = trust({ Service: 'states.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '000000000000' } });
    expect(evaluateResourcePolicies(docs, { ...assume, context: { 'aws:SourceAccount': '000000000000' } }, { type: 'Service', id: 'states.amazonaws.com' })).toBe('Allow');
    expect(evaluateResourcePolicies(docs, { ...assume, context: { 'aws:SourceAccount': '111111111111' } }, { type: 'Service', id: 'states.amazonaws.com' })).toBe('ImplicitDeny');
  });
});
