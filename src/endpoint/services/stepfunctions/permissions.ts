// Least privilege, locally: a Task whose state machine role does not allow the action on the resource
// fails as on AWS (States.TaskFailed, AccessDenied in the cause). The role's policies are evaluated as
// IAM does (iam-policy/evaluate.ts) as they are in force for Step Functions: inline and attached managed,
// after IAM propagation. A role that does not exist (any more) for Step Functions allows nothing.
import { roleSessionContext } from '../../iam-policy/context';
import { evaluatePolicies } from '../../iam-policy/evaluate';
import { TaskError } from './task-error';
import type { TaskEnvironment } from './tasks';

/** The session Step Functions' calls are made in, as assumed-role ARNs in denials name it. */
const SESSION_NAME = 'local';

export function checkTaskPermission(resource: string, input: unknown, env: TaskEnvironment): void {
  const needed = requiredPermission(resource, input, env);
  if (!needed) return;
  const role = env.backends.iam.effectiveRole(env.roleArn);
  const roleName = role?.RoleName ?? env.roleArn.slice(env.roleArn.lastIndexOf('/') + 1);
  const decision = role
    ? evaluatePolicies(role.policies, {
        action: needed.action,
        resource: needed.resource,
        context: roleSessionContext({ role, sessionName: SESSION_NAME, accountId: env.accountId, region: env.region }),
      })
    : 'ImplicitDeny';
  if (decision === 'Allow') return;
  const why = decision === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${needed.action} action`;
  throw new TaskError(
    'States.TaskFailed',
    `User: arn:aws:sts::${env.accountId}:assumed-role/${roleName}/${SESSION_NAME} is not authorized to perform: ${needed.action} on resource: ${needed.resource} ${why} (Service: ${needed.action.split(':')[0]}; Status Code: 400; Error Code: AccessDeniedException)`,
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
