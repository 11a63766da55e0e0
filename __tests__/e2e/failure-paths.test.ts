// End to end: a run whose scan function fails inside its own code (it is pointed at a table that does not exist). The failed run's
// annotation says what failed, in the function's own terms, and names no file of the machine the endpoint runs on
// (the Lambda worker's script, the checkout, its node_modules): only /var/task as Lambda shows it.
import { describe, expect, test } from '@jest/globals';
import { tmpdir } from 'node:os';
import { UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { describeRun, expectSucceeded, type ActionRun } from './helpers/action';
import { endpointForSuite, STEP_MS } from './helpers/suite';
import { executions, findStateMachineArn } from './helpers/readback';

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error');

describe("a failed run's annotation", () => {
  const suite = endpointForSuite('failure-paths');
  const step = suite.step;

  test('names the failing state and error, and no path of the host', async () => {
    expectSucceeded(await step('deploy'));
    // The scan's Scan call fails with ResourceNotFoundException thrown from the SDK inside the function.
    await suite.aws.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'doc-example-stepfunctions-messages-stack-scan-messages',
        Environment: { Variables: { TABLE_NAME: 'no-such-table', MAX_ITEMS: '100' } },
      }),
    );

    const run = await step('demo');
    if (run.code === 0 || errorsOf(run).length === 0) throw new Error(`expected the step to fail with an error annotation, but:\n${describeRun(run)}`);
    const annotated = errorsOf(run).map((a) => `${a.properties.title ?? ''} ${a.message}`).join('\n');
    expect(annotated).toContain('Scan DynamoDB For Messages');
    expect(annotated).toMatch(/AccessDenied|ResourceNotFound/);
    for (const hostPath of [process.cwd(), tmpdir(), 'node_modules', 'lambda-worker', 'file://']) {
      expect(annotated).not.toContain(hostPath);
    }
    // The run's own record of the failure (the function's error body, trace included) names no host file either.
    const machineArn = await findStateMachineArn(suite.aws.sfn, 'doc-example-dynamodb-message-pump');
    const [failed] = await executions(suite.aws.sfn, machineArn!, 'FAILED');
    const { cause } = await suite.aws.sfn.send(new DescribeExecutionCommand({ executionArn: failed.executionArn }));
    expect(cause).toContain('/var/');
    for (const hostPath of [process.cwd(), 'lambda-worker', 'file://']) expect(cause).not.toContain(hostPath);
  }, 2 * STEP_MS);
});
