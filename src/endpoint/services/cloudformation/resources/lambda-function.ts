// AWS::Lambda::Function from inline source (Code.ZipFile) through the in-process Lambda.
import type { LambdaFunctionSpec } from '../../../types';
import { arn } from '../partition';
import { retryWhileRoleNotAssumable } from './role-propagation';
import { PropertyError, requireString, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

function functionSpec(properties: Properties, name: string, ctx: ProvisionContext): LambdaFunctionSpec {
  const code = properties.Code as Record<string, unknown> | undefined;
  if (!code || typeof code !== 'object') throw new PropertyError(ctx.logicalId, 'required key [Code] not found');
  if (typeof code.ZipFile !== 'string') throw new PropertyError(ctx.logicalId, '#/Code: only inline code (ZipFile) is supported by the local endpoint');
  const environment = properties.Environment as { Variables?: Record<string, unknown> } | undefined;
  const tags = tagMap(properties, ctx);
  return {
    FunctionName: name,
    Runtime: requireString(properties, 'Runtime', ctx),
    Handler: requireString(properties, 'Handler', ctx),
    Role: requireString(properties, 'Role', ctx),
    ZipFile: code.ZipFile,
    Timeout: properties.Timeout === undefined ? undefined : Number(properties.Timeout),
    MemorySize: properties.MemorySize === undefined ? undefined : Number(properties.MemorySize),
    Environment: environment?.Variables ? { Variables: Object.fromEntries(Object.entries(environment.Variables).map(([k, v]) => [k, String(v)])) } : undefined,
    Tags: Object.keys(tags).length > 0 ? tags : undefined,
  };
}

function functionName(properties: Properties, ctx: ProvisionContext): string {
  return properties.FunctionName === undefined ? ctx.generatedName(64) : String(properties.FunctionName);
}

export const lambdaFunction: Provisioner = {
  type: 'AWS::Lambda::Function',
  nameProperty: 'FunctionName',
  attributes: ['Arn'],
  replaceOn: ['FunctionName'],

  arnFor(properties, ctx) {
    return arn('lambda', ctx.region, ctx.accountId, `function:${functionName(properties, ctx)}`);
  },

  async create(properties, ctx) {
    const spec = functionSpec(properties, functionName(properties, ctx), ctx);
    const fn = await retryWhileRoleNotAssumable(() => ctx.backends.lambda.createFunction(spec, ctx.region), ctx.roleRetry);
    return { physicalId: fn.FunctionName, attributes: { Arn: fn.FunctionArn } };
  },

  async update(current, _previous, next, ctx) {
    // Code and configuration change in place: same name, same ARN (the backend offers no UpdateFunction*, so replace the definition).
    const spec = functionSpec(next, current.physicalId, ctx);
    ctx.backends.lambda.deleteFunction(current.physicalId, ctx.region);
    const fn = await retryWhileRoleNotAssumable(() => ctx.backends.lambda.createFunction(spec, ctx.region), ctx.roleRetry);
    return { physicalId: fn.FunctionName, attributes: { Arn: fn.FunctionArn } };
  },

  async delete(current, ctx) {
    if (ctx.backends.lambda.getFunctionArn(current.physicalId, ctx.region)) ctx.backends.lambda.deleteFunction(current.physicalId, ctx.region);
  },
};
