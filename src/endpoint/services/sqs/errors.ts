// SQS errors as its query-compatible JSON protocol sends them: the modern code in __type and the legacy
// query code (with the fault side) in x-amzn-query-error, which the SDK reports as the error's Code.
import { jsonError } from '../../protocol/json';
import { AwsError, type AwsResponse } from '../../types';

/** Modern code -> [legacy query code, HTTP status], as in the SQS service model. */
const QUERY_CODES: Record<string, [string, number]> = {
  QueueDoesNotExist: ['AWS.SimpleQueueService.NonExistentQueue', 400],
  QueueNameExists: ['QueueAlreadyExists', 400],
  QueueDeletedRecently: ['AWS.SimpleQueueService.QueueDeletedRecently', 400],
  ReceiptHandleIsInvalid: ['ReceiptHandleIsInvalid', 404],
  MessageNotInflight: ['AWS.SimpleQueueService.MessageNotInflight', 400],
  PurgeQueueInProgress: ['AWS.SimpleQueueService.PurgeQueueInProgress', 403],
  EmptyBatchRequest: ['AWS.SimpleQueueService.EmptyBatchRequest', 400],
  TooManyEntriesInBatchRequest: ['AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 400],
  BatchEntryIdsNotDistinct: ['AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400],
  InvalidBatchEntryId: ['AWS.SimpleQueueService.InvalidBatchEntryId', 400],
  BatchRequestTooLong: ['AWS.SimpleQueueService.BatchRequestTooLong', 400],
  UnsupportedOperation: ['AWS.SimpleQueueService.UnsupportedOperation', 400],
  InvalidAddress: ['InvalidAddress', 404],
  InvalidAttributeName: ['InvalidAttributeName', 400],
  InvalidAttributeValue: ['InvalidAttributeValue', 400],
  InvalidMessageContents: ['InvalidMessageContents', 400],
  ResourceNotFoundException: ['ResourceNotFoundException', 404],
  // Transient errors (the endpoint's --fault-rate): the modelled throttle, and the common 5xx errors of
  // the SQS API Reference ("Common Errors"), which are not in the model and keep their code as the query code.
  RequestThrottled: ['RequestThrottled', 403],
  InternalFailure: ['InternalFailure', 500],
  ServiceUnavailable: ['ServiceUnavailable', 503],
};

/** An SQS error; the HTTP status comes from the service model when the code is modelled. */
export function sqsError(code: string, message: string): AwsError {
  const status = QUERY_CODES[code]?.[1] ?? 400;
  return new AwsError(code, message, status, status >= 500 ? 'Receiver' : 'Sender');
}

export const queueDoesNotExist = (): AwsError => sqsError('QueueDoesNotExist', 'The specified queue does not exist.');

export const invalidParameter = (message: string): AwsError => sqsError('InvalidParameterValue', message);

export const missingParameter = (name: string): AwsError =>
  sqsError('MissingParameter', `The request must contain the parameter ${name}.`);

export function sqsErrorResponse(error: AwsError): AwsResponse {
  const queryCode = QUERY_CODES[error.code]?.[0] ?? error.code;
  return jsonError(error, 'com.amazonaws.sqs', { 'x-amzn-query-error': `${queryCode};${error.sender}` });
}
