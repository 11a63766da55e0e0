// update: validate the new definition, put it on the machine (creating the machine when missing) and publish it as a
// version, say which states were added or removed, and prove the version holds it.
import * as core from '@actions/core';
import { readStackOutputs } from '../aws/stack';
import { ensureDefinition } from '../aws/state-machine';
import { CheckFailure } from '../checks';
import type { OperationOutcome, RunContext } from '../context';
import { buildDefinition, type AslDefinition } from '../definition/build';
import { loadDefinition } from '../definition/load';
import { diffStates, InvalidDefinitionError, stateNames, validateDefinition } from '../definition/validate';

export const CHECKS = {
  valid: 'definition valid',
  updated: 'definition updated',
} as const;

const list = (names: string[]): string => (names.length > 0 ? names.join(', ') : 'none');

export async function update(ctx: RunContext): Promise<OperationOutcome> {
  const { sfn } = ctx.clients;
  const { stateMachineName, definitionPath, includeSqs } = ctx.inputs;
  const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };

  ctx.setActivity(`reading the outputs of stack ${ctx.inputs.stackName}`);
  const outputs = await readStackOutputs(ctx.clients.cloudformation, ctx.inputs.stackName);
  const definition: AslDefinition = definitionPath ? loadDefinition(definitionPath, outputs) : buildDefinition(outputs, includeSqs);
  const source = definitionPath ?? `the built-in pump definition ${includeSqs ? 'with' : 'without'} the SQS state`;

  // Nothing is changed unless both validators accept the definition.
  const valid = await ctx.checks.check(CHECKS.valid, async () => {
    ctx.setActivity('validating the definition');
    try {
      const remote = await validateDefinition(definition, sfn);
      for (const warning of remote?.warnings ?? []) core.warning(warning, { title: 'State machine definition warning' });
      const service = remote?.skipped ? 'ValidateStateMachineDefinition not offered by this endpoint (skipped)' : 'ValidateStateMachineDefinition OK';
      return `${source}: asl-validator OK; ${service}`;
    } catch (err) {
      if (err instanceof InvalidDefinitionError) throw new CheckFailure(`${source}: ${err.message}`);
      throw err;
    }
  });
  if (!valid) return { outputs: {}, definition };

  let stateMachineArn = '';
  let versionArn: string | undefined;
  await ctx.checks.check(CHECKS.updated, async () => {
    ctx.setActivity(`putting the definition on state machine ${stateMachineName}`);
    // Creates, updates or leaves the machine, publishes the result as a version and returns once the version reads
    // back with exactly this definition (retrying while a new role propagates or the machine is still settling).
    const placed = await ensureDefinition(sfn, { name: stateMachineName, definition, roleArn: outputs.StepRoleArn, run: ctx.run }, limits);
    stateMachineArn = placed.stateMachineArn;
    versionArn = placed.versionArn;
    const version = placed.versionArn ? `version ${placed.versionArn.slice(placed.versionArn.lastIndexOf(':') + 1)}` : 'no version (not offered by this endpoint)';
    const pruned = placed.pruned.deleted.length > 0 ? `; deleted ${placed.pruned.deleted.length} old version(s)` : '';
    if (placed.change === 'created') {
      const change = `created ${stateMachineName} with states: ${list(stateNames(definition))}`;
      core.notice(change, { title: 'State machine created' });
      return `${change}; ${version} reads back with it${pruned}`;
    }
    if (placed.change === 'unchanged') {
      core.notice(`${stateMachineName} already has this definition: nothing to change`, { title: 'No changes' });
      return `${stateMachineName} already had this definition; ${version}${pruned}`;
    }
    const { added, removed } = diffStates(placed.previous ?? {}, definition);
    const change = `states added: ${list(added)}; removed: ${list(removed)}`;
    core.notice(`Updated ${stateMachineName}: ${change}`, { title: 'State machine updated' });
    return `${version} reads back with the new definition; ${change}${pruned}`;
  });

  return {
    outputs: {
      ...(stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {}),
      ...(versionArn ? { 'state-machine-version-arn': versionArn } : {}),
    },
    definition,
  };
}
