// Contracts between the local endpoint's router and its services, and between services
// (CloudFormation provisions through the others; Step Functions tasks call Lambda, DynamoDB and SQS).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AwsBehaviour } from './behaviour';

export const ACCOUNT_ID = '000000000000';
export const DEFAULT_REGION = 'us-east-1';

/** A request after routing, body already read. */
export interface AwsRequest {
  /** SigV4 scope service name: dynamodb | sqs | states | cloudformation | iam | sts | lambda */
  service: string;
  method: string;
  /** Path without the query string, not decoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The operation after the '.' of X-Amz-Target, when the header is present. */
  target?: string;
  region: string;
  accountId: string;
  requestId: string;
  /** Aborted when the caller disconnects before its answer is sent (long polls stop waiting for it). */
  signal?: AbortSignal;
}

export interface AwsResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** One emulated service's wire handling. */
export interface ServiceHandler {
  readonly service: string;
  handle(request: AwsRequest): Promise<AwsResponse>;
}

/** Persisted state of a service (JSON-serialisable), for the state directory. */
export interface Persistable {
  snapshot(): unknown;
  restore(snapshot: unknown): void;
  /** A write-ahead journal, for services whose answered writes must survive the process being killed. */
  journal?: Journaled;
}

/**
 * A service that records each change before answering it (see persistence.ts): records are appended to
 * a file synchronously, replayed over the last snapshot at start, and dropped once a snapshot holds them.
 */
export interface Journaled {
  /** Hands the service its appender once persistence is ready (never called when state is in memory). */
  attach(append: (record: unknown) => void): void;
  /** The state to restore: `snapshot` (undefined when none was written) with `records` applied in order. */
  replay(snapshot: unknown, records: unknown[]): unknown;
}

/** Settings every service may read. */
export interface EndpointSettings {
  /** http://127.0.0.1:PORT, known once listening. */
  readonly url: string;
  readonly accountId: string;
  /** Wait states and similar delays are multiplied by this (1 = real speed). */
  readonly timeScale: number;
  /** Where the endpoint reproduces AWS's unfriendly side (cooldowns, propagation, consistency, faults, caller policy). */
  readonly behaviour: AwsBehaviour;
  /** Absolute directory for persisted state, or undefined for in-memory. */
  readonly stateDir?: string;
  /** Called by a service after a change that should be persisted. */
  markDirty(): void;
  /** The endpoint's log of notable events (e.g. an injected fault); silent when absent. */
  readonly log?: (line: string) => void;
}

// ---- Backends: the in-process APIs services offer each other (CloudFormation, Step Functions). ----

export interface DynamoDbBackend {
  /** Sends a DynamoDB JSON-protocol operation (e.g. 'CreateTable') to the in-process dynalite; returns the parsed JSON response or throws AwsError. */
  call(operation: string, input: Record<string, unknown>, region: string): Promise<Record<string, unknown>>;
}

export interface QueueRef {
  name: string;
  url: string;
  arn: string;
}
export interface SqsBackend {
  createQueue(name: string, attributes: Record<string, string>, region: string, tags?: Record<string, string>): QueueRef;
  deleteQueue(urlOrName: string, region: string): void;
  /**
   * Changes a queue's attributes in place (CloudFormation's update of AWS::SQS::Queue: deleting and
   * re-creating under the same name meets QueueDeletedRecently). Optional only so stand-in backends need not.
   */
  setQueueAttributes?(urlOrName: string, attributes: Record<string, string>, region: string): void;
  getQueue(urlOrName: string, region: string): QueueRef | undefined;
  sendMessage(input: {
    QueueUrl: string;
    MessageBody: string;
    MessageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
    DelaySeconds?: number;
  }, region: string): { MessageId: string; MD5OfMessageBody: string; MD5OfMessageAttributes?: string };
}

