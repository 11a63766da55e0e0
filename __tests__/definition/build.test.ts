import { describe, expect, it } from '@jest/globals';
import { buildDefinition } from '../../src/definition/build';

const outputs = {
  MessageTableName: 'doc-example-stepfunctions-messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/doc-example-stepfunctions-queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
  StepRoleArn: 'arn:aws:iam::000000000000:role/step',
};

const recordSent = {
  Type: 'Task',
  Resource: 'arn:aws:states:::dynamodb:updateItem',
  Parameters: {
    TableName: outputs.MessageTableName,
    Key: { user_name: { 'S.$': '$.user_name' }, message_id: { 'S.$': '$.message_id' } },
    UpdateExpression: 'SET sent=:s',
    ExpressionAttributeValues: { ':s': { BOOL: true } },
  },
  End: true,
};

function pump(iterator: Record<string, unknown>): Record<string, unknown> {
  return {
    Comment: 'Read messages from DynamoDB in a loop.',
    StartAt: 'Scan DynamoDB For Messages',
    TimeoutSeconds: 3600,
    States: {
      'Scan DynamoDB For Messages': { Type: 'Task', Resource: outputs.ScanFunctionArn, ResultPath: '$.List', Next: 'Send Messages' },
      'Send Messages': { Type: 'Map', ItemsPath: '$.List', Iterator: iterator, ResultPath: null, Next: 'Pause Then Loop' },
      'Pause Then Loop': { Type: 'Wait', Seconds: 10, InputPath: null, Next: 'Scan DynamoDB For Messages' },
    },
  };
}

describe('buildDefinition', () => {
  it('without SQS: the map goes straight to Record Sent', () => {
    expect(buildDefinition(outputs, false)).toEqual(pump({ StartAt: 'Record Sent', States: { 'Record Sent': recordSent } }));
  });

  it('with SQS: Send (queue URL, body, user and message_id attributes) then Record Sent', () => {
    expect(buildDefinition(outputs, true)).toEqual(
      pump({
        StartAt: 'Send',
        States: {
          Send: {
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
            ResultPath: null,
            Next: 'Record Sent',
          },
          'Record Sent': recordSent,
        },
      }),
    );
  });

  it('names the missing outputs and those present', () => {
    expect(() => buildDefinition({ StepRoleArn: 'x', ScanFunctionArn: 'y' }, true)).toThrow(
      'The stack outputs lack MessageTableName, SendQueueUrl (needed by the state machine definition); outputs present: StepRoleArn, ScanFunctionArn',
    );
  });

  it('does not need the queue without SQS', () => {
    const { SendQueueUrl: _unused, ...withoutQueue } = outputs;
    expect(() => buildDefinition(withoutQueue, false)).not.toThrow();
  });
});
