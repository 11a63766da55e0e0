// For every operation the local endpoint serves (and a few close relatives callers meet), the IAM
// action(s) and resource ARN(s) AWS authorises it with. An operation missing here is refused under a
// caller policy with a message naming it: nothing passes unchecked.
//
// Source: the Service Authorization Reference, "Actions, resources, and condition keys for" Amazon
// DynamoDB, Amazon SQS, AWS Lambda, AWS Step Functions, AWS CloudFormation, AWS Identity and Access
// Management, and AWS Security Token Service
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html),
// with the service guides it points to where an operation needs several actions:
// - "Using IAM with DynamoDB transactions" (a transaction is authorised per item as PutItem, UpdateItem,
//   DeleteItem, ConditionCheckItem, GetItem, with dynamodb:EnclosingOperation);
// - "Amazon SQS API permissions: Actions and resource reference" (batch operations are authorised as
//   their single-message actions; ListQueues on arn:aws:sqs:<region>:<account>:*; tagging on create
//   also needs sqs:TagQueue);
// - "Fine-tuning the Resources and Conditions sections of policies" (Lambda: a qualified call is
//   authorised on the version or alias ARN);
// - "Authorization for versions and aliases in Step Functions workflows" (a version or alias ARN is
//   authorised as the state machine's ARN, the qualifier in states:StateMachineQualifier; publish on
//   create/update also needs states:PublishStateMachineVersion);
// - IAM User Guide, "Granting a user permissions to pass a role to an AWS service" (iam:PassRole with
//   iam:PassedToService wherever a role ARN is handed to a service).
// sts:GetCallerIdentity needs no permission ("No permissions are required to perform this operation",
// GetCallerIdentity API reference): it is listed with no authorisations.
// Read on 2026-12-07.
import { functionArn, indexArn, managedPolicyArn, queueArn, roleArn, stackArn, stateMachineArn, tableArn } from './arns';
import type { ServiceCall } from './call';

export type ContextValue = string | string[] | boolean | number | undefined;

/** One permission a request needs: IAM evaluates each, and all must be allowed. */
export interface Authorisation {
  /** `service:Action`, e.g. dynamodb:PutItem. */
  action: string;
  /** The resource ARN, or `*` where the action has no resource-level permission. */
  resource: string;
  /** Operation-specific condition keys (iam:PassedToService, dynamodb:EnclosingOperation, …). */
  context?: Record<string, ContextValue>;
}

/** What the table may ask about the endpoint's state to name a resource exactly. */
export interface ResourceLookup {
  /** A role's ARN (with its path) by name, when the role exists. */
  roleArn(roleName: string): string | undefined;
}

type Resolve = (call: ServiceCall, lookup: ResourceLookup) => Authorisation[];

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const member = (call: ServiceCall, name: string): string => str(call.json[name]);
const param = (call: ServiceCall, name: string): string => call.params.get(name) ?? '';
const one = (action: string, resource: string, context?: Record<string, ContextValue>): Authorisation[] => [{ action, resource, ...(context ? { context } : {}) }];

/** Roles handed to a service must be passable by the caller, to that service. */
export function passRole(role: string, accountId: string, service: string): Authorisation {
  return { action: 'iam:PassRole', resource: roleArn(accountId, role), context: { 'iam:PassedToService': service } };
}

// ---- DynamoDB ----

const table = (call: ServiceCall, name = member(call, 'TableName')): string => tableArn(call.region, call.accountId, name);
const onTable = (action: string): Resolve => (call) => one(`dynamodb:${action}`, table(call));
/** Query and Scan on an index are authorised on the index's ARN. */
const onTableOrIndex = (action: string): Resolve => (call) => {
  const index = member(call, 'IndexName');
  return one(`dynamodb:${action}`, index ? indexArn(call.region, call.accountId, member(call, 'TableName'), index) : table(call));
};
const onEachTable = (action: string): Resolve => (call) => {
  const tables = Object.keys((call.json.RequestItems as Record<string, unknown> | undefined) ?? {});
  return tables.map((name) => ({ action: `dynamodb:${action}`, resource: table(call, name) }));
};
const TRANSACT_ACTIONS: Record<string, string> = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem', Get: 'GetItem' };
const transaction = (operation: string): Resolve => (call) => {
  const items = Array.isArray(call.json.TransactItems) ? (call.json.TransactItems as Record<string, { TableName?: unknown }>[]) : [];
  return items.flatMap((item) =>
    Object.entries(item ?? {})
      .filter(([kind]) => TRANSACT_ACTIONS[kind])
      .map(([kind, body]) => ({
        action: `dynamodb:${TRANSACT_ACTIONS[kind]}`,
        resource: table(call, str(body?.TableName)),
        context: { 'dynamodb:EnclosingOperation': operation },
      })),
  );
};
const onResourceArn = (action: string): Resolve => (call) => one(`dynamodb:${action}`, member(call, 'ResourceArn'));

