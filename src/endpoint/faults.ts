// Transient faults (strict mode, --fault-rate R, --fault-seed S): the fraction R of API requests gets an
// error AWS sends when it is busy or failing for a moment, shaped as its service sends it, and the same
// fraction of the Lambda invokes made by state machines fails with Lambda's ServiceException. Which
// requests fail is drawn from a seeded generator over the order requests arrive in, so the same seed and
// the same sequence of requests fail the same requests again. Every error chosen is one the AWS SDKs
// retry (a throttling code, or a 5xx status), since that is what real transient errors are.
import type { IncomingHttpHeaders } from 'node:http';
import type { AwsBehaviour } from './behaviour';
import type { RequestCheck } from './gate';
import { AwsError, type AwsRequest } from './types';

/** An AwsError the endpoint made up on purpose (the server logs it as a fault, not as a failure of its own). */
export class InjectedFault extends AwsError {}

interface FaultShape {
  code: string;
  status: number;
  message: string;
}

const THROTTLING = 'Rate exceeded';

/** DynamoDB's item operations are throttled per table; its other operations per account. */
const DYNAMODB_ITEM_OPERATIONS = new Set([
  'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems',
]);

const INTERNAL_SERVER_ERROR: FaultShape = { code: 'InternalServerError', status: 500, message: 'Internal server error' };

/**
 * The transient errors of each service, as its API reference lists them (operation errors and "Common
 * Errors"). Throttling codes are in the SDKs' throttling list; 5xx statuses are retried as transient.
 */
