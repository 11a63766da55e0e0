// Template parameters (defaults, allowed values, previous values) and the IAM capabilities a template needs.
import { AwsError } from '../../types';
import type { GivenParameter } from './model';
import type { Template } from './template';

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message);
}

/** The value of every template parameter: given, previous (UsePreviousValue) or the default. */
export function effectiveParameters(template: Template, given: GivenParameter[], previous: Record<string, string> = {}): Record<string, string> {
  const declared = template.Parameters ?? {};
  const unknown = given.map((p) => p.ParameterKey).filter((key) => !(key in declared));
  if (unknown.length > 0) throw validation(`Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, def] of Object.entries(declared)) {
    const entry = given.find((p) => p.ParameterKey === name);
    let value: string | undefined;
    if (entry?.UsePreviousValue) value = previous[name];
    else if (entry?.ParameterValue !== undefined) value = entry.ParameterValue;
    else if (def.Default !== undefined && def.Default !== null) value = Array.isArray(def.Default) ? def.Default.join(',') : String(def.Default);
    if (value === undefined) {
      missing.push(name);
      continue;
    }
    if (def.AllowedValues && !def.AllowedValues.map(String).includes(value)) throw validation(`Parameter '${name}' must be one of AllowedValues`);
    if (def.Type === 'Number' && (value.trim() === '' || Number.isNaN(Number(value)))) throw validation(`Parameter '${name}' must be a number.`);
    values[name] = value;
  }
  if (missing.length > 0) throw validation(`Parameters: [${missing.join(', ')}] must have values`);
  return values;
}

/** Parameter values as intrinsic functions see them (list types become lists). */
export function parameterValues(template: Template, values: Record<string, string>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(values)) {
    const type = template.Parameters?.[name]?.Type ?? 'String';
    out[name] = type === 'CommaDelimitedList' || type.startsWith('List<') ? value.split(',').map((v) => v.trim()) : value;
  }
  return out;
}

export function isNoEcho(template: Template, name: string): boolean {
  const flag = template.Parameters?.[name]?.NoEcho;
  return flag === true || flag === 'true';
}

/** IAM resource types and the property that gives each a custom name. */
const IAM_NAMES: Record<string, string | undefined> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::IAM::Policy': undefined,
  'AWS::IAM::AccessKey': undefined,
  'AWS::IAM::UserToGroupAddition': undefined,
};

export interface CapabilityNeed {
  capability?: 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM';
  resourceTypes: string[];
}

export function requiredCapabilities(template: Template): CapabilityNeed {
  const types = new Set<string>();
  let named = false;
  for (const def of Object.values(template.Resources)) {
    if (!(def.Type in IAM_NAMES)) continue;
    types.add(def.Type);
    const nameProperty = IAM_NAMES[def.Type];
    if (nameProperty && def.Properties?.[nameProperty] !== undefined) named = true;
  }
  if (types.size === 0) return { resourceTypes: [] };
  return { capability: named ? 'CAPABILITY_NAMED_IAM' : 'CAPABILITY_IAM', resourceTypes: [...types] };
}

/** Throws InsufficientCapabilitiesException worded as AWS does when the caller did not acknowledge IAM resources. */
export function checkCapabilities(template: Template, given: string[]): void {
  const { capability } = requiredCapabilities(template);
  if (!capability) return;
  const ok = given.includes('CAPABILITY_NAMED_IAM') || (capability === 'CAPABILITY_IAM' && given.includes('CAPABILITY_IAM'));
  if (!ok) throw new AwsError('InsufficientCapabilitiesException', `Requires capabilities : [${capability}]`);
}
