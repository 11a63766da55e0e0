import { describe, expect, it } from '@jest/globals';
import { requireLambdaCanAssume, requireStatesCanAssume, statesPrincipals, trustPolicyAllows } from '../../../src/endpoint/iam-policy/trust';
import { AwsError } from '../../../src/endpoint/types';
import { trustFor } from '../iam-standin';

const ROLE = 'arn:aws:iam::000000000000:role/steps';
const at = { accountId: '000000000000', region: 'eu-west-1', sourceArn: 'arn:aws:states:eu-west-1:000000000000:stateMachine:pump' };

describe('trustPolicyAllows', () => {
  it('accepts Step Functions under its global or its regional name', () => {
    expect(trustPolicyAllows(trustFor('states.amazonaws.com'), ROLE, statesPrincipals('eu-west-1'))).toBe(true);
    expect(trustPolicyAllows(trustFor('states.eu-west-1.amazonaws.com'), ROLE, statesPrincipals('eu-west-1'))).toBe(true);
    expect(trustPolicyAllows(trustFor('states.us-east-1.amazonaws.com'), ROLE, statesPrincipals('eu-west-1'))).toBe(false);
    expect(trustPolicyAllows(trustFor('lambda.amazonaws.com'), ROLE, statesPrincipals('eu-west-1'))).toBe(false);
  });

  it('evaluates the trust statement condition against the context the service sends', () => {
    const guarded = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '000000000000' }, ArnLike: { 'aws:SourceArn': 'arn:aws:states:*:000000000000:stateMachine:pump*' } } }] };
    expect(trustPolicyAllows(guarded, ROLE, 'states.amazonaws.com', { 'aws:SourceAccount': '000000000000', 'aws:SourceArn': at.sourceArn })).toBe(true);
    expect(trustPolicyAllows(guarded, ROLE, 'states.amazonaws.com', { 'aws:SourceAccount': '111111111111', 'aws:SourceArn': at.sourceArn })).toBe(false);
    expect(trustPolicyAllows(guarded, ROLE, 'states.amazonaws.com', { 'aws:SourceAccount': '000000000000', 'aws:SourceArn': 'arn:aws:states:eu-west-1:000000000000:stateMachine:other' })).toBe(false);
  });

  it('refuses when a Deny names the service or the action is not sts:AssumeRole', () => {
    const denied = { Version: '2012-10-17', Statement: [...trustFor('states.amazonaws.com').Statement, { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }] };
    expect(trustPolicyAllows(denied, ROLE, 'states.amazonaws.com')).toBe(false);
    const tagOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:TagSession' }] };
    expect(trustPolicyAllows(tagOnly, ROLE, 'states.amazonaws.com')).toBe(false);
  });
});

describe('the services answers', () => {
  const iam = (assumable: boolean) => ({ checkAssumable: () => assumable });

  it('Step Functions: AccessDeniedException in its own words', () => {
    expect(() => requireStatesCanAssume(iam(true), ROLE, at)).not.toThrow();
    const error = (() => {
      try {
        requireStatesCanAssume(iam(false), ROLE, at);
      } catch (e) {
        return e;
      }
    })() as AwsError;
    expect(error).toBeInstanceOf(AwsError);
    expect(error.code).toBe('AccessDeniedException');
    expect(error.message).toBe('Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.');
  });

  it('Lambda: InvalidParameterValueException in its own words', () => {
    expect(() => requireLambdaCanAssume(iam(true), ROLE, at)).not.toThrow();
    expect(() => requireLambdaCanAssume(iam(false), ROLE, at)).toThrow(expect.objectContaining({ code: 'InvalidParameterValueException', message: 'The role defined for the function cannot be assumed by Lambda.' }));
  });

  it('passes the account and the resource as aws:SourceAccount and aws:SourceArn', () => {
    const seen: unknown[] = [];
    requireStatesCanAssume({ checkAssumable: (_arn, principals, context) => (seen.push(principals, context), true) }, ROLE, at);
    expect(seen).toEqual([['states.amazonaws.com', 'states.eu-west-1.amazonaws.com'], expect.objectContaining({ 'aws:SourceAccount': '000000000000', 'aws:SourceArn': at.sourceArn })]);
  });
});
