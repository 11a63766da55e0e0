// A stack's service role (RoleARN): CloudFormation acts as it instead of the caller. The caller must be
// allowed iam:PassRole on it, and its trust policy must let cloudformation.amazonaws.com assume it
// ("AWS CloudFormation service role", CloudFormation User Guide:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html).
import { evaluatePolicies } from '../../iam-policy/evaluate';
import { AwsError, type IamBackend } from '../../types';
import { partitionOf } from './partition';

export const CLOUDFORMATION_PRINCIPAL = 'cloudformation.amazonaws.com';
/** The session name CloudFormation gives the role it assumes (as AWS's messages show it). */
export const CLOUDFORMATION_SESSION = 'AWSCloudFormation';
/** The user a --caller-policy describes (the request gate names the caller the same way). */
export const CALLER_USER_NAME = 'local-caller';

/** Who CloudFormation acts as while it provisions: its ARN in denial messages and its identity policies. */
export interface Authority {
  arn: string;
  policies: unknown[];
}

export function callerArn(accountId: string, region: string): string {
  return `arn:${partitionOf(region).name}:iam::${accountId}:user/${CALLER_USER_NAME}`;
}

/**
 * Whom the engine authorises each handler's permissions against: the stack's service role when it has
 * one, else the caller's policy; undefined (nothing checked) with neither, as before caller policies.
 */
export function authorityFor(iam: IamBackend, roleArn: string | undefined, callerPolicy: unknown, accountId: string, region: string): Authority | undefined {
  if (roleArn) {
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
    return {
      arn: `arn:${partitionOf(region).name}:sts::${accountId}:assumed-role/${roleName}/${CLOUDFORMATION_SESSION}`,
      // The role as IAM has propagated it: inline and attached managed policies; a role deleted since grants nothing.
      policies: iam.effectivePolicies(roleArn),
    };
  }
  if (callerPolicy === undefined) return undefined;
  return { arn: callerArn(accountId, region), policies: [callerPolicy] };
}

/**
 * The checks CreateStack, UpdateStack, CreateChangeSet and DeleteStack make on a RoleARN before any work:
 * the caller may pass it (iam:PassRole, with iam:PassedToService), and CloudFormation can assume it.
 */
export function checkServiceRole(iam: IamBackend, roleArn: string, callerPolicy: unknown, accountId: string, region: string): void {
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\/.+/.test(roleArn)) {
    throw new AwsError('ValidationError', `1 validation error detected: Value '${roleArn}' at 'roleARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.+:iam::[0-9]{12}:role/.*`);
  }
  if (callerPolicy !== undefined) {
    const decision = evaluatePolicies([callerPolicy], { action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': CLOUDFORMATION_PRINCIPAL } });
    if (decision !== 'Allow') {
      const why = decision === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : 'because no identity-based policy allows the iam:PassRole action';
      throw new AwsError('AccessDenied', `User: ${callerArn(accountId, region)} is not authorized to perform: iam:PassRole on resource: ${roleArn} ${why}`, 403);
    }
  }
  // As propagated: a role made a moment ago cannot be assumed yet (strict mode), as on AWS.
  const trusted = iam.checkAssumable(roleArn, CLOUDFORMATION_PRINCIPAL, { 'aws:SourceAccount': accountId, 'aws:RequestedRegion': region });
  if (!trusted) throw new AwsError('ValidationError', `Role ${roleArn} is invalid or cannot be assumed`);
}
