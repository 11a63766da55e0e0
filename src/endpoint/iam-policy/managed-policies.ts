// The AWS managed policies the endpoint knows, by ARN (documents committed as data, with their sources,
// in managed-policies.json). A managed policy ARN not listed there resolves to nothing and so grants nothing.
import data from './managed-policies.json' with { type: 'json' };

export interface ManagedPolicy {
  name: string;
  policyVersion: string;
  sources: string[];
  retrieved: string;
  document: unknown;
}

const POLICIES = (data as { policies: Record<string, ManagedPolicy> }).policies;

/** An AWS managed policy with its provenance, or undefined when the endpoint does not carry it. */
export function managedPolicy(policyArn: string): ManagedPolicy | undefined {
  // Managed policies are global: the same ARN in every partition's spelling.
  const normalised = policyArn.replace(/^arn:aws[\w-]*:iam::aws:policy\//, 'arn:aws:iam::aws:policy/');
  return Object.hasOwn(POLICIES, normalised) ? POLICIES[normalised] : undefined;
}

/** The document of an AWS managed policy, or undefined when the endpoint does not carry it. */
export function managedPolicyDocument(policyArn: string): unknown {
  return managedPolicy(policyArn)?.document;
}

/** The ARNs of the AWS managed policies the endpoint carries. */
export function knownManagedPolicyArns(): string[] {
  return Object.keys(POLICIES);
}
