// deploy: create the stack, or bring an existing one to the template through a change set; outputs every stack output.
import { readFile } from 'node:fs/promises';
import type { Tag } from '@aws-sdk/client-cloudformation';
import type { OperationOutcome, RunContext, RunInfo } from '../context';
import { CREATED_BY_TAG, deployStack, outputsOf, type DeployAction } from '../aws/stack';
import { StackFailedError } from '../aws/stack-errors';
import { annotateFailures } from '../aws/stack-events';

/** The tags of a new stack: its name, who made it, and the workflow run that made it (CloudFormation passes them on to the resources). */
export function stackTags(stackName: string, run: RunInfo): Tag[] {
  return [
    { Key: 'stack', Value: stackName },
    { ...CREATED_BY_TAG },
    { Key: 'github:repository', Value: run.repository },
    { Key: 'github:run-url', Value: run.runUrl },
  ];
}

/** A change set name unique to this run and attempt ([A-Za-z][-A-Za-z0-9]*, at most 128 characters). */
export function changeSetName(run: RunInfo, now: number): string {
  return `gh-${run.runId}-${run.runAttempt}-deploy-${now.toString(36)}`;
}

const SAID: Record<DeployAction, string> = {
  created: 'created',
  recreated: 'deleted (it was rolled back) and created again',
  updated: 'updated',
  unchanged: 'unchanged (no changes)',
};

export async function deploy(ctx: RunContext): Promise<OperationOutcome> {
  const { stackName, templatePath } = ctx.inputs;
  const started = ctx.now();
  const seconds = () => (ctx.now() - started) / 1000;
  try {
    const templateBody = await readFile(templatePath, 'utf8');
    const result = await deployStack(
      ctx.clients.cloudformation,
      { stackName, templateBody, tags: stackTags(stackName, ctx.run), changeSetName: changeSetName(ctx.run, ctx.now()) },
      { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now, setActivity: (a) => ctx.setActivity(a) },
    );
    const status = result.stack.StackStatus ?? 'UNKNOWN';
    const took = seconds();
    ctx.checks.record({
      name: 'stack deployed',
      passed: true,
      seconds: took,
      detail: `${stackName} ${status}: ${SAID[result.action]} in ${took.toFixed(1)} s`,
    });
    const outputs = outputsOf(result.stack);
    return {
      outputs: { ...outputs, 'stack-outputs': JSON.stringify(outputs) },
      timings: { 'stack deploy': took },
    };
  } catch (err) {
    // A cancelled run is reported by the signal handler, not as a failed check.
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof StackFailedError) annotateFailures(err.failures);
    ctx.checks.record({
      name: 'stack deployed',
      passed: false,
      seconds: seconds(),
      detail: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
}
