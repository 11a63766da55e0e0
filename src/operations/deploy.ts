// deploy: create the stack, or bring an existing one to the template through a change set; outputs every stack output.
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import type { Tag } from '@aws-sdk/client-cloudformation';
import type { OperationOutcome, RunContext, RunInfo } from '../context';
import { CREATED_BY_TAG, QUEUE_NAME_COOLDOWN_MS, deployStack, outputsOf, stackOptionsOf, type DeployAction } from '../aws/stack';
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

/**
 * How long SQS keeps a deleted queue's name: 60 s on AWS. A local endpoint runs its clock LOCAL_ENDPOINT_TIME_SCALE
 * times as fast (the variable the action's own endpoint reads, and the one to set for an endpoint started with
 * --time-scale), so its cooldown is that much shorter; on AWS itself the variable is ignored.
 */
export function queueNameCooldownMs(endpointUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (!endpointUrl) return QUEUE_NAME_COOLDOWN_MS;
  const scale = Number(env.LOCAL_ENDPOINT_TIME_SCALE);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? Math.ceil(QUEUE_NAME_COOLDOWN_MS * scale) : QUEUE_NAME_COOLDOWN_MS;
}

/**
 * A stack made by an older version of the action had no log group resource, so Lambda created
 * /aws/lambda/<function> itself on the first run; adding it to the stack then fails because it exists. Says how
 * to hand it over (the action has no CloudWatch Logs client to do it, and the logs are the user's to keep or not).
 */
function adviseOnExistingLogGroup(err: StackFailedError): void {
  for (const failure of err.failures) {
    if (failure.resourceType !== 'AWS::Logs::LogGroup' || !/already exists/i.test(failure.reason)) continue;
    const name = /identifier '([^']+)'/.exec(failure.reason)?.[1] ?? `the log group of ${failure.logicalId}`;
    core.error(
      `${name} exists outside the stack (Lambda creates it on a function's first run). Delete it ` +
        `(aws logs delete-log-group --log-group-name ${name}), or import it into the stack, then run deploy again`,
      { title: 'Log group exists outside the stack' },
    );
  }
}

const SAID: Record<DeployAction, string> = {
  created: 'created',
  recreated: 'deleted (it was rolled back) and created again',
  updated: 'updated',
  unchanged: 'unchanged (no changes)',
};

export async function deploy(ctx: RunContext): Promise<OperationOutcome> {
  const { stackName, templatePath, endpointUrl } = ctx.inputs;
  const started = ctx.now();
  const seconds = () => (ctx.now() - started) / 1000;
  try {
    // The body checked when the inputs were read; read here only when no check ran (a caller other than main).
    const templateBody = ctx.inputs.templateBody ?? (await readFile(templatePath, 'utf8'));
    const result = await deployStack(
      ctx.clients.cloudformation,
      {
        stackName,
        templateBody,
        tags: stackTags(stackName, ctx.run),
        changeSetName: changeSetName(ctx.run, ctx.now()),
        queueNameCooldownMs: queueNameCooldownMs(endpointUrl),
      },
      stackOptionsOf(ctx),
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
    if (err instanceof StackFailedError) {
      annotateFailures(err.failures);
      adviseOnExistingLogGroup(err);
    }
    ctx.checks.record({
      name: 'stack deployed',
      passed: false,
      seconds: seconds(),
      detail: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
}
