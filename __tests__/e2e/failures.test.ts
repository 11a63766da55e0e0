// End to end, the unhappy paths: a template whose resource fails (rollback reason surfaced), the job cancelled
// mid-demo (runs stopped, nothing left RUNNING, the post step finds nothing to do), definition files (refused
// before any change when invalid; added/removed states reported when valid), and a run that fails (failing
// state, error and cause annotated).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeStackEventsCommand } from '@aws-sdk/client-cloudformation';
import { DeleteFunctionCommand } from '@aws-sdk/client-lambda';
import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { describeRun, expectSucceeded, runAction, type ActionRun } from './helpers/action';
import { clientsFor, type TestClients } from './helpers/clients';
import { startEndpointProcess, type StartedProcess } from './helpers/processes';
import { definitionOf, executions, findStack, findStateMachineArn, stateNames, waitForRunningExecution } from './helpers/readback';

const MACHINE = 'doc-example-dynamodb-message-pump';
const STEP_MS = 180_000;

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error');
/** Everything the error annotations and the failure said, as one text to search. */
const errorText = (run: ActionRun) => [...errorsOf(run).map((a) => `${a.properties.title ?? ''} ${a.message}`), run.stderr].join('\n');

function expectFailed(run: ActionRun): void {
  if (run.code === 0 || errorsOf(run).length === 0) throw new Error(`expected the step to fail with an error annotation, but:\n${describeRun(run)}`);
}

const TIME_SCALE = 0.05;

const FAILING_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: a stack whose second resource cannot be created
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: e2e-failing-stack-queue
  Topic:
    Type: AWS::SNS::Topic
    DependsOn: Queue
    Properties:
      TopicName: e2e-failing-topic
