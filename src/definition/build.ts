// The pump's Amazon States Language definition, built from the stack outputs, with or without the SQS `Send` state.
import { partitionOfArn } from '../aws/partition';

export const STATE_NAMES = {
  scan: 'Scan DynamoDB For Messages',
  map: 'Send Messages',
  send: 'Send',
  recordSent: 'Record Sent',
  pause: 'Pause Then Loop',
} as const;

/** Seconds the loop waits between two scans of the table. */
export const LOOP_PAUSE_SECONDS = 10;

export type AslDefinition = Record<string, unknown>;

/** One Retry policy of a Task state (Amazon States Language). */
export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds: number;
  BackoffRate: number;
  MaxAttempts: number;
  MaxDelaySeconds: number;
  JitterStrategy: 'FULL' | 'NONE';
}

/**
 * Errors a task reports for a transient fault of the service it calls. Step Functions names them
 * `<Service>.<exception>`: Lambda's four are AWS's own list ("Handle Lambda service exceptions",
 * https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html) plus its throttling error;
 * for DynamoDB and SQS, the throttling and 5xx errors as AWS's SDK names them (…Exception) and as endpoints that echo
 * the wire error code name them (the local endpoint, LocalStack: `DynamoDB.<Code>`).
 */
export const TRANSIENT_ERRORS = {
  lambda: [
    'Lambda.ClientExecutionTimeoutException',
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
    'Lambda.TooManyRequestsException',
  ],
  dynamodb: [
    'DynamoDB.ProvisionedThroughputExceededException',
    'DynamoDB.ThrottlingException',
    'DynamoDB.RequestLimitExceeded',
    'DynamoDB.InternalServerErrorException',
    'DynamoDB.InternalServerError',
    'DynamoDB.SdkClientException',
  ],
  sqs: [
    'SQS.SdkClientException',
    'SQS.AmazonSQSException',
    'SQS.RequestThrottled',
    'SQS.ThrottlingException',
    'SQS.InternalFailure',
    'SQS.ServiceUnavailable',
  ],
} as const;

/**
 * The pump's Retry for one task. First the service's transient errors, with exponential back-off and full jitter
 * (many map iterations fail together when a service throttles; jitter spreads their retries): 1, 2, 4, 8, 16,
 * 16 s at most, about a minute in all. Then any other task error (`States.TaskFailed` is Step Functions' wildcard
 * for every error but States.Timeout), a few times over about 50 s: AccessDenied while the role's policy is still
 * propagating after a deploy has no single error name (it surfaces as the service's generic exception, or
 * States.TaskFailed), and 50 s covers IAM's usual propagation while a permanent error still fails the run soon,
 * with its error, for the demo to report. Retriers are matched in order and never fall through, so a transient
 * error uses only the first one's attempts.
 */
export function retryFor(transient: readonly string[]): Retrier[] {
  return [
    { ErrorEquals: [...transient], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 6, MaxDelaySeconds: 16, JitterStrategy: 'FULL' },
    // No jitter: this one waits out a propagation window, not a crowd.
    { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 5, MaxDelaySeconds: 20, JitterStrategy: 'NONE' },
  ];
}

/** The stack output a definition needs; throws naming every missing key and the keys there are. */
function requireOutputs(outputs: Record<string, string>, keys: string[]): void {
  const missing = keys.filter((key) => !outputs[key]);
  if (missing.length > 0) {
    const known = Object.keys(outputs);
    throw new Error(
      `The stack outputs lack ${missing.join(', ')} (needed by the state machine definition); outputs present: ${known.length ? known.join(', ') : 'none'}`,
    );
  }
}

/**
 * The message pump: scan the table for unsent messages (Lambda), for each one optionally send it to the queue,
 * then mark it sent (DynamoDB service integration); wait, and scan again. It never ends by itself. The run's input
 * is handed to every scan, so `{"scope": prefix}` limits a run to the messages whose message_id starts with prefix.
 */
export function buildDefinition(outputs: Record<string, string>, includeSqs: boolean): AslDefinition {
  requireOutputs(outputs, ['ScanFunctionArn', 'MessageTableName', ...(includeSqs ? ['SendQueueUrl'] : [])]);
  // Service integrations live in the stack's partition (arn:aws-cn:states:::… in China): the function's ARN says which.
  const states = `arn:${partitionOfArn(outputs.ScanFunctionArn) ?? 'aws'}:states:::`;

  const recordSent = {
    Type: 'Task',
    Resource: `${states}dynamodb:updateItem`,
    Parameters: {
      TableName: outputs.MessageTableName,
      Key: {
        user_name: { 'S.$': '$.user_name' },
        message_id: { 'S.$': '$.message_id' },
      },
      UpdateExpression: 'SET sent=:s',
      ExpressionAttributeValues: { ':s': { BOOL: true } },
    },
    Retry: retryFor(TRANSIENT_ERRORS.dynamodb),
    End: true,
  };
  const send = {
    Type: 'Task',
    Resource: `${states}sqs:sendMessage`,
    Parameters: {
      QueueUrl: outputs.SendQueueUrl,
      'MessageBody.$': '$.message',
      MessageAttributes: {
        user: { DataType: 'String', 'StringValue.$': '$.user_name' },
        message_id: { DataType: 'String', 'StringValue.$': '$.message_id' },
      },
    },
    // The SendMessage result is dropped so that `Record Sent` still sees the item itself.
    ResultPath: null,
    Retry: retryFor(TRANSIENT_ERRORS.sqs),
    Next: STATE_NAMES.recordSent,
  };
  const iterator = includeSqs
    ? { StartAt: STATE_NAMES.send, States: { [STATE_NAMES.send]: send, [STATE_NAMES.recordSent]: recordSent } }
    : { StartAt: STATE_NAMES.recordSent, States: { [STATE_NAMES.recordSent]: recordSent } };

  return {
    Comment: 'Read messages from DynamoDB in a loop.',
    StartAt: STATE_NAMES.scan,
    TimeoutSeconds: 3600,
    States: {
      [STATE_NAMES.scan]: {
        Type: 'Task',
        Resource: outputs.ScanFunctionArn,
        // No Parameters: the function gets the state itself, the run's input on the first pass. A run started with
        // {"scope": "<message-id prefix>"} processes only the messages whose id starts with it (the demo's runs touch
        // only their own); a run started without one processes every unsent message, as the pump does.
        // (Parameters with "scope.$" would fail a run started without it.)
        ResultPath: '$.List',
        Retry: retryFor(TRANSIENT_ERRORS.lambda),
        Next: STATE_NAMES.map,
      },
      [STATE_NAMES.map]: {
        Type: 'Map',
        ItemsPath: '$.List',
        Iterator: iterator,
        // The per-item results are not needed: only their count replaces the list, so the state never grows from pass
        // to pass, while the rest of the run's input (its `scope`) is carried to the next scan.
        ResultSelector: { 'sent.$': 'States.ArrayLength($)' },
        ResultPath: '$.List',
        Next: STATE_NAMES.pause,
      },
      [STATE_NAMES.pause]: {
        Type: 'Wait',
        Seconds: LOOP_PAUSE_SECONDS,
        Next: STATE_NAMES.scan,
      },
    },
  };
}
