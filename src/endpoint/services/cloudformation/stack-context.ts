// How a stack's template is evaluated against its resources: the resolution context intrinsic functions
// see, the order resources are made in, outputs, and whether a property change needs a new resource.
import { AwsError } from '../../types';
import { creationOrder } from './graph';
import { evaluateConditions, resolve, type ResolveContext } from './intrinsics';
import type { OutputRecord, ResourceRecord, StackRecord } from './model';
import { parameterValues } from './parameters';
import { provisioners, type Properties } from './resources';
import type { Template, TemplateValue } from './template';

/** A resource that exists in its service (not failed, not deleted). */
export function isLive(record: ResourceRecord | undefined): record is ResourceRecord {
  return !!record && !!record.physicalId && record.status !== 'DELETE_COMPLETE' && record.status !== 'CREATE_FAILED' && record.status !== 'DELETE_SKIPPED';
}

export interface ContextInput {
  stack: Pick<StackRecord, 'StackName' | 'StackId' | 'region'>;
  template: Template;
  /** Effective parameter values. */
  parameters: Record<string, string>;
  /** Resources Ref and Fn::GetAtt read from. */
  resources: Record<string, ResourceRecord>;
  accountId: string;
  exportValue(name: string): string | undefined;
  /** Stands in for resources not created yet (change-set planning); without it, referring to one is an error. */
  unknown?: (name: string) => string;
}

/** What intrinsic functions see while a stack's template is evaluated. */
export function stackResolveContext(input: ContextInput): ResolveContext {
  const { stack, template, resources, unknown } = input;
  const base = {
    stackName: stack.StackName,
    stackId: stack.StackId,
    region: stack.region,
    accountId: input.accountId,
    parameters: parameterValues(template, input.parameters),
    mappings: template.Mappings ?? {},
    ref: (logicalId: string): string => {
      const record = resources[logicalId];
      if (isLive(record)) return record.physicalId as string;
      if (unknown) return unknown(logicalId);
      throw new AwsError('ValidationError', `Template error: resource ${logicalId} is not available for Ref`);
    },
    getAtt: (logicalId: string, attribute: string): TemplateValue => {
      const def = template.Resources[logicalId];
      if (!def) throw new AwsError('ValidationError', `Template error: instance of Fn::GetAtt references undefined resource ${logicalId}`);
      const provisioner = provisioners.get(def.Type);
      if (provisioner && !provisioner.attributes.includes(attribute)) {
        throw new AwsError('ValidationError', `Template error: resource ${logicalId} does not support attribute type ${attribute} in Fn::GetAtt`);
      }
      const record = resources[logicalId];
      if (isLive(record) && record.attributes[attribute] !== undefined) return record.attributes[attribute];
      if (unknown) return unknown(`${logicalId}.${attribute}`);
      throw new AwsError('ValidationError', `Template error: attribute ${attribute} of resource ${logicalId} is not available`);
    },
    importValue: (name: string): string => {
      const value = input.exportValue(name);
      if (value === undefined) throw new AwsError('ValidationError', `No export named ${name} found.`);
      return value;
    },
  };
  return { ...base, conditions: evaluateConditions(template.Conditions ?? {}, base) };
}

/** Resources to create, in dependency order, leaving out those whose Condition is false. */
export function orderedResources(template: Template, ctx: ResolveContext): string[] {
  return creationOrder(template).filter((id) => {
    const condition = template.Resources[id].Condition;
    return condition === undefined || ctx.conditions[condition];
  });
}

export function resolveProperties(template: Template, logicalId: string, ctx: ResolveContext): Properties {
  return (resolve(template.Resources[logicalId].Properties ?? {}, ctx) ?? {}) as Properties;
}

export function resolveOutputs(template: Template, ctx: ResolveContext): OutputRecord[] {
  const out: OutputRecord[] = [];
  for (const [key, def] of Object.entries(template.Outputs ?? {})) {
    if (def.Condition !== undefined && !ctx.conditions[def.Condition]) continue;
    const value = resolve(def.Value, ctx);
    const exportName = def.Export?.Name === undefined ? undefined : resolve(def.Export.Name, ctx);
    out.push({
      OutputKey: key,
      OutputValue: Array.isArray(value) ? value.join(',') : String(value ?? ''),
      Description: def.Description,
      ExportName: exportName === undefined ? undefined : String(exportName),
    });
  }
  return out;
}

/** Order-independent JSON, so properties written in another key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Top-level property names whose values differ. */
export function changedProperties(before: Properties, after: Properties): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => canonical(before[name]) !== canonical(after[name])).sort();
}

/** A new type, an unknown type, or a change to a property its type cannot change in place. */
export function needsReplacement(oldType: string, newType: string, changed: string[]): boolean {
  const provisioner = provisioners.get(newType);
  return oldType !== newType || !provisioner || changed.some((p) => provisioner.replaceOn.includes(p));
}
