// Dependency order of a template's resources, from Ref, Fn::GetAtt, Fn::Sub variables and DependsOn.
import { AwsError } from '../../types';
import { intrinsicName, isPseudoParameter, parseSub } from './intrinsics';
import type { Template, TemplateValue } from './template';

function formatError(message: string): AwsError {
  return new AwsError('ValidationError', `Template format error: ${message}`);
}

/** Names a value refers to (resources or parameters), without telling them apart. */
export function referencedNames(value: TemplateValue | undefined, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) referencedNames(v, into);
  } else if (value && typeof value === 'object') {
    const fn = intrinsicName(value);
    const arg = fn ? value[fn] : undefined;
    if (fn === 'Ref' && typeof arg === 'string') {
      into.add(arg);
    } else if (fn === 'Fn::GetAtt') {
      const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
      if (typeof target === 'string') into.add(target);
      else referencedNames(arg, into);
    } else if (fn === 'Fn::Sub') {
      const [source, vars] = typeof arg === 'string' ? [arg, undefined] : Array.isArray(arg) ? arg : [undefined, undefined];
      const local = vars && typeof vars === 'object' && !Array.isArray(vars) ? vars : {};
      if (typeof source === 'string') {
        for (const part of parseSub(source)) {
          if (!('variable' in part) || part.variable in local) continue;
          into.add(isPseudoParameter(part.variable) ? part.variable : part.variable.split('.')[0]);
        }
      }
      referencedNames(vars, into);
    } else {
      for (const v of Object.values(value)) referencedNames(v, into);
    }
  }
  return into;
}

/** Each resource's direct dependencies (other resources only); throws for unknown names. */
export function dependencies(template: Template): Map<string, Set<string>> {
  const resources = template.Resources;
  const parameters = template.Parameters ?? {};
  const out = new Map<string, Set<string>>();
  const unresolved = new Set<string>();
  for (const [id, def] of Object.entries(resources)) {
    const deps = new Set<string>();
    for (const name of referencedNames(def.Properties ?? null)) {
      if (name in resources) deps.add(name);
      else if (!(name in parameters) && !isPseudoParameter(name)) unresolved.add(name);
    }
    const dependsOn = def.DependsOn === undefined ? [] : Array.isArray(def.DependsOn) ? def.DependsOn : [def.DependsOn];
    for (const name of dependsOn) {
      if (!(name in resources)) throw formatError(`Unresolved resource dependencies [${name}] in the Resources block of the template`);
      deps.add(name);
    }
    deps.delete(id);
    out.set(id, deps);
  }
  for (const [key, output] of Object.entries(template.Outputs ?? {})) {
    for (const name of referencedNames(output.Value)) {
      if (!(name in resources) && !(name in parameters) && !isPseudoParameter(name)) throw formatError(`Unresolved resource dependencies [${name}] in the Outputs block of the template (output ${key})`);
    }
  }
  if (unresolved.size > 0) throw formatError(`Unresolved resource dependencies [${[...unresolved].join(', ')}] in the Resources block of the template`);
  return out;
}

/** Logical ids so that every resource comes after what it depends on (template order among equals). */
export function creationOrder(template: Template): string[] {
  const deps = dependencies(template);
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = path.slice(path.indexOf(id));
      throw formatError(`Circular dependency between resources: [${cycle.join(', ')}]`);
    }
    state.set(id, 'visiting');
    for (const dep of deps.get(id) ?? []) visit(dep, [...path, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of deps.keys()) visit(id, []);
  return order;
}
