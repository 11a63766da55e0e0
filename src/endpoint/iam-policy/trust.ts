// Whether an AWS service may assume a role: the role must exist (as propagated to the service) and
// its trust policy must allow the service principal sts:AssumeRole, with the context the service sends
// (aws:SourceAccount, aws:SourceArn; "AWS global condition context keys" and "The confused deputy
// problem", https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html). Step Functions and
// Lambda check this when a role is handed to them and answer with the errors below.
import { AwsError, type IamBackend } from '../types';
import { evaluateResourcePolicies } from './evaluate';

/** Whether a trust policy lets one of the service principals assume the role. */
export function trustPolicyAllows(trustPolicy: unknown, roleArn: string, servicePrincipals: string | string[], context: Record<string, string | undefined> = {}): boolean {
  const principals = Array.isArray(servicePrincipals) ? servicePrincipals : [servicePrincipals];
  return principals.some(
    (id) => evaluateResourcePolicies([trustPolicy], { action: 'sts:AssumeRole', resource: roleArn, context }, { type: 'Service', id }) === 'Allow',
  );
}

/** The service principals of Step Functions in a region: the global one and the regional one. */
export function statesPrincipals(region: string): string[] {
  return ['states.amazonaws.com', `states.${region}.amazonaws.com`];
}

export const LAMBDA_PRINCIPAL = 'lambda.amazonaws.com';

export interface AssumeContext {
  accountId: string;
  region: string;
  /** The resource the role is for (the state machine or function ARN), sent as aws:SourceArn. */
  sourceArn?: string;
}

function contextOf(at: AssumeContext): Record<string, string | undefined> {
  return { 'aws:SourceAccount': at.accountId, 'aws:SourceArn': at.sourceArn, 'aws:RequestedRegion': at.region };
}

/** CreateStateMachine/UpdateStateMachine: Step Functions' answer when it cannot assume the role. */
export function requireStatesCanAssume(iam: Pick<IamBackend, 'checkAssumable'>, roleArn: string, at: AssumeContext): void {
  if (iam.checkAssumable(roleArn, statesPrincipals(at.region), contextOf(at))) return;
  throw new AwsError('AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.');
}

/** CreateFunction/UpdateFunctionConfiguration: Lambda's answer when it cannot assume the role. */
export function requireLambdaCanAssume(iam: Pick<IamBackend, 'checkAssumable'>, roleArn: string, at: AssumeContext): void {
  if (iam.checkAssumable(roleArn, LAMBDA_PRINCIPAL, contextOf(at))) return;
  throw new AwsError('InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.');
}
