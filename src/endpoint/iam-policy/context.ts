// The request context IAM evaluates a role session's calls with: the global condition keys AWS sets
// for every request made with assumed-role credentials ("AWS global condition context keys",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
import type { AuthorizationRequest } from './evaluate';

export interface SessionContextInput {
  role: { RoleName: string; RoleId: string; Arn: string };
  sessionName: string;
  accountId: string;
  region: string;
  now?: number;
}

export function roleSessionContext(input: SessionContextInput): NonNullable<AuthorizationRequest['context']> {
  const now = input.now ?? Date.now();
  return {
    'aws:PrincipalArn': input.role.Arn,
    'aws:PrincipalAccount': input.accountId,
    'aws:PrincipalType': 'AssumedRole',
    'aws:userid': `${input.role.RoleId}:${input.sessionName}`,
    'aws:RequestedRegion': input.region,
    'aws:CurrentTime': new Date(now).toISOString(),
    'aws:EpochTime': Math.floor(now / 1000),
    'aws:SecureTransport': true,
    'aws:ViaAWSService': false,
  };
}