`;

describe('the action when things go wrong', () => {
  let endpoint: StartedProcess;
  let aws: TestClients;
  let work: string;
  // The files the steps are given (templates, definitions) are written to `work`, which is therefore the
  // workspace: the action refuses a path outside it. The endpoint's time scale tells the action how short
  // SQS's queue-name cooldown is there (re-creating the rolled-back stack meets it).
  const step = (operation: string, inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
    runAction({
      inputs: { operation, 'timeout-seconds': '120', ...inputs },
      endpointUrl: endpoint.url,
      timeoutMs: STEP_MS,
      ...extra,
      env: { GITHUB_WORKSPACE: work, LOCAL_ENDPOINT_TIME_SCALE: String(TIME_SCALE), ...extra.env },
    });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'G-e2e-failures-'));
    endpoint = await startEndpointProcess({ stateDir: join(work, 'state'), timeScale: TIME_SCALE });
    aws = clientsFor(endpoint.url);
  }, 30_000);

  afterAll(async () => {
    aws?.destroy();
    await endpoint?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  describe('a template with a resource that fails', () => {
    const stackName = 'e2e-failing-stack';
    let template: string;
    beforeAll(() => {
      template = join(work, 'failing.yaml');
      writeFileSync(template, FAILING_TEMPLATE);
    });

    const expectRollbackSurfaced = async (run: ActionRun) => {
      expectFailed(run);
      const stack = await findStack(aws.cloudformation, stackName);
      expect(stack?.StackStatus).toBe('ROLLBACK_COMPLETE');
      // The reason CloudFormation gave on the failed resource is what the step reports.
      const events = (await aws.cloudformation.send(new DescribeStackEventsCommand({ StackName: stackName }))).StackEvents ?? [];
      const failed = events.find((e) => e.LogicalResourceId === 'Topic' && e.ResourceStatus === 'CREATE_FAILED');
      expect(failed?.ResourceStatusReason).toBeTruthy();
      expect(errorText(run)).toContain(failed!.ResourceStatusReason!);
      expect(errorText(run)).toContain('Topic');
      // What was created before the failure was rolled back.
      await expect(aws.sqs.send(new GetQueueUrlCommand({ QueueName: 'e2e-failing-stack-queue' }))).rejects.toHaveProperty('name', 'QueueDoesNotExist');
    };

    test('deploy fails, the stack rolls back, and the reason is an error annotation', async () => {
      await expectRollbackSurfaced(await step('deploy', { 'stack-name': stackName, template }));
    }, STEP_MS);

    test('deploying again replaces the ROLLBACK_COMPLETE stack and reports the same failure', async () => {
      const before = await findStack(aws.cloudformation, stackName);
      await expectRollbackSurfaced(await step('deploy', { 'stack-name': stackName, template }));
      const after = await findStack(aws.cloudformation, stackName);
      expect(after?.StackId).not.toBe(before?.StackId);
    }, STEP_MS);
  });

  describe('with the pump deployed', () => {
    beforeAll(async () => {
      const run = await step('deploy');
      expectSucceeded(run);
    }, STEP_MS);

    test('a job cancelled mid-demo exits non-zero after SIGINT and leaves nothing RUNNING; the post step then finds nothing to stop', async () => {
      let seenRunning: string | undefined;
      const run = await step('demo', {}, {
        whileRunning: async (interrupt) => {
          seenRunning = await waitForRunningExecution(aws.sfn, MACHINE, 120_000);
          interrupt();
        },
      });
      expect(seenRunning).toBeDefined();
      expect(run.code === 0 && run.signal === null).toBe(false);
      // It stopped on the runner's first signal: no SIGTERM or kill was needed.
      expect(run.signalsSent).toEqual(['SIGINT']);
      const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
      expect(await executions(aws.sfn, machineArn!, 'RUNNING')).toEqual([]);
      const { status } = await aws.sfn.send(new DescribeExecutionCommand({ executionArn: seenRunning }));
      expect(status).toBe('ABORTED');
      // The run the step started was saved for the post step.
      expect(run.state.executions ?? '').toContain(seenRunning);

      const post = await step('demo', {}, { entry: 'cleanup/index.js', savedState: run.state });
      expectSucceeded(post);
      expect(await executions(aws.sfn, machineArn!, 'RUNNING')).toEqual([]);
    }, STEP_MS);

    test('an invalid definition file is refused before the machine is touched', async () => {
      const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
      const before = machineArn ? await definitionOf(aws.sfn, machineArn) : undefined;
      const file = join(work, 'broken.json');
      writeFileSync(file, JSON.stringify({ StartAt: 'Missing', States: { Only: { Type: 'Pass', Next: 'Nowhere' } } }));
      const run = await step('update', { definition: file });
      expectFailed(run);
      expect(errorText(run)).toMatch(/definition/i);
      if (machineArn) expect(await definitionOf(aws.sfn, machineArn)).toEqual(before);
    }, STEP_MS);

    test('a valid definition file (JSON, placeholders filled from the stack outputs) replaces the states and says which', async () => {
      const file = join(work, 'gives-up.json');
      writeFileSync(
        file,
        JSON.stringify({
          Comment: 'scan once, then give up',
          StartAt: 'Scan DynamoDB For Messages',
          States: {
            'Scan DynamoDB For Messages': { Type: 'Task', Resource: '${ScanFunctionArn}', Next: 'Give Up' },
            'Give Up': { Type: 'Fail', Error: 'E2E.Deliberate', Cause: 'a definition that fails on purpose' },
          },
        }),
      );
      const run = await step('update', { definition: file });
      expectSucceeded(run);
      expect(run.stdout).toMatch(/added[^\n]*Give Up/i);
      expect(run.stdout).toMatch(/removed[^\n]*Pause Then Loop/i);
      const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
      const definition = await definitionOf(aws.sfn, machineArn!);
      expect(stateNames(definition).sort()).toEqual(['Give Up', 'Scan DynamoDB For Messages']);
      const stack = await findStack(aws.cloudformation, 'doc-example-stepfunctions-messages-stack');
      const scanFunction = stack?.Outputs?.find((o) => o.OutputKey === 'ScanFunctionArn')?.OutputValue;
      expect(definition.States['Scan DynamoDB For Messages'].Resource).toBe(scanFunction);
    }, STEP_MS);

    test('a run that fails (its Task calls a Lambda that is gone): the failing state, error and cause are annotated', async () => {
      const stack = await findStack(aws.cloudformation, 'doc-example-stepfunctions-messages-stack');
      const scanFunction = stack?.Outputs?.find((o) => o.OutputKey === 'ScanFunctionArn')?.OutputValue;
      await aws.lambda.send(new DeleteFunctionCommand({ FunctionName: scanFunction }));

      const run = await step('demo');
      expectFailed(run);
      expect(run.outputs.result).toBe('failed');
      const machineArn = await findStateMachineArn(aws.sfn, MACHINE);
      expect(await executions(aws.sfn, machineArn!, 'RUNNING')).toEqual([]);
      const failedRuns = await executions(aws.sfn, machineArn!, 'FAILED');
      expect(failedRuns.length).toBeGreaterThan(0);
      const failure = await aws.sfn.send(new DescribeExecutionCommand({ executionArn: failedRuns[0].executionArn }));
      // What AWS says about the failed run is what the step annotated: the state it failed in, the error, the cause.
      const annotated = errorText(run);
      expect(annotated).toContain('Scan DynamoDB For Messages');
      expect(annotated).toContain(failure.error!);
      if (failure.cause) expect(annotated).toContain(failure.cause.slice(0, 60));
    }, STEP_MS);
  });
});
