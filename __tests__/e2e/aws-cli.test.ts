// The AWS CLI (botocore, not the JS SDK) pointed at the endpoint: create the stack from setup.yaml, put and scan
// items, send and receive messages, and start, describe and stop an execution. Skipped, saying why, only when
// no `aws` command is installed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv, startEndpointProcess, type StartedProcess } from './helpers/processes';

const run = promisify(execFile);
const cliMissing = ((): string | undefined => {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'the AWS CLI (aws) is not installed';
  }
})();
if (cliMissing) console.warn(`Skipping the AWS CLI suite: ${cliMissing}`);
const suite = cliMissing ? describe.skip : describe;

const STACK = 'cli-pump-stack';
let endpoint: StartedProcess;
let home: string;

/** Runs `aws --endpoint-url … <args> --output json` and returns the parsed answer ({} for no output). */
async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const env = { ...cleanEnv(), HOME: home, AWS_ACCESS_KEY_ID: 'cli', AWS_SECRET_ACCESS_KEY: 'cli', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '' };
  const { stdout } = await run('aws', ['--endpoint-url', endpoint.url, '--output', 'json', ...args], { env, timeout: 60_000 });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

suite('the AWS CLI against the local endpoint', () => {
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'aws-cli-home-'));
    endpoint = await startEndpointProcess({ timeScale: 0.01 });
  }, 30_000);
  afterAll(async () => {
    await endpoint?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('creates the stack from setup.yaml and waits for it', async () => {
    await aws('cloudformation', 'create-stack', '--stack-name', STACK, '--template-body', `file://${resolve('setup.yaml')}`, '--capabilities', 'CAPABILITY_NAMED_IAM');
    await aws('cloudformation', 'wait', 'stack-create-complete', '--stack-name', STACK);
    const { Stacks } = (await aws('cloudformation', 'describe-stacks', '--stack-name', STACK)) as { Stacks: { StackStatus: string; Outputs: { OutputKey: string }[] }[] };
    expect(Stacks[0].StackStatus).toBe('CREATE_COMPLETE');
    expect(Stacks[0].Outputs.map((o) => o.OutputKey).sort()).toEqual(['MessageTableName', 'ScanFunctionArn', 'SendQueueUrl', 'StepRoleArn']);
  }, 90_000);

  it('puts and scans items', async () => {
    const item = JSON.stringify({ user_name: { S: 'cli' }, message_id: { S: 'cli-1' }, message: { S: 'from the CLI' }, sent: { BOOL: false } });
    await aws('dynamodb', 'put-item', '--table-name', `${STACK}-messages`, '--item', item);
    const scanned = (await aws('dynamodb', 'scan', '--table-name', `${STACK}-messages`)) as { Items: Record<string, { S?: string }>[] };
    expect(scanned.Items.map((i) => i.message_id.S)).toEqual(['cli-1']);
  }, 60_000);

  it('sends and receives a message with attributes', async () => {
    const { QueueUrl } = (await aws('sqs', 'get-queue-url', '--queue-name', `${STACK}-queue`)) as { QueueUrl: string };
    await aws('sqs', 'send-message', '--queue-url', QueueUrl, '--message-body', 'hello', '--message-attributes', '{"user":{"DataType":"String","StringValue":"cli"}}');
    const received = (await aws('sqs', 'receive-message', '--queue-url', QueueUrl, '--message-attribute-names', 'All', '--wait-time-seconds', '5')) as {
      Messages: { Body: string; ReceiptHandle: string; MessageAttributes: Record<string, { StringValue: string }> }[];
    };
    expect(received.Messages[0].Body).toBe('hello');
    expect(received.Messages[0].MessageAttributes.user.StringValue).toBe('cli');
    await aws('sqs', 'delete-message', '--queue-url', QueueUrl, '--receipt-handle', received.Messages[0].ReceiptHandle);
  }, 60_000);

  it('starts, describes and stops an execution of a state machine using the stack', async () => {
    const { Stacks } = (await aws('cloudformation', 'describe-stacks', '--stack-name', STACK)) as { Stacks: { Outputs: { OutputKey: string; OutputValue: string }[] }[] };
    const out = Object.fromEntries(Stacks[0].Outputs.map((o) => [o.OutputKey, o.OutputValue]));
    const definition = {
      StartAt: 'Scan',
      States: {
        Scan: { Type: 'Task', Resource: out.ScanFunctionArn, ResultPath: '$.List', Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 10, Next: 'Scan' },
      },
    };
    const { stateMachineArn } = (await aws('stepfunctions', 'create-state-machine', '--name', 'cli-pump', '--role-arn', out.StepRoleArn, '--definition', JSON.stringify(definition))) as { stateMachineArn: string };
    const { executionArn } = (await aws('stepfunctions', 'start-execution', '--state-machine-arn', stateMachineArn)) as { executionArn: string };
    expect((await aws('stepfunctions', 'describe-execution', '--execution-arn', executionArn)).status).toBe('RUNNING');
    await aws('stepfunctions', 'stop-execution', '--execution-arn', executionArn);
    expect((await aws('stepfunctions', 'describe-execution', '--execution-arn', executionArn)).status).toBe('ABORTED');
    await aws('stepfunctions', 'delete-state-machine', '--state-machine-arn', stateMachineArn);
    await aws('cloudformation', 'delete-stack', '--stack-name', STACK);
    await aws('cloudformation', 'wait', 'stack-delete-complete', '--stack-name', STACK);
  }, 90_000);
});
