// Least privilege, locally: a Task whose state machine role does not allow the action on the resource
// fails as on AWS (States.TaskFailed, AccessDenied in the cause). Only roles the emulated IAM knows are
// checked, from their inline policies (AdministratorAccess also counts); an unknown role is not checked.
import type { IamBackend } from '../../types';
import { TaskError } from './task-error';
import type { TaskEnvironment } from './tasks';

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: string | string[];
}

export function checkTaskPermission(resource: string, input: unknown, env: TaskEnvironment): void {
  const needed = requiredPermission(resource, input, env);
  if (!needed) return;
  const role = env.backends.iam.getRole(env.roleArn);
  if (!role) return;
  if (allows(role, needed.action, needed.resource)) return;
  throw new TaskError(
    'States.TaskFailed',
    `User: arn:aws:sts::${env.accountId}:assumed-role/${role.RoleName}/local is not authorized to perform: ${needed.action} on resource: ${needed.resource} because no identity-based policy allows the ${needed.action} action (Service: ${needed.action.split(':')[0]}; Status Code: 400; Error Code: AccessDeniedException)`,
  );
}

/** The IAM action and resource ARN a task needs, or undefined for resources not checked. */
function requiredPermission(resource: string, input: unknown, env: TaskEnvironment): { action: string; resource: string } | undefined {
  const params = (input ?? {}) as Record<string, unknown>;
  if (/^arn:aws[a-z-]*:lambda:/.test(resource)) return { action: 'lambda:InvokeFunction', resource: functionArn(resource, env) };
  const integration = /^arn:aws[a-z-]*:states:::(?:aws-sdk:)?([a-z0-9-]+):([A-Za-z]+)/.exec(resource);
  if (!integration) return undefined;
  const [, service, operation] = integration;
  const action = `${service}:${operation.charAt(0).toUpperCase()}${operation.slice(1)}`;
  if (service === 'lambda' && operation === 'invoke' && typeof params.FunctionName === 'string') {
    return { action: 'lambda:InvokeFunction', resource: functionArn(params.FunctionName, env) };
  }
  if (service === 'dynamodb' && typeof params.TableName === 'string') {
    return { action, resource: `arn:aws:dynamodb:${env.region}:${env.accountId}:table/${params.TableName}` };
  }
  if (service === 'sqs' && typeof params.QueueUrl === 'string') {
    const queue = env.backends.sqs.getQueue(params.QueueUrl, env.region);
    return queue ? { action, resource: queue.arn } : undefined;
  }
  return undefined;
}

function functionArn(ref: string, env: TaskEnvironment): string {
  const known = env.backends.lambda.getFunctionArn(ref, env.region);
  if (known) return known;
  return ref.startsWith('arn:') ? ref.split(':').slice(0, 7).join(':') : `arn:aws:lambda:${env.region}:${env.accountId}:function:${ref}`;
}

function allows(role: NonNullable<ReturnType<IamBackend['getRole']>>, action: string, resource: string): boolean {
  if ((role.ManagedPolicyArns ?? []).some((arn) => arn.endsWith(':policy/AdministratorAccess'))) return true;
  const statements = (role.Policies ?? []).flatMap((policy) => statementsOf(policy.PolicyDocument));
  const matching = statements.filter((s) => matchesAny(s.Action, action) && matchesAny(s.Resource, resource));
  if (matching.some((s) => s.Effect === 'Deny')) return false;
  return matching.some((s) => s.Effect === 'Allow');
}

function statementsOf(document: unknown): Statement[] {
  const parsed = typeof document === 'string' ? (JSON.parse(document) as unknown) : document;
  const statement = (parsed as { Statement?: Statement | Statement[] } | undefined)?.Statement;
  if (!statement) return [];
  return Array.isArray(statement) ? statement : [statement];
}

function matchesAny(patterns: string | string[] | undefined, value: string): boolean {
  const list = patterns === undefined ? [] : Array.isArray(patterns) ? patterns : [patterns];
  return list.some((pattern) => wildcard(pattern, value));
}

/** IAM's `*` and `?` wildcards (compared without regard to case: lenient for resources, as IAM is for actions). */
function wildcard(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(value);
}
