import { describe, expect, it } from '@jest/globals';
import { buildDefinition, retryFor, TRANSIENT_ERRORS, type AslDefinition } from '../../src/definition/build';
import { definitionToMermaid } from '../../src/definition/mermaid';
import { diffStates, validateOffline } from '../../src/definition/validate';

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
  Retry: retryFor(TRANSIENT_ERRORS.dynamodb),
  End: true,
};

function pump(iterator: Record<string, unknown>): Record<string, unknown> {
  return {
    Comment: 'Read messages from DynamoDB in a loop.',
    StartAt: 'Scan DynamoDB For Messages',
    TimeoutSeconds: 3600,
    States: {
      'Scan DynamoDB For Messages': {
        Type: 'Task',
        Resource: outputs.ScanFunctionArn,
        ResultPath: '$.List',
        Retry: retryFor(TRANSIENT_ERRORS.lambda),
        Next: 'Send Messages',
      },
      'Send Messages': {
        Type: 'Map',
        ItemsPath: '$.List',
        Iterator: iterator,
        ResultSelector: { 'sent.$': 'States.ArrayLength($)' },
        ResultPath: '$.List',
        Next: 'Pause Then Loop',
      },
      'Pause Then Loop': { Type: 'Wait', Seconds: 10, Next: 'Scan DynamoDB For Messages' },
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
            Retry: retryFor(TRANSIENT_ERRORS.sqs),
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

  describe('Retry on every task', () => {
    type Task = { Type: string; Retry?: ReturnType<typeof retryFor> };
    const tasks = (definition: AslDefinition): Record<string, Task> => {
      const states = definition.States as Record<string, Task & { Iterator?: { States: Record<string, Task> } }>;
      return { ...states, ...states['Send Messages'].Iterator!.States };
    };

    it("retries each service's transient errors with capped exponential back-off and full jitter, then any task error a few times", () => {
      const all = tasks(buildDefinition(outputs, true));
      const expectations: [string, readonly string[]][] = [
        ['Scan DynamoDB For Messages', TRANSIENT_ERRORS.lambda],
        ['Send', TRANSIENT_ERRORS.sqs],
        ['Record Sent', TRANSIENT_ERRORS.dynamodb],
      ];
      for (const [name, transient] of expectations) {
        const [first, second] = all[name].Retry!;
        expect(first).toEqual({ ErrorEquals: [...transient], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 6, MaxDelaySeconds: 16, JitterStrategy: 'FULL' });
        expect(second.ErrorEquals).toEqual(['States.TaskFailed']);
        expect(all[name].Retry).toHaveLength(2);
      }
      // AWS's best-practice list for Lambda, and throttling and 5xx for the others.
      expect(TRANSIENT_ERRORS.lambda).toEqual(expect.arrayContaining(['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException']));
      expect(TRANSIENT_ERRORS.dynamodb).toEqual(expect.arrayContaining(['DynamoDB.ProvisionedThroughputExceededException', 'DynamoDB.ThrottlingException', 'DynamoDB.InternalServerErrorException']));
      expect(TRANSIENT_ERRORS.sqs).toEqual(expect.arrayContaining(['SQS.SdkClientException', 'SQS.AmazonSQSException']));
    });

    it('bounds every retrier: the longest a task can be retried stays under two minutes', () => {
      for (const task of Object.values(tasks(buildDefinition(outputs, true)))) {
        for (const r of task.Retry ?? []) {
          let total = 0;
          for (let attempt = 0; attempt < r.MaxAttempts; attempt += 1) total += Math.min(r.MaxDelaySeconds, r.IntervalSeconds * r.BackoffRate ** attempt);
          expect(total).toBeLessThan(120);
        }
      }
    });

    const withoutRetry = (definition: AslDefinition): AslDefinition =>
      JSON.parse(JSON.stringify(definition, (key, value: unknown) => (key === 'Retry' ? undefined : value))) as AslDefinition;

    it('leaves the Mermaid diagram exactly as without the Retry blocks', () => {
      for (const includeSqs of [false, true]) {
        const definition = buildDefinition(outputs, includeSqs);
        expect(JSON.stringify(definition)).toContain('"Retry"');
        expect(definitionToMermaid(definition)).toBe(definitionToMermaid(withoutRetry(definition)));
      }
    });

    it("leaves update's added/removed report as without the Retry blocks", () => {
      const plain = buildDefinition(outputs, false);
      const withSqs = buildDefinition(outputs, true);
      expect(diffStates(plain, withSqs)).toEqual({ added: ['Send'], removed: [] });
      expect(diffStates(plain, withSqs)).toEqual(diffStates(withoutRetry(plain), withoutRetry(withSqs)));
      expect(diffStates(withSqs, plain)).toEqual({ added: [], removed: ['Send'] });
    });

    it('passes asl-validator with the Retry blocks', () => {
      expect(validateOffline(buildDefinition(outputs, false))).toEqual([]);
      expect(validateOffline(buildDefinition(outputs, true))).toEqual([]);
    });
  });

  it('names the service integrations in the partition of the stack (aws-cn, aws-us-gov)', () => {
    const china = { ...outputs, ScanFunctionArn: 'arn:aws-cn:lambda:cn-north-1:000000000000:function:scan' };
    const json = JSON.stringify(buildDefinition(china, true));
    expect(json).toContain('"arn:aws-cn:states:::dynamodb:updateItem"');
    expect(json).toContain('"arn:aws-cn:states:::sqs:sendMessage"');
    expect(json).not.toContain('arn:aws:');
  });
});

describe("the run's scope reaches every scan", () => {
  /**
   * Runs the pump with aws-local-stepfunctions, every task answered locally: the scan records the event it was
   * given and returns `batches` in turn (then nothing), and the run is stopped after `scans` scans.
   */
  async function scanEvents(includeSqs: boolean, input: Record<string, unknown>, batches: unknown[][], scans: number): Promise<unknown[]> {
    const { StateMachine } = await import('aws-local-stepfunctions');
    const events: unknown[] = [];
    const machine = new StateMachine(buildDefinition(outputs, includeSqs) as never, { validationOptions: { noValidate: true } });
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const execution = machine.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: {
          'Scan DynamoDB For Messages': async (event: unknown) => {
            events.push(event);
            if (events.length >= scans) stop();
            return (batches[events.length - 1] ?? []) as never;
          },
          Send: async () => ({ MessageId: 'm' }) as never,
          'Record Sent': async () => ({}) as never,
        },
        waitTimeOverrides: { 'Pause Then Loop': 0 },
      },
    });
    await stopped;
    execution.abort();
    await execution.result.catch(() => undefined);
    return events;
  }

  const item = (id: string) => ({ user_name: 'ada', message: 'hi', message_id: id, sent: false });

  it('hands {"scope": prefix} to the first scan and to each scan after a pass that sent messages', async () => {
    const events = await scanEvents(true, { scope: '7-2-' }, [[item('7-2-0-aaaaaaaa'), item('7-2-1-bbbbbbbb')], [item('7-2-2-cccccccc')]], 3);
    expect(events).toHaveLength(3);
    expect(events[0]).toEqual({ scope: '7-2-' });
    // Later passes carry how many the previous pass handled, never the list itself: the state does not grow.
    expect(events[1]).toEqual({ scope: '7-2-', List: { sent: 2 } });
    expect(events[2]).toEqual({ scope: '7-2-', List: { sent: 1 } });
  });

  it('a run started without a scope hands none on, without SQS too', async () => {
    const events = await scanEvents(false, {}, [[item('x')]], 3);
    expect(events).toEqual([{}, { List: { sent: 1 } }, { List: { sent: 0 } }]);
  });
});
