// Before it runs a resource handler, CloudFormation's handler makes its calls with the credentials it was
// given (the caller's forwarded session, or the stack's service role); a permission they lack fails the
// resource with the service's AccessDenied, in the handler's words. The permissions are the registry
// schema's handlers.<op>.permissions (handler-permissions.json).
import { evaluatePolicies } from '../../iam-policy/evaluate';
import { HandlerFailure, accessDeniedStatus, sdkServiceOfAction } from './handler-error';
import { checkedPermissions, type HandlerOperation } from './handler-permissions';
import type { Authority } from './service-role';

/** Which service a role property is passed to (iam:PassedToService), by resource type. */
const PASSED_ROLE: Record<string, { property: string; service: string }> = {
  'AWS::Lambda::Function': { property: 'Role', service: 'lambda.amazonaws.com' },
  'AWS::StepFunctions::StateMachine': { property: 'RoleArn', service: 'states.amazonaws.com' },
};

export interface HandlerTarget {
  type: string;
  /** The physical resource's ARN when known (it is the resource of each check), else `*`. */
  resourceArn?: string;
  /** The resource's properties (the role it passes is iam:PassRole's resource). */
  properties: Record<string, unknown>;
}

/** The AccessDenied message as services send it; SQS names its actions in lower case, `*` is left unsaid. */
function denial(principal: string, action: string, resource: string, explicit: boolean): string {
  const named = action.startsWith('sqs:') ? action.toLowerCase() : action;
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  const why = explicit ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${named} action`;
  return `User: ${principal} is not authorized to perform: ${named}${on} ${why}`;
}

/** Throws the handler's AccessDenied for the first permission of `operation` that `authority` lacks. */
export function authorizeHandler(authority: Authority | undefined, operation: HandlerOperation, target: HandlerTarget): void {
  if (!authority) return;
  const passed = PASSED_ROLE[target.type];
  for (const action of checkedPermissions(target.type, operation)) {
    let resource = target.resourceArn ?? '*';
    let context: Record<string, string> | undefined;
    if (action === 'iam:PassRole') {
      const role = passed ? target.properties[passed.property] : undefined;
      resource = typeof role === 'string' && role !== '' ? role : '*';
      context = passed ? { 'iam:PassedToService': passed.service } : undefined;
    }
    const decision = evaluatePolicies(authority.policies, { action, resource, context });
    if (decision === 'Allow') continue;
    throw new HandlerFailure(denial(authority.arn, action, resource, decision === 'ExplicitDeny'), 'AccessDenied', sdkServiceOfAction(action), accessDeniedStatus(action));
  }
}