const DYNAMODB: Record<string, Resolve> = {
  BatchGetItem: onEachTable('BatchGetItem'),
  BatchWriteItem: onEachTable('BatchWriteItem'),
  CreateTable: onTable('CreateTable'),
  DeleteItem: onTable('DeleteItem'),
  DeleteTable: onTable('DeleteTable'),
  DescribeTable: onTable('DescribeTable'),
  DescribeTimeToLive: onTable('DescribeTimeToLive'),
  UpdateTimeToLive: onTable('UpdateTimeToLive'),
  DescribeContinuousBackups: onTable('DescribeContinuousBackups'),
  GetItem: onTable('GetItem'),
  ListTables: () => one('dynamodb:ListTables', '*'),
  DescribeLimits: () => one('dynamodb:DescribeLimits', '*'),
  DescribeEndpoints: () => one('dynamodb:DescribeEndpoints', '*'),
  PutItem: onTable('PutItem'),
  Query: onTableOrIndex('Query'),
  Scan: onTableOrIndex('Scan'),
  TagResource: onResourceArn('TagResource'),
  UntagResource: onResourceArn('UntagResource'),
  ListTagsOfResource: onResourceArn('ListTagsOfResource'),
  UpdateItem: onTable('UpdateItem'),
  UpdateTable: onTable('UpdateTable'),
  TransactWriteItems: transaction('TransactWriteItems'),
  TransactGetItems: transaction('TransactGetItems'),
};

// ---- SQS ----

const queue = (call: ServiceCall): string => queueArn(call.region, call.accountId, member(call, 'QueueUrl'));
const onQueue = (action: string): Resolve => (call) => one(`sqs:${action}`, queue(call));
const hasEntries = (value: unknown): boolean => !!value && typeof value === 'object' && Object.keys(value).length > 0;

const SQS: Record<string, Resolve> = {
  AddPermission: onQueue('AddPermission'),
  ChangeMessageVisibility: onQueue('ChangeMessageVisibility'),
  ChangeMessageVisibilityBatch: onQueue('ChangeMessageVisibility'),
  CreateQueue: (call) => {
    const arn = queueArn(call.region, call.accountId, member(call, 'QueueName'));
    return [...one('sqs:CreateQueue', arn), ...(hasEntries(call.json.tags) ? one('sqs:TagQueue', arn) : [])];
  },
  DeleteMessage: onQueue('DeleteMessage'),
  DeleteMessageBatch: onQueue('DeleteMessage'),
  DeleteQueue: onQueue('DeleteQueue'),
  GetQueueAttributes: onQueue('GetQueueAttributes'),
  GetQueueUrl: (call) => {
    const owner = member(call, 'QueueOwnerAWSAccountId') || call.accountId;
    return one('sqs:GetQueueUrl', queueArn(call.region, owner, member(call, 'QueueName')));
  },
  ListDeadLetterSourceQueues: onQueue('ListDeadLetterSourceQueues'),
  ListQueues: (call) => one('sqs:ListQueues', `arn:aws:sqs:${call.region}:${call.accountId}:*`),
  ListQueueTags: onQueue('ListQueueTags'),
  PurgeQueue: onQueue('PurgeQueue'),
  ReceiveMessage: onQueue('ReceiveMessage'),
  RemovePermission: onQueue('RemovePermission'),
  SendMessage: onQueue('SendMessage'),
  SendMessageBatch: onQueue('SendMessage'),
  SetQueueAttributes: onQueue('SetQueueAttributes'),
  TagQueue: onQueue('TagQueue'),
  UntagQueue: onQueue('UntagQueue'),
};

