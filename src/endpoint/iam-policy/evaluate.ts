// IAM's policy evaluation logic for identity-based (and, with a principal, resource-based) policies:
// an explicit Deny wins, otherwise any Allow allows, otherwise the request is implicitly denied.
// Follows "Policy evaluation logic" and the "IAM JSON policy elements reference" of the IAM User Guide
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
import { conditionBlockHolds, type ContextValue, type RequestContext } from './conditions';
import { matchesAction, matchesResource } from './wildcards';
import { substituteVariables } from './variables';

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
export type { ContextValue, RequestContext } from './conditions';

export interface AuthorizationRequest {
  action: string;
  resource: string;
  context?: Record<string, string | string[] | boolean | number | undefined>;
}

/** Who makes a request, for policies that name principals (trust policies, resource policies). */
export interface RequestPrincipal {
  /** 'Service' for an AWS service principal (states.amazonaws.com), 'AWS' for an account, user or role ARN. */
  type: 'Service' | 'AWS' | 'Federated';
  id: string;
}

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: unknown;
  NotPrincipal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export interface ParsedPolicy {
  /** Policy variables are only replaced in documents of Version 2012-10-17; older ones read them literally. */
  variables: boolean;
  statements: PolicyStatement[];
}

const asList = (value: unknown): string[] | undefined => {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
};

/**
 * A policy document (JSON text or parsed) as statements; a document that is not a policy grants
 * nothing (IAM refuses such documents when they are stored, so only hand-made callers meet this).
 */
export function parsePolicy(document: unknown): ParsedPolicy {
  let parsed: unknown = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document);
    } catch {
      return { variables: false, statements: [] };
    }
  }
  if (!parsed || typeof parsed !== 'object') return { variables: false, statements: [] };
  const { Version, Statement } = parsed as { Version?: unknown; Statement?: unknown };
  const raw = Statement === undefined ? [] : Array.isArray(Statement) ? Statement : [Statement];
  const statements: PolicyStatement[] = [];
  for (const entry of raw as Record<string, unknown>[]) {
    if (!entry || typeof entry !== 'object' || (entry.Effect !== 'Allow' && entry.Effect !== 'Deny')) continue;
    statements.push({
      Sid: typeof entry.Sid === 'string' ? entry.Sid : undefined,
      Effect: entry.Effect,
      Action: asList(entry.Action),
      NotAction: asList(entry.NotAction),
      Resource: asList(entry.Resource),
      NotResource: asList(entry.NotResource),
      Principal: entry.Principal,
      NotPrincipal: entry.NotPrincipal,
      Condition: entry.Condition && typeof entry.Condition === 'object' ? (entry.Condition as Record<string, Record<string, unknown>>) : undefined,
    });
  }
  return { variables: Version === '2012-10-17', statements };
}

/** Context keys are case-insensitive in IAM; values keep their case. */
export function normaliseContext(context: AuthorizationRequest['context']): RequestContext {
  const normalised: RequestContext = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(context ?? {})) {
    if (value === undefined) continue;
    normalised.set(key.toLowerCase(), Array.isArray(value) ? value.map(String) : String(value));
  }
  return normalised;
}

function actionApplies(statement: PolicyStatement, action: string): boolean {
  if (statement.Action) return statement.Action.some((pattern) => matchesAction(pattern, action));
  if (statement.NotAction) return !statement.NotAction.some((pattern) => matchesAction(pattern, action));
  return false;
}

function resourceApplies(statement: PolicyStatement, resource: string, context: RequestContext, variables: boolean, resourceBased: boolean): boolean {
  const resolve = (pattern: string): string | undefined => (variables ? substituteVariables(pattern, context) : pattern);
  const matches = (pattern: string): boolean => {
    const resolved = resolve(pattern);
    // A variable with no value in the request makes that pattern match nothing.
    return resolved !== undefined && matchesResource(resolved, resource);
  };
  if (statement.Resource) return statement.Resource.some(matches);
  if (statement.NotResource) return !statement.NotResource.some(matches);
  // A resource-based policy may leave Resource out (a trust policy's resource is its role); an identity
  // statement without one is invalid (IAM refuses to store it) and applies to nothing.
  return resourceBased;
}

/** Whether a Principal element names the requester. */
export function principalMatches(element: unknown, principal: RequestPrincipal, accountOf: (arn: string) => string | undefined = accountFromArn): boolean {
  if (element === '*') return true;
  if (!element || typeof element !== 'object') return false;
  const entries = asList((element as Record<string, unknown>)[principal.type]) ?? [];
  return entries.some((entry) => {
    if (entry === '*') return true;
    if (principal.type === 'Service') return entry.toLowerCase() === principal.id.toLowerCase();
    if (principal.type === 'AWS') {
      // An account id or its root ARN stands for every principal of that account.
      const account = /^\d{12}$/.test(entry) ? entry : /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(entry)?.[1];
      if (account) return accountOf(principal.id) === account || principal.id === account;
    }
    return entry === principal.id;
  });
}

function accountFromArn(arn: string): string | undefined {
  return /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1];
}

/** Whether one statement applies to the request (Principal checked only when a principal is given). */
export function statementApplies(statement: PolicyStatement, request: AuthorizationRequest, options: { variables: boolean; principal?: RequestPrincipal; context?: RequestContext }): boolean {
  const context = options.context ?? normaliseContext(request.context);
  if (options.principal) {
    if (statement.Principal !== undefined && !principalMatches(statement.Principal, options.principal)) return false;
    if (statement.NotPrincipal !== undefined && principalMatches(statement.NotPrincipal, options.principal)) return false;
    if (statement.Principal === undefined && statement.NotPrincipal === undefined) return false;
  }
  if (!actionApplies(statement, request.action)) return false;
  if (!resourceApplies(statement, request.resource, context, options.variables, options.principal !== undefined)) return false;
  return conditionBlockHolds(statement.Condition, context, options.variables);
}

function decide(documents: unknown[], request: AuthorizationRequest, principal?: RequestPrincipal): Decision {
  const context = normaliseContext(request.context);
  let allowed = false;
  for (const document of documents) {
    const policy = parsePolicy(document);
    for (const statement of policy.statements) {
      if (!statementApplies(statement, request, { variables: policy.variables, principal, context })) continue;
      if (statement.Effect === 'Deny') return 'ExplicitDeny';
      allowed = true;
    }
  }
  return allowed ? 'Allow' : 'ImplicitDeny';
}

/** documents: parsed or JSON-text identity policy documents */
export function evaluatePolicies(documents: unknown[], request: AuthorizationRequest): Decision {
  return decide(documents, request);
}

/**
 * Resource-based policies (a role's trust policy among them): a statement applies only when its
 * Principal (or NotPrincipal) names the requester.
 */
export function evaluateResourcePolicies(documents: unknown[], request: AuthorizationRequest, principal: RequestPrincipal): Decision {
  return decide(documents, request, principal);
}
