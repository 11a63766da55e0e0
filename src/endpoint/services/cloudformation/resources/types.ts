// The contract every resource provisioner implements (one module per resource type).
import type { Backends } from '../../../types';
import type { LogGroupStore } from '../log-groups';
import type { RoleRetry } from './role-propagation';
import type { TemplateValue } from '../template';

export type Properties = Record<string, TemplateValue>;

/** A resource as it exists: Ref value and Fn::GetAtt attributes. */
export interface Provisioned {
  physicalId: string;
  attributes: Record<string, string>;
}

export interface ProvisionContext {
  backends: Backends;
  /** Log groups, kept by CloudFormation itself (the endpoint has no CloudWatch Logs API). */
  logGroups: LogGroupStore;
  region: string;
  accountId: string;
  stackName: string;
  logicalId: string;
  /** Stack-level tags, applied to resources whose service takes tags (resource tags win). */
  stackTags: Record<string, string>;
  /** The physical name to use when the template names none: `<stack>-<logicalId>-<RANDOM>`, cut to fit. */
  generatedName(maxLength: number, suffix?: string): string;
  /** Absolute deadline (ms since epoch) for waiting on the backend (e.g. a table becoming ACTIVE). */
  deadline: number;
  /** How long, and how fast, to retry while a passed role cannot be assumed yet (IAM propagation). */
  roleRetry: RoleRetry;
}

export interface Provisioner {
  readonly type: string;
  /** The property that gives the resource a custom name. */
  readonly nameProperty: string;
  /** Attribute names Fn::GetAtt may ask for. */
  readonly attributes: readonly string[];
  /** Properties whose change needs a new resource (the rest are updated in place). */
  readonly replaceOn: readonly string[];
  /** The ARN the resource will have (the name it will get is fixed on first use of ctx.generatedName). */
  arnFor(properties: Properties, ctx: ProvisionContext): string;
  create(properties: Properties, ctx: ProvisionContext): Promise<Provisioned>;
  /** In-place update; when absent, the resource is deleted and created again under the same name. */
  update?(current: Provisioned, previous: Properties, next: Properties, ctx: ProvisionContext): Promise<Provisioned>;
  delete(current: Provisioned, ctx: ProvisionContext): Promise<void>;
}

/** A property problem, worded like CloudFormation's schema validation. */
export class PropertyError extends Error {
  constructor(logicalId: string, detail: string) {
    super(`Properties validation failed for resource ${logicalId} with message: #: ${detail}`);
    this.name = 'PropertyError';
  }
}

export function requireString(properties: Properties, name: string, ctx: ProvisionContext): string {
  const value = properties[name];
  if (value === undefined || value === null || value === '') throw new PropertyError(ctx.logicalId, `required key [${name}] not found`);
  if (typeof value === 'object') throw new PropertyError(ctx.logicalId, `#/${name}: expected type: String, found: ${Array.isArray(value) ? 'JSONArray' : 'JSONObject'}`);
  return String(value);
}

export function optionalString(properties: Properties, name: string): string | undefined {
  const value = properties[name];
  return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** CloudFormation's `Tags: [{Key, Value}]` merged over the stack's tags. */
export function tagMap(properties: Properties, ctx: ProvisionContext): Record<string, string> {
  const tags: Record<string, string> = { ...ctx.stackTags };
  const list = properties.Tags;
  if (Array.isArray(list)) {
    for (const tag of list) {
      if (tag && typeof tag === 'object' && !Array.isArray(tag) && tag.Key !== undefined) tags[String(tag.Key)] = String(tag.Value ?? '');
    }
  }
  return tags;
}
