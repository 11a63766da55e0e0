// AWS::StepFunctions::StateMachine through the in-process Step Functions. Ref is the ARN.
import { AwsError } from '../../../types';
import { arn } from '../partition';
import { retryWhileRoleNotAssumable } from './role-propagation';
import { PropertyError, requireString, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

/** The definition text: Definition (object) or DefinitionString, with ${key} DefinitionSubstitutions applied. */
function definitionText(properties: Properties, ctx: ProvisionContext): string {
  let text: string;
  if (properties.Definition !== undefined && properties.Definition !== null) text = JSON.stringify(properties.Definition);
  else if (properties.DefinitionString !== undefined) text = String(properties.DefinitionString);
  else throw new PropertyError(ctx.logicalId, 'required key [Definition] or [DefinitionString] not found');
  const substitutions = properties.DefinitionSubstitutions;
  if (substitutions && typeof substitutions === 'object' && !Array.isArray(substitutions)) {
    for (const [key, value] of Object.entries(substitutions)) text = text.split(`\${${key}}`).join(String(value));
  }
  return text;
}

function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}

function machineName(properties: Properties, ctx: ProvisionContext): string {
  return properties.StateMachineName === undefined ? ctx.generatedName(80) : String(properties.StateMachineName);
}

export const stateMachine: Provisioner = {
  type: 'AWS::StepFunctions::StateMachine',
  nameProperty: 'StateMachineName',
  attributes: ['Arn', 'Name', 'StateMachineRevisionId'],
  replaceOn: ['StateMachineName', 'StateMachineType'],

  arnFor(properties, ctx) {
    return arn('states', ctx.region, ctx.accountId, `stateMachine:${machineName(properties, ctx)}`);
  },

  async create(properties, ctx) {
    const name = machineName(properties, ctx);
    const tags = tagMap(properties, ctx);
    const input = { name, definition: definitionText(properties, ctx), roleArn: requireString(properties, 'RoleArn', ctx), tags: Object.keys(tags).length > 0 ? tags : undefined };
    const { stateMachineArn } = await retryWhileRoleNotAssumable(() => ctx.backends.states.createStateMachine(input, ctx.region), ctx.roleRetry);
    return { physicalId: stateMachineArn, attributes: { Arn: stateMachineArn, Name: nameFromArn(stateMachineArn), StateMachineRevisionId: stateMachineArn } };
  },

  async update(current, _previous, next, ctx) {
    const input = { stateMachineArn: current.physicalId, definition: definitionText(next, ctx), roleArn: requireString(next, 'RoleArn', ctx) };
    await retryWhileRoleNotAssumable(() => ctx.backends.states.updateStateMachine(input, ctx.region), ctx.roleRetry);
    return current;
  },

  async delete(current, ctx) {
    try {
      ctx.backends.states.deleteStateMachine(current.physicalId, ctx.region);
    } catch (error) {
      // Already gone (deleted outside the stack) counts as deleted, as on AWS.
      if (error instanceof AwsError && /NotExist|NotFound/.test(error.code)) return;
      throw error;
    }
  },
};
