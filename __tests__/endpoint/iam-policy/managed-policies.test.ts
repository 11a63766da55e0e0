import { describe, expect, it } from '@jest/globals';
import { evaluatePolicies } from '../../../src/endpoint/iam-policy/evaluate';
import { knownManagedPolicyArns, managedPolicy, managedPolicyDocument } from '../../../src/endpoint/iam-policy/managed-policies';

const QUEUE = 'arn:aws:sqs:us-east-1:000000000000:send';
const TABLE = 'arn:aws:dynamodb:us-east-1:000000000000:table/messages';
const doc = (name: string, path = '') => [managedPolicyDocument(`arn:aws:iam::aws:policy/${path}${name}`)];

describe('managed policies', () => {
  it('carries the policies the pump and its variants attach', () => {
    expect(knownManagedPolicyArns()).toEqual(expect.arrayContaining([
      'arn:aws:iam::aws:policy/AdministratorAccess',
      'arn:aws:iam::aws:policy/AmazonSQSFullAccess',
      'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
      'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaRole',
      'arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess',
    ]));
  });

  it('grants what each document says', () => {
    expect(evaluatePolicies(doc('AmazonSQSFullAccess'), { action: 'sqs:SendMessage', resource: QUEUE })).toBe('Allow');
    expect(evaluatePolicies(doc('AmazonSQSFullAccess'), { action: 'dynamodb:Scan', resource: TABLE })).toBe('ImplicitDeny');
    expect(evaluatePolicies(doc('AmazonDynamoDBReadOnlyAccess'), { action: 'dynamodb:Scan', resource: TABLE })).toBe('Allow');
    expect(evaluatePolicies(doc('AmazonDynamoDBReadOnlyAccess'), { action: 'dynamodb:PutItem', resource: TABLE })).toBe('ImplicitDeny');
    expect(evaluatePolicies(doc('AmazonDynamoDBFullAccess'), { action: 'dynamodb:PutItem', resource: TABLE })).toBe('Allow');
    expect(evaluatePolicies(doc('AWSLambdaRole', 'service-role/'), { action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:000000000000:function:f' })).toBe('Allow');
    expect(evaluatePolicies(doc('AWSLambdaBasicExecutionRole', 'service-role/'), { action: 'lambda:InvokeFunction', resource: '*' })).toBe('ImplicitDeny');
    expect(evaluatePolicies(doc('AdministratorAccess'), { action: 'iam:PassRole', resource: '*' })).toBe('Allow');
    expect(evaluatePolicies(doc('AWSStepFunctionsFullAccess'), { action: 'states:StartExecution', resource: '*' })).toBe('Allow');
  });

  it('resolves an unknown managed policy to nothing', () => {
    expect(managedPolicyDocument('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined();
    expect(managedPolicyDocument('arn:aws:iam::000000000000:policy/Mine')).toBeUndefined();
  });

  it('names where each document came from and when', () => {
    for (const arn of knownManagedPolicyArns()) {
      const policy = managedPolicy(arn);
      expect(policy?.sources.some((url) => url.startsWith('https://docs.aws.amazon.com/aws-managed-policy/'))).toBe(true);
      expect(policy?.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(arn.endsWith(`/${policy?.name}`)).toBe(true);
    }
  });
});
