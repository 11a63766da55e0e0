// update: validate the new definition, put it on the machine (creating the machine when missing), say which
// states were added or removed, and prove the machine now has it.
import * as core from '@actions/core';
import { readStackOutputs } from '../aws/stack';
import { createStateMachine, findStateMachine, readDefinition, sameDefinition, updateStateMachine } from '../aws/state-machine';
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
  await ctx.checks.check(CHECKS.updated, async () => {
    ctx.setActivity(`finding state machine ${stateMachineName}`);
    const found = await findStateMachine(sfn, stateMachineName);
    let change: string;
    if (!found) {
      ctx.setActivity(`creating state machine ${stateMachineName}`);
      stateMachineArn = await createStateMachine(sfn, { name: stateMachineName, definition, roleArn: outputs.StepRoleArn, run: ctx.run });
      change = `created ${stateMachineName} with states: ${list(stateNames(definition))}`;
      core.notice(change, { title: 'State machine created' });
    } else {
      stateMachineArn = found;
      const before = await readDefinition(sfn, found);
      if (sameDefinition(before, definition)) {
        core.notice(`${stateMachineName} already has this definition: nothing to change`, { title: 'No changes' });
        return `${stateMachineName} already had this definition`;
      }
      const { added, removed } = diffStates(before, definition);
      ctx.setActivity(`updating state machine ${stateMachineName}`);
      // Returns once DescribeStateMachine gives back exactly this definition.
      await updateStateMachine(sfn, found, definition, limits);
      change = `states added: ${list(added)}; removed: ${list(removed)}`;
      core.notice(`Updated ${stateMachineName}: ${change}`, { title: 'State machine updated' });
      return `definition read back matches; ${change}`;
    }
    // A new machine: read it back once to prove it holds the definition.
    if (!sameDefinition(await readDefinition(sfn, stateMachineArn), definition)) {
      throw new CheckFailure(`${stateMachineName} was created but returns a different definition`);
    }
    return `${change}; definition read back matches`;
  });

  return {
    outputs: stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {},
    definition,
  };
}