// ---- Lambda ----

const fn = (call: ServiceCall, qualified = true): string =>
  functionArn(call.region, call.accountId, call.path.FunctionName ?? member(call, 'FunctionName'), qualified ? call.params.get('Qualifier') : undefined);
const onFunction = (action: string, qualified = true): Resolve => (call) => one(`lambda:${action}`, fn(call, qualified));
const onAlias = (action: string): Resolve => (call) =>
  one(`lambda:${action}`, functionArn(call.region, call.accountId, call.path.FunctionName ?? '', call.path.Name ?? member(call, 'Name')));

const LAMBDA: Record<string, Resolve> = {
  CreateFunction: (call) => [
    ...one('lambda:CreateFunction', fn(call, false)),
    ...(member(call, 'Role') ? [passRole(member(call, 'Role'), call.accountId, 'lambda.amazonaws.com')] : []),
  ],
  ListFunctions: () => one('lambda:ListFunctions', '*'),
  GetAccountSettings: () => one('lambda:GetAccountSettings', '*'),
  GetFunction: onFunction('GetFunction'),
  GetFunctionConfiguration: onFunction('GetFunctionConfiguration'),
  UpdateFunctionConfiguration: (call) => [
    ...one('lambda:UpdateFunctionConfiguration', fn(call, false)),
    ...(member(call, 'Role') ? [passRole(member(call, 'Role'), call.accountId, 'lambda.amazonaws.com')] : []),
  ],
  UpdateFunctionCode: onFunction('UpdateFunctionCode', false),
  DeleteFunction: onFunction('DeleteFunction'),
  Invoke: onFunction('InvokeFunction'),
  PublishVersion: onFunction('PublishVersion', false),
  ListVersionsByFunction: onFunction('ListVersionsByFunction', false),
  CreateAlias: onFunction('CreateAlias', false),
  ListAliases: onFunction('ListAliases', false),
  GetAlias: onAlias('GetAlias'),
  UpdateAlias: onAlias('UpdateAlias'),
  DeleteAlias: onAlias('DeleteAlias'),
  AddPermission: onFunction('AddPermission'),
  RemovePermission: onFunction('RemovePermission'),
  GetPolicy: onFunction('GetPolicy'),
  PutFunctionConcurrency: onFunction('PutFunctionConcurrency', false),
  DeleteFunctionConcurrency: onFunction('DeleteFunctionConcurrency', false),
  GetFunctionConcurrency: onFunction('GetFunctionConcurrency', false),
  ListTags: (call) => one('lambda:ListTags', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
  TagResource: (call) => one('lambda:TagResource', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
  UntagResource: (call) => one('lambda:UntagResource', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
};

// ---- Step Functions ----

/**
 * A state machine, version or alias ARN, authorised as the state machine's own ARN with the qualifier
 * (version number or alias name) in states:StateMachineQualifier. Execution ARNs are taken as given.
 */
function machine(arn: string): { resource: string; context?: Record<string, ContextValue> } {
  const parts = arn.split(':');
  if (parts[5] === 'stateMachine' && parts.length === 8) {
    return { resource: parts.slice(0, 7).join(':'), context: { 'states:StateMachineQualifier': parts[7] } };
  }
  return { resource: arn };
}
const onMachine = (action: string, name = 'stateMachineArn'): Resolve => (call) => {
  const { resource, context } = machine(member(call, name));
  return one(`states:${action}`, resource, context);
};
const onExecution = (action: string): Resolve => (call) => one(`states:${action}`, member(call, 'executionArn'));
const publishing = (call: ServiceCall, machineArn: string): Authorisation[] => (call.json.publish === true ? one('states:PublishStateMachineVersion', machineArn) : []);
const tagging = (call: ServiceCall, arn: string, action: string): Authorisation[] => (Array.isArray(call.json.tags) && call.json.tags.length > 0 ? one(action, arn) : []);

const STATES: Record<string, Resolve> = {
  CreateStateMachine: (call) => {
    const arn = stateMachineArn(call.region, call.accountId, member(call, 'name'));
    return [
      ...one('states:CreateStateMachine', arn),
      ...publishing(call, arn),
      ...tagging(call, arn, 'states:TagResource'),
      ...(member(call, 'roleArn') ? [passRole(member(call, 'roleArn'), call.accountId, 'states.amazonaws.com')] : []),
    ];
  },
  UpdateStateMachine: (call) => {
    const arn = member(call, 'stateMachineArn');
    return [
      ...one('states:UpdateStateMachine', arn),
      ...publishing(call, arn),
      ...(member(call, 'roleArn') ? [passRole(member(call, 'roleArn'), call.accountId, 'states.amazonaws.com')] : []),
    ];
  },
  DescribeStateMachine: onMachine('DescribeStateMachine'),
  ListStateMachines: () => one('states:ListStateMachines', '*'),
  DeleteStateMachine: onMachine('DeleteStateMachine'),
  ValidateStateMachineDefinition: () => one('states:ValidateStateMachineDefinition', '*'),
  TagResource: onMachine('TagResource', 'resourceArn'),
  UntagResource: onMachine('UntagResource', 'resourceArn'),
  ListTagsForResource: onMachine('ListTagsForResource', 'resourceArn'),
  StartExecution: onMachine('StartExecution'),
  StartSyncExecution: onMachine('StartSyncExecution'),
  DescribeExecution: onExecution('DescribeExecution'),
  ListExecutions: onMachine('ListExecutions'),
  StopExecution: onExecution('StopExecution'),
  GetExecutionHistory: onExecution('GetExecutionHistory'),
  DescribeStateMachineForExecution: onExecution('DescribeStateMachineForExecution'),
  PublishStateMachineVersion: onMachine('PublishStateMachineVersion'),
  ListStateMachineVersions: onMachine('ListStateMachineVersions'),
  DeleteStateMachineVersion: onMachine('DeleteStateMachineVersion', 'stateMachineVersionArn'),
};

// ---- CloudFormation ----

/** The stack a request names; operations that may name none (DescribeStacks) are on `*` then. */
const stack = (call: ServiceCall): string => {
  const name = param(call, 'StackName');
  return name ? stackArn(call.region, call.accountId, name) : '*';
};
const onStack = (action: string): Resolve => (call) => one(`cloudformation:${action}`, stack(call));
const onChangeSet = (action: string): Resolve => (call) => {
  const changeSet = param(call, 'ChangeSetName');
  // A change set named by its ARN alone does not say which stack it belongs to.
  return one(`cloudformation:${action}`, param(call, 'StackName') ? stack(call) : `arn:aws:cloudformation:${call.region}:${call.accountId}:stack/*/*`, changeSet ? { 'cloudformation:ChangeSetName': changeSet } : undefined);
};

const CLOUDFORMATION: Record<string, Resolve> = {
  CreateStack: onStack('CreateStack'),
  UpdateStack: onStack('UpdateStack'),
  DeleteStack: onStack('DeleteStack'),
  DescribeStacks: onStack('DescribeStacks'),
  ListStacks: () => one('cloudformation:ListStacks', '*'),
  DescribeStackEvents: onStack('DescribeStackEvents'),
  DescribeStackResources: onStack('DescribeStackResources'),
  DescribeStackResource: onStack('DescribeStackResource'),
  ListStackResources: onStack('ListStackResources'),
  GetTemplate: onStack('GetTemplate'),
  GetTemplateSummary: onStack('GetTemplateSummary'),
  ValidateTemplate: () => one('cloudformation:ValidateTemplate', '*'),
  CreateChangeSet: onChangeSet('CreateChangeSet'),
  DescribeChangeSet: onChangeSet('DescribeChangeSet'),
  ExecuteChangeSet: onChangeSet('ExecuteChangeSet'),
  DeleteChangeSet: onChangeSet('DeleteChangeSet'),
  ListChangeSets: onStack('ListChangeSets'),
  ListExports: () => one('cloudformation:ListExports', '*'),
  ListImports: () => one('cloudformation:ListImports', '*'),
  CancelUpdateStack: onStack('CancelUpdateStack'),
  ContinueUpdateRollback: onStack('ContinueUpdateRollback'),
  UpdateTerminationProtection: onStack('UpdateTerminationProtection'),
  GetStackPolicy: onStack('GetStackPolicy'),
  SetStackPolicy: onStack('SetStackPolicy'),
};

// ---- IAM ----

const role = (call: ServiceCall, lookup: ResourceLookup, name = param(call, 'RoleName')): string => lookup.roleArn(name) ?? roleArn(call.accountId, name);
const onRole = (action: string, context?: (call: ServiceCall) => Record<string, ContextValue>): Resolve => (call, lookup) =>
  one(`iam:${action}`, role(call, lookup), context?.(call));
const policyArnContext = (call: ServiceCall): Record<string, ContextValue> => ({ 'iam:PolicyARN': param(call, 'PolicyArn') });

const IAM: Record<string, Resolve> = {
  CreateRole: (call) => {
    const arn = roleArn(call.accountId, param(call, 'RoleName'), param(call, 'Path') || '/');
    return [...one('iam:CreateRole', arn), ...(call.params.has('Tags.member.1.Key') ? one('iam:TagRole', arn) : [])];
  },
  GetRole: onRole('GetRole'),
  DeleteRole: onRole('DeleteRole'),
  ListRoles: () => one('iam:ListRoles', '*'),
  UpdateRole: onRole('UpdateRole'),
  UpdateAssumeRolePolicy: onRole('UpdateAssumeRolePolicy'),
  PutRolePolicy: onRole('PutRolePolicy'),
  GetRolePolicy: onRole('GetRolePolicy'),
  DeleteRolePolicy: onRole('DeleteRolePolicy'),
  ListRolePolicies: onRole('ListRolePolicies'),
  AttachRolePolicy: onRole('AttachRolePolicy', policyArnContext),
  DetachRolePolicy: onRole('DetachRolePolicy', policyArnContext),
  ListAttachedRolePolicies: onRole('ListAttachedRolePolicies'),
  TagRole: onRole('TagRole'),
  UntagRole: onRole('UntagRole'),
  ListRoleTags: onRole('ListRoleTags'),
  CreatePolicy: (call) => one('iam:CreatePolicy', managedPolicyArn(call.accountId, param(call, 'PolicyName'), param(call, 'Path') || '/')),
  GetPolicy: (call) => one('iam:GetPolicy', param(call, 'PolicyArn')),
  GetPolicyVersion: (call) => one('iam:GetPolicyVersion', param(call, 'PolicyArn')),
  DeletePolicy: (call) => one('iam:DeletePolicy', param(call, 'PolicyArn')),
  ListPolicies: () => one('iam:ListPolicies', '*'),
};

// ---- STS ----

const STS: Record<string, Resolve> = {
  GetCallerIdentity: () => [],
  AssumeRole: (call) => {
    const arn = param(call, 'RoleArn');
    return [
      ...one('sts:AssumeRole', arn),
      ...(call.params.has('Tags.member.1.Key') ? one('sts:TagSession', arn) : []),
      ...(param(call, 'SourceIdentity') ? one('sts:SetSourceIdentity', arn) : []),
    ];
  },
  GetSessionToken: () => one('sts:GetSessionToken', '*'),
  GetAccessKeyInfo: () => one('sts:GetAccessKeyInfo', '*'),
  DecodeAuthorizationMessage: () => one('sts:DecodeAuthorizationMessage', '*'),
};

export const OPERATIONS: Readonly<Record<string, Readonly<Record<string, Resolve>>>> = {
  dynamodb: DYNAMODB,
  sqs: SQS,
  lambda: LAMBDA,
  states: STATES,
  cloudformation: CLOUDFORMATION,
  iam: IAM,
  sts: STS,
};

/** The permissions a call needs, or undefined when the operation is not in the table. */
export function authorisationsFor(call: ServiceCall, lookup: ResourceLookup): Authorisation[] | undefined {
  const resolve = Object.hasOwn(OPERATIONS, call.service) && Object.hasOwn(OPERATIONS[call.service], call.operation) ? OPERATIONS[call.service][call.operation] : undefined;
  return resolve?.(call, lookup);
}
