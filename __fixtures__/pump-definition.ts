// The message pump's definition with the SQS state, as messenger-flow.md describes it (for report and diagram tests).
export function pumpDefinition(): Record<string, unknown> {
  return {
    Comment: 'Read messages from DynamoDB in a loop.',
    StartAt: 'Scan DynamoDB For Messages',
    TimeoutSeconds: 3600,
    States: {
      'Scan DynamoDB For Messages': {
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
        ResultPath: '$.List',
        Next: 'Send Messages',
      },
      'Send Messages': {
        Type: 'Map',
        ItemsPath: '$.List',
        ResultPath: null,
        Iterator: {
          StartAt: 'Send',
          States: {
            Send: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', ResultPath: null, Next: 'Record Sent' },
            'Record Sent': { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:updateItem', End: true },
          },
        },
        Next: 'Pause Then Loop',
      },
      'Pause Then Loop': { Type: 'Wait', Seconds: 10, InputPath: null, Next: 'Scan DynamoDB For Messages' },
    },
  };
}
