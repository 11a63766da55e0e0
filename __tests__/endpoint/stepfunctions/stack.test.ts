// The project's own stack (setup.yaml) deployed by the endpoint's CloudFormation, then the pump run with
// the stack's least-privilege role: every task is allowed by exactly the ARNs the template grants, so a
// mismatch between the emulated services' ARNs and the permission check would fail the run here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand, waitUntilStackCreateComplete } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { waitFor } from '../../../src/wait';
import { pumpDefinition, QUEUE_URL } from './support';

let endpoint: RunningEndpoint;
let config: { region: string; endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number };
beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, timeScale: 0.001 });
  config = { region: 'us-east-1', endpoint: endpoint.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 };
});
afterAll(() => endpoint?.close());

describe('the pump on the deployed stack', () => {
  it('runs with the stack role: scan, send and update are all allowed', async () => {
    const cloudformation = new CloudFormationClient(config);
    const stackName = 'doc-example-stepfunctions-messages-stack';
    await cloudformation.send(new CreateStackCommand({ StackName: stackName, TemplateBody: readFileSync('setup.yaml', 'utf8'), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    await waitUntilStackCreateComplete({ client: cloudformation, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { StackName: stackName });
    const { Stacks = [] } = await cloudformation.send(new DescribeStacksCommand({ StackName: stackName }));
    const outputs = Object.fromEntries((Stacks[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue as string]));

    const documents = DynamoDBDocumentClient.from(new DynamoDBClient(config));
    await documents.send(new PutCommand({ TableName: outputs.MessageTableName, Item: { user_name: 'wills', message: 'Action is eloquence.', message_id: 'stack-1', sent: false } }));

    const sfn = new SFNClient(config);
    const definition = pumpDefinition(outputs.ScanFunctionArn, true).replace(QUEUE_URL, outputs.SendQueueUrl);
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'doc-example-dynamodb-message-pump', definition, roleArn: outputs.StepRoleArn }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));

    const sqs = new SQSClient(config);
    const body = await waitFor(
      async () => {
        const run = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        if (run.status !== 'RUNNING') throw new Error(`the run ended ${run.status}: ${run.error} ${run.cause}`);
        const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: outputs.SendQueueUrl, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
        return Messages.length > 0 ? { done: true, value: Messages[0].Body } : { done: false, seen: 'no message yet' };
      },
      { what: 'the message on the queue', deadline: Date.now() + 20_000, initialDelayMs: 20, maxDelayMs: 200 },
    );
    expect(body).toBe('Action is eloquence.');
    await waitFor(
      async () => {
        const { Item } = await documents.send(new GetCommand({ TableName: outputs.MessageTableName, Key: { user_name: 'wills', message_id: 'stack-1' } }));
        return Item?.sent === true ? { done: true, value: true } : { done: false, seen: `sent=${String(Item?.sent)}` };
      },
      { what: 'the message marked sent', deadline: Date.now() + 20_000, initialDelayMs: 20, maxDelayMs: 200 },
    );
    await sfn.send(new StopExecutionCommand({ executionArn }));
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('ABORTED');

    // The same role may not put items: a task that tries fails as on AWS.
    const putting = JSON.stringify({
      StartAt: 'Put',
      States: { Put: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: outputs.MessageTableName, Item: { user_name: { S: 'x' }, message_id: { S: 'y' } } }, End: true } },
    });
    const denied = await sfn.send(new CreateStateMachineCommand({ name: 'not-allowed', definition: putting, roleArn: outputs.StepRoleArn }));
    const { executionArn: deniedRun } = await sfn.send(new StartExecutionCommand({ stateMachineArn: denied.stateMachineArn }));
    const failed = await waitFor(
      async () => {
        const run = await sfn.send(new DescribeExecutionCommand({ executionArn: deniedRun }));
        return run.status === 'RUNNING' ? { done: false, seen: 'RUNNING' } : { done: true, value: run };
      },
      { what: 'the denied run to end', deadline: Date.now() + 10_000, initialDelayMs: 20, maxDelayMs: 200 },
    );
    expect(failed).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
    expect(failed.cause).toContain('not authorized to perform: dynamodb:PutItem');
  }, 90_000);
});