function faultsOf(service: string, operation: string): FaultShape[] {
  switch (service) {
    case 'dynamodb':
      return DYNAMODB_ITEM_OPERATIONS.has(operation)
        ? [
            {
              code: 'ProvisionedThroughputExceededException',
              status: 400,
              message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
            },
            INTERNAL_SERVER_ERROR,
          ]
        : [{ code: 'ThrottlingException', status: 400, message: 'Rate of requests exceeds the allowed throughput.' }, INTERNAL_SERVER_ERROR];
    case 'sqs':
      return [
        { code: 'RequestThrottled', status: 403, message: 'Request is throttled.' },
        { code: 'InternalFailure', status: 500, message: 'We encountered an internal error. Please try again.' },
        { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
      ];
    case 'states':
      return [
        { code: 'ThrottlingException', status: 400, message: THROTTLING },
        { code: 'InternalFailure', status: 500, message: 'We encountered an internal error. Please try again.' },
        { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
      ];
    case 'lambda':
      return [
        { code: 'TooManyRequestsException', status: 429, message: 'Rate Exceeded.' },
        { code: 'ServiceException', status: 500, message: 'Lambda encountered an internal error. Please try again.' },
      ];
    default:
      // The query services: CloudFormation, IAM, STS.
      return [
        { code: 'Throttling', status: 400, message: THROTTLING },
        { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
      ];
  }
}

/** mulberry32: a small, fast 32-bit generator; good enough to spread faults, and exactly repeatable. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One stream of fault decisions: each call draws twice (whether, then which), so a decision depends only
 * on the seed and the number of decisions made before it.
 */
export class FaultStream {
  private readonly random: () => number;
  private drawn = 0;

  constructor(
    private readonly rate: number,
    seed: number,
  ) {
    this.random = mulberry32(seed);
  }

  /** Index (from 0) of the next decision. */
  get index(): number {
    return this.drawn;
  }

  /** The chosen one of `choices` when this decision is a fault, else undefined. */
  next<T>(choices: readonly T[]): T | undefined {
    this.drawn++;
    const fault = this.random() < this.rate;
    const pick = Math.min(choices.length - 1, Math.floor(this.random() * choices.length));
    return fault ? choices[pick] : undefined;
  }
}

/**
 * An SDK call is faulted on at most its first two attempts: the SDKs' default is three attempts, and a
 * transient error is one that a retry gets past. The attempt is the SDKs' `amz-sdk-request: attempt=N`.
 */
export const MAX_FAULTED_ATTEMPT = 2;

function attemptOf(headers: IncomingHttpHeaders): number {
  const value = headers['amz-sdk-request'];
  const match = /attempt=(\d+)/.exec(Array.isArray(value) ? value[0] : (value ?? ''));
  return match ? Number(match[1]) : 1;
}

/** Lambda's REST operations by `<method> <resource>` (the path after /2015-03-31/functions). */
const LAMBDA_OPERATIONS: Record<string, string> = {
  'GET functions': 'ListFunctions',
  'POST functions': 'CreateFunction',
  'GET function': 'GetFunction',
  'DELETE function': 'DeleteFunction',
  'GET configuration': 'GetFunctionConfiguration',
  'PUT configuration': 'UpdateFunctionConfiguration',
  'PUT code': 'UpdateFunctionCode',
  'POST invocations': 'Invoke',
};

/** The operation's name for the log: the JSON target, the query Action, or Lambda's REST call. */
export function operationOf(request: AwsRequest): string {
  if (request.target) return request.target;
  if (request.service === 'lambda') {
    const [, collection, name, sub] = request.path.split('/').filter(Boolean);
    const resource = collection !== 'functions' ? collection : name === undefined ? 'functions' : (sub ?? 'function');
    return LAMBDA_OPERATIONS[`${request.method} ${resource}`] ?? `${request.method} ${request.path}`;
  }
  const action = request.query.get('Action') ?? new URLSearchParams(request.body.toString('utf8')).get('Action');
  return action ?? `${request.method} ${request.path}`;
}

export type Log = (line: string) => void;

/** The gate's check that fails the chosen API requests; active only when the behaviour has a fault rate. */
export function createFaultCheck(behaviour: Pick<AwsBehaviour, 'faultRate' | 'faultSeed'>, log: Log = () => undefined): RequestCheck & { readonly stream: FaultStream } {
  const stream = new FaultStream(behaviour.faultRate, behaviour.faultSeed);
  return {
    stream,
    inspects: () => behaviour.faultRate > 0,
    check(request) {
      const operation = operationOf(request);
      const index = stream.index;
      const fault = stream.next(faultsOf(request.service, operation));
      if (!fault || attemptOf(request.headers) > MAX_FAULTED_ATTEMPT) return;
      log(`fault injected: ${request.service} ${operation} -> ${fault.code} (${fault.status}), request #${index}`);
      throw new InjectedFault(fault.code, fault.message, fault.status, fault.status >= 500 ? 'Receiver' : 'Sender');
    },
  };
}

/** Seed of the invoke stream: apart from the request stream, so runs and API calls do not shift each other. */
const INVOKE_SEED_OFFSET = 0x9e3779b9;

export interface InvokeFaults {
  /** Throws Lambda's ServiceException for the chosen invokes (state machines see `Lambda.ServiceException`). */
  invokeFault(functionName: string): void;
}

/** Faults of the Lambda invokes state machines make (no SDK retries there: the state's Retry must absorb them). */
export function createInvokeFaults(behaviour: Pick<AwsBehaviour, 'faultRate' | 'faultSeed'>, log: Log = () => undefined): InvokeFaults {
  const stream = new FaultStream(behaviour.faultRate, (behaviour.faultSeed + INVOKE_SEED_OFFSET) >>> 0);
  const serviceException = faultsOf('lambda', 'Invoke').filter((f) => f.code === 'ServiceException');
  return {
    invokeFault(functionName) {
      if (behaviour.faultRate <= 0) return;
      const index = stream.index;
      const fault = stream.next(serviceException);
      if (!fault) return;
      log(`fault injected: lambda Invoke ${functionName} (from a state machine) -> ${fault.code} (${fault.status}), invoke #${index}`);
      throw new InjectedFault(fault.code, fault.message, fault.status, 'Receiver');
    },
  };
}
