// Intrinsic functions and pseudo parameters: turns template values into concrete property values.
import { AwsError } from '../../types';
import { partitionOf } from './partition';
import type { TemplateValue } from './template';

/** What resolution needs from the stack being worked on. */
export interface ResolveContext {
  stackName: string;
  stackId: string;
  region: string;
  accountId: string;
  /** Parameter values after defaults (lists for CommaDelimitedList / List<…> types). */
  parameters: Record<string, string | string[]>;
  conditions: Record<string, boolean>;
  mappings: Record<string, Record<string, Record<string, TemplateValue>>>;
  /** Ref of a resource: its physical id; throws when the resource is not (yet) available. */
  ref(logicalId: string): string;
  /** Fn::GetAtt of a resource attribute. */
  getAtt(logicalId: string, attribute: string): TemplateValue;
  /** Fn::ImportValue: an export of another stack. */
  importValue?(name: string): string;
}

/** Marks a value removed by Ref AWS::NoValue (dropped from the enclosing object or list). */
export const NO_VALUE = Symbol('AWS::NoValue');
type Resolved = TemplateValue | typeof NO_VALUE;

const PSEUDO = new Set(['AWS::StackName', 'AWS::StackId', 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::NoValue', 'AWS::NotificationARNs']);

export function isPseudoParameter(name: string): boolean {
  return PSEUDO.has(name);
}

function templateError(message: string): AwsError {
  return new AwsError('ValidationError', `Template error: ${message}`);
}

function isRecord(value: unknown): value is Record<string, TemplateValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one key of an intrinsic function object ({ 'Fn::Join': … }), or undefined for ordinary objects. */
export function intrinsicName(value: Record<string, TemplateValue>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

/** One piece of an Fn::Sub string: literal text or a ${Name} / ${Res.Attr} variable. */
export type SubPart = { text: string } | { variable: string };

/** Splits an Fn::Sub string; `${!Literal}` stays the literal text `${Literal}`. */
export function parseSub(source: string): SubPart[] {
  const parts: SubPart[] = [];
  let rest = source;
  for (;;) {
    const start = rest.indexOf('${');
    if (start < 0) break;
    const end = rest.indexOf('}', start);
    if (end < 0) break;
    if (start > 0) parts.push({ text: rest.slice(0, start) });
    const inner = rest.slice(start + 2, end);
    parts.push(inner.startsWith('!') ? { text: `\${${inner.slice(1)}}` } : { variable: inner.trim() });
    rest = rest.slice(end + 1);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

function pseudo(name: string, ctx: ResolveContext): Resolved {
  switch (name) {
    case 'AWS::StackName': return ctx.stackName;
    case 'AWS::StackId': return ctx.stackId;
    case 'AWS::Region': return ctx.region;
    case 'AWS::AccountId': return ctx.accountId;
    case 'AWS::Partition': return partitionOf(ctx.region).name;
    case 'AWS::URLSuffix': return partitionOf(ctx.region).urlSuffix;
    case 'AWS::NotificationARNs': return [];
    default: return NO_VALUE;
  }
}

function refValue(name: string, ctx: ResolveContext): Resolved {
  if (isPseudoParameter(name)) return pseudo(name, ctx);
  if (name in ctx.parameters) return ctx.parameters[name];
  return ctx.ref(name);
}

function asString(value: Resolved, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw templateError(`${where} requires a string value, got ${JSON.stringify(value === NO_VALUE ? null : value)}`);
}

function asList(value: Resolved, where: string): TemplateValue[] {
  if (Array.isArray(value)) return value;
  throw templateError(`${where} requires a list`);
}

function substitute(source: string, variables: Record<string, Resolved>, ctx: ResolveContext): string {
  return parseSub(source)
    .map((part) => {
      if ('text' in part) return part.text;
      const name = part.variable;
      if (name in variables) return asString(variables[name], 'Fn::Sub variable');
      const dot = name.indexOf('.');
      if (dot > 0 && !isPseudoParameter(name)) return asString(ctx.getAtt(name.slice(0, dot), name.slice(dot + 1)), `Fn::Sub \${${name}}`);
      const value = refValue(name, ctx);
      return Array.isArray(value) ? value.join(',') : asString(value, `Fn::Sub \${${name}}`);
    })
    .join('');
}

/** Evaluates a condition expression (Fn::Equals/And/Or/Not, Condition). */
export function evaluateCondition(value: TemplateValue, ctx: ResolveContext): boolean {
  if (typeof value === 'boolean') return value;
  if (!isRecord(value)) throw templateError('a condition must be an intrinsic function');
  const fn = intrinsicName(value);
  const arg = fn ? value[fn] : undefined;
  switch (fn) {
    case 'Condition': {
      const name = String(arg);
      if (!(name in ctx.conditions)) throw templateError(`unresolved condition dependency ${name}`);
      return ctx.conditions[name];
    }
    case 'Fn::Equals': {
      const [a, b] = asList(arg ?? null, 'Fn::Equals').map((v) => resolveValue(v, ctx));
      return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
    }
    case 'Fn::Not': return !evaluateCondition(asList(arg ?? null, 'Fn::Not')[0], ctx);
    case 'Fn::And': return asList(arg ?? null, 'Fn::And').every((c) => evaluateCondition(c, ctx));
    case 'Fn::Or': return asList(arg ?? null, 'Fn::Or').some((c) => evaluateCondition(c, ctx));
    default: throw templateError(`${fn ?? 'an object'} is not a condition function`);
  }
}

/** Evaluates every entry of a template's Conditions section (conditions may refer to each other). */
export function evaluateConditions(definitions: Record<string, TemplateValue>, ctx: Omit<ResolveContext, 'conditions'>): Record<string, boolean> {
  const conditions: Record<string, boolean> = {};
  const evaluating = new Set<string>();
  const lazy = new Proxy(conditions, {
    has: (_t, name) => typeof name === 'string' && name in definitions,
    get: (_t, name) => {
      if (typeof name !== 'string') return undefined;
      if (name in conditions) return conditions[name];
      if (evaluating.has(name)) throw templateError(`circular condition ${name}`);
      evaluating.add(name);
      conditions[name] = evaluateCondition(definitions[name], { ...ctx, conditions: lazy });
      return conditions[name];
    },
  });
  for (const name of Object.keys(definitions)) void lazy[name];
  return conditions;
}

function resolveFunction(fn: string, arg: TemplateValue, ctx: ResolveContext): Resolved {
  switch (fn) {
    case 'Ref': return refValue(asString(arg, 'Ref'), ctx);
    case 'Fn::GetAtt': {
      const [resource, attribute] = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : asList(arg, 'Fn::GetAtt').map((v) => asString(resolveValue(v, ctx), 'Fn::GetAtt'));
      return ctx.getAtt(resource, attribute);
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return substitute(arg, {}, ctx);
      const [source, vars] = asList(arg, 'Fn::Sub');
      const variables: Record<string, Resolved> = {};
      if (isRecord(vars)) for (const [k, v] of Object.entries(vars)) variables[k] = resolveValue(v, ctx);
      return substitute(asString(source, 'Fn::Sub'), variables, ctx);
    }
    case 'Fn::Join': {
      const [delimiter, list] = asList(arg, 'Fn::Join');
      const items = asList(resolveValue(list, ctx), 'Fn::Join');
      return items.map((item) => asString(item, 'Fn::Join')).join(asString(delimiter, 'Fn::Join'));
    }
    case 'Fn::Select': {
      const [index, list] = asList(arg, 'Fn::Select');
      const items = asList(resolveValue(list, ctx), 'Fn::Select');
      const i = Number(resolveValue(index, ctx));
      if (!Number.isInteger(i) || i < 0 || i >= items.length) throw templateError(`Fn::Select cannot select nonexistent value at index ${String(index)}`);
      return items[i];
    }
    case 'Fn::Split': {
      const [delimiter, source] = asList(arg, 'Fn::Split');
      return asString(resolveValue(source, ctx), 'Fn::Split').split(asString(delimiter, 'Fn::Split'));
    }
    case 'Fn::GetAZs': {
      const region = asString(resolveValue(arg, ctx), 'Fn::GetAZs') || ctx.region;
      return ['a', 'b', 'c'].map((zone) => `${region}${zone}`);
    }
    case 'Fn::Base64': return Buffer.from(asString(resolveValue(arg, ctx), 'Fn::Base64'), 'utf8').toString('base64');
    case 'Fn::FindInMap': {
      const [map, top, second] = asList(arg, 'Fn::FindInMap').map((v) => asString(resolveValue(v, ctx), 'Fn::FindInMap'));
      const found = ctx.mappings[map]?.[top]?.[second];
      if (found === undefined) throw templateError(`Unable to get mapping for ${map}::${top}::${second}`);
      return found;
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = asList(arg, 'Fn::If');
      const name = asString(condition, 'Fn::If');
      if (!(name in ctx.conditions)) throw templateError(`unresolved condition dependency ${name} in Fn::If`);
      return resolveValue(ctx.conditions[name] ? whenTrue : whenFalse, ctx);
    }
    case 'Fn::Equals': case 'Fn::Not': case 'Fn::And': case 'Fn::Or': case 'Condition':
      return evaluateCondition({ [fn]: arg }, ctx);
    case 'Fn::ImportValue': {
      const name = asString(resolveValue(arg, ctx), 'Fn::ImportValue');
      if (!ctx.importValue) throw templateError(`No export named ${name} found.`);
      return ctx.importValue(name);
    }
    case 'Fn::ToJsonString': return JSON.stringify(resolveValue(arg, ctx));
    case 'Fn::Length': return asList(resolveValue(arg, ctx), 'Fn::Length').length;
    default: throw templateError(`Unsupported intrinsic function ${fn}`);
  }
}

function resolveValue(value: TemplateValue, ctx: ResolveContext): Resolved {
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, ctx)).filter((v): v is TemplateValue => v !== NO_VALUE);
  if (isRecord(value)) {
    const fn = intrinsicName(value);
    if (fn) return resolveFunction(fn, value[fn], ctx);
    const out: Record<string, TemplateValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const resolved = resolveValue(v, ctx);
      if (resolved !== NO_VALUE) out[k] = resolved;
    }
    return out;
  }
  return value;
}

/** Resolves every intrinsic function in a value; AWS::NoValue removes what it stands in. */
export function resolve(value: TemplateValue, ctx: ResolveContext): TemplateValue | undefined {
  const resolved = resolveValue(value, ctx);
  return resolved === NO_VALUE ? undefined : resolved;
}