export interface LambdaFunctionSpec {
  FunctionName: string;
  Runtime: string;
  Handler: string;
  Role: string;
  /** Inline source (CloudFormation's Code.ZipFile), written as index.js (or .mjs for ESM). */
  ZipFile?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  Tags?: Record<string, string>;
}
export interface InvokeResult {
  /** The handler's result as JSON text (or the error object for a function error). */
  payload: string;
  /** 'Unhandled' or 'Handled' when the function failed. */
  functionError?: string;
  statusCode: number;
}
export interface LambdaBackend {
  createFunction(spec: LambdaFunctionSpec, region: string): { FunctionName: string; FunctionArn: string };
  deleteFunction(nameOrArn: string, region: string): void;
  getFunctionArn(nameOrArn: string, region: string): string | undefined;
  invoke(nameOrArn: string, payload: string, region: string): Promise<InvokeResult>;
}

export interface RoleSpec {
  RoleName: string;
  AssumeRolePolicyDocument: unknown;
  Path?: string;
  Description?: string;
  ManagedPolicyArns?: string[];
  Policies?: { PolicyName: string; PolicyDocument: unknown }[];
  Tags?: Record<string, string>;
}
/** A role as the other AWS services see it: IAM changes reach them after `behaviour.propagationMs`. */
export interface EffectiveRole {
  RoleName: string;
  RoleId: string;
  Arn: string;
  /** The trust policy document, parsed. */
  trustPolicy: unknown;
  /** Identity policy documents in effect, parsed: the inline ones, then the attached AWS managed ones the endpoint carries. */
  policies: unknown[];
  /** Every attached managed policy ARN, also those the endpoint does not carry (which grant nothing). */
  attachedPolicyArns: string[];
}
export interface IamBackend {
  createRole(spec: RoleSpec): { RoleName: string; Arn: string; RoleId: string };
  deleteRole(roleName: string): void;
  /** The truth, at once (IAM's own view). */
  getRole(roleNameOrArn: string): (RoleSpec & { Arn: string; RoleId: string }) | undefined;
  /**
   * Changes a role in place to `spec` (trust policy, inline and attached policies, description, tags),
   * keeping its ARN and RoleId, as CloudFormation's update of AWS::IAM::Role does; a re-created role would
   * get a new RoleId.
   */
  updateRole(spec: RoleSpec): void;
  /** The role as propagated to the other services, or undefined when it does not exist for them (yet). */
  effectiveRole(roleNameOrArn: string): EffectiveRole | undefined;
  /** The propagated role with this RoleId (what a session access key names), or undefined. */
  findRoleById(roleId: string): EffectiveRole | undefined;
  /** effectiveRole(...).policies, or [] for a role that does not exist for the other services. */
  effectivePolicies(roleNameOrArn: string): unknown[];
  /**
   * Whether the role exists as propagated and its trust policy lets one of these service principals
   * (e.g. the global and the regional name of a service) sts:AssumeRole, given the request context
   * the service sends (aws:SourceAccount, aws:SourceArn).
   */
  checkAssumable(roleArn: string, servicePrincipals: string | string[], context?: Record<string, string | undefined>): boolean;
  /** When the role's latest change reaches the other services (ms since the epoch; now or earlier once it has), undefined for an unknown role. */
  propagatedAt(roleNameOrArn: string): number | undefined;
}

export interface StepFunctionsBackend {
  createStateMachine(input: { name: string; definition: string; roleArn: string; tags?: Record<string, string> }, region: string): { stateMachineArn: string };
  updateStateMachine(input: { stateMachineArn: string; definition?: string; roleArn?: string }, region: string): void;
  deleteStateMachine(stateMachineArn: string, region: string): void;
}

/** The services a running endpoint holds, for cross-service calls. */
export interface Backends {
  dynamodb: DynamoDbBackend;
  sqs: SqsBackend;
  lambda: LambdaBackend;
  iam: IamBackend;
  states: StepFunctionsBackend;
}

/** An AWS error: code (e.g. 'ResourceNotFoundException'), message, HTTP status, and fault side. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly sender: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What a service factory returns to the server. */
export interface ServiceInstance<B = unknown> {
  handler: ServiceHandler;
  backend?: B;
  persist?: Persistable;
  /** Stop background work (runs in flight are recorded as aborted, workers terminated). */
  close?(): Promise<void>;
  /**
   * Takes the raw, unread request instead of `handler` (DynamoDB hands it to dynalite's own listener).
   * The router still routes by headers; the body is never read before this is called.
   */
  rawHandler?: RawHandler;
}
