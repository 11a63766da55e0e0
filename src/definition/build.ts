// The pump's Amazon States Language definition, built from the stack outputs, with or without the SQS `Send` state.

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
 * then mark it sent (DynamoDB service integration); wait, and scan again. It never ends by itself.
 */
export function buildDefinition(outputs: Record<string, string>, includeSqs: boolean): AslDefinition {
  requireOutputs(outputs, ['ScanFunctionArn', 'MessageTableName', ...(includeSqs ? ['SendQueueUrl'] : [])]);

  const recordSent = {
    Type: 'Task',
    Resource: 'arn:aws:states:::dynamodb:updateItem',
    Parameters: {
      TableName: outputs.MessageTableName,
      Key: {
        user_name: { 'S.$': '$.user_name' },
        message_id: { 'S.$': '$.message_id' },
      },
      UpdateExpression: 'SET sent=:s',
      ExpressionAttributeValues: { ':s': { BOOL: true } },
    },
    End: true,
  };
  const send = {
    Type: 'Task',
    Resource: 'arn:aws:states:::sqs:sendMessage',
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
        ResultPath: '$.List',
        Next: STATE_NAMES.map,
      },
      [STATE_NAMES.map]: {
        Type: 'Map',
        ItemsPath: '$.List',
        Iterator: iterator,
        // The per-item results are not needed: the loop only carries the next scan's list.
        ResultPath: null,
        Next: STATE_NAMES.pause,
      },
      [STATE_NAMES.pause]: {
        Type: 'Wait',
        Seconds: LOOP_PAUSE_SECONDS,
        // Input path null: the next pass starts from an empty document, so the state never grows from pass to pass.
        InputPath: null,
        Next: STATE_NAMES.scan,
      },
    },
  };
}
