// How a resource handler's failure reads in a stack event, as CloudFormation words it:
//   Resource handler returned message: "<service message> (Service: Sqs, Status Code: 400, Request ID: <id>)"
//   (RequestToken: <uuid>, HandlerErrorCode: GeneralServiceException)
// The service part is what the handler's AWS SDK (Java v2) appends; HandlerErrorCode is one of the
// registry's fixed codes, chosen from the service's error code the way the providers map them.
import { randomUUID } from 'node:crypto';
import { AwsError } from '../../types';
import { PropertyError } from './resources/types';

/** The service name the handlers' SDK prints, by resource type. */
const SDK_SERVICE: Record<string, string> = {
  'AWS::DynamoDB::Table': 'DynamoDb',
  'AWS::IAM::Role': 'Iam',
  'AWS::Lambda::Function': 'Lambda',
  'AWS::SQS::Queue': 'Sqs',
  'AWS::StepFunctions::StateMachine': 'Sfn',
  'AWS::Logs::LogGroup': 'CloudWatchLogs',
};

/** The SDK service name of an IAM service prefix (for permission failures, named by the action's service). */
const SDK_SERVICE_BY_PREFIX: Record<string, string> = {
  dynamodb: 'DynamoDb', iam: 'Iam', lambda: 'Lambda', sqs: 'Sqs', states: 'Sfn', logs: 'CloudWatchLogs',
};

/** HTTP status of each service's AccessDenied answer (IAM, Lambda and SQS answer 403; the JSON services 400). */
const ACCESS_DENIED_STATUS: Record<string, number> = { iam: 403, lambda: 403, sqs: 403, dynamodb: 400, states: 400, logs: 400 };

export function sdkServiceOfAction(action: string): string {
  const prefix = action.split(':')[0].toLowerCase();
  return SDK_SERVICE_BY_PREFIX[prefix] ?? prefix;
}

export function accessDeniedStatus(action: string): number {
  return ACCESS_DENIED_STATUS[action.split(':')[0].toLowerCase()] ?? 400;
}

/** A failure the engine itself reports in a handler's words (a permission the caller lacks). */
export class HandlerFailure extends Error {
  constructor(
    message: string,
    readonly handlerErrorCode: string,
    /** The service whose answer this is; absent for failures the handler framework words itself. */
    readonly sdkService?: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'HandlerFailure';
  }
}

/** The registry's HandlerErrorCode for a service error code. */
export function handlerErrorCode(code: string, status = 400): string {
  if (/AccessDenied|NotAuthorized|Unauthorized/i.test(code)) return 'AccessDenied';
  if (/AlreadyExists|ResourceInUse|QueueNameExists|EntityAlreadyExists/i.test(code)) return 'AlreadyExists';
  if (/NotFound|NoSuchEntity|DoesNotExist|NonExistent/i.test(code)) return 'NotFound';
  if (/Throttl|TooManyRequests|RequestLimitExceeded|RequestThrottled/i.test(code)) return 'Throttling';
  if (/LimitExceeded/i.test(code)) return 'ServiceLimitExceeded';
  if (/Validation|InvalidParameter|InvalidInput|InvalidArn|InvalidName|InvalidDefinition|MalformedPolicyDocument|InvalidAttribute/i.test(code)) return 'InvalidRequest';
  if (status >= 500) return 'ServiceInternalError';
  return 'GeneralServiceException';
}

/** A failed handler's event reason. */
export function handlerMessage(error: unknown, type: string): string {
  if (error instanceof PropertyError) return error.message;
  const token = randomUUID();
  if (error instanceof HandlerFailure) {
    const service = error.sdkService ? ` (Service: ${error.sdkService}, Status Code: ${error.status}, Request ID: ${randomUUID()})` : '';
    return `Resource handler returned message: "${error.message}${service}" (RequestToken: ${token}, HandlerErrorCode: ${error.handlerErrorCode})`;
  }
  if (error instanceof AwsError) {
    const service = SDK_SERVICE[type] ?? type.split('::')[1];
    return `Resource handler returned message: "${error.message} (Service: ${service}, Status Code: ${error.status}, Request ID: ${randomUUID()})" (RequestToken: ${token}, HandlerErrorCode: ${handlerErrorCode(error.code, error.status)})`;
  }
  // Not a service's answer (a bug, a deadline): the handler reports it as an internal failure.
  return `Resource handler returned message: "${(error as Error)?.message ?? String(error)}" (RequestToken: ${token}, HandlerErrorCode: InternalFailure)`;
}
