// Change-set planning: what applying a template would do to a stack, without touching any resource.
import type { ChangeRecord, ResourceRecord, StackRecord } from './model';
import { changedProperties, isLive, needsReplacement, orderedResources, resolveProperties, stackResolveContext } from './stack-context';
import type { Template } from './template';

/**
 * Changes from the stack as it is to `template` with `parameters`. Resources not created yet (or to be
 * replaced) resolve to placeholders, so what refers to them shows as modified too.
 */
export function planChanges(stack: StackRecord, template: Template, parameters: Record<string, string>, accountId: string, exportValue: (name: string) => string | undefined): ChangeRecord[] {
  const pending = new Set<string>();
  const live: Record<string, ResourceRecord> = {};
  for (const [id, record] of Object.entries(stack.resources)) if (isLive(record)) live[id] = record;
  const visible = new Proxy(live, { get: (target, id: string) => (pending.has(id) ? undefined : target[id]) });
  const ctx = stackResolveContext({ stack, template, parameters, resources: visible, accountId, exportValue, unknown: (name) => `{{pending:${name}}}` });

  const changes: ChangeRecord[] = [];
  const wanted = orderedResources(template, ctx);
  for (const id of wanted) {
    const def = template.Resources[id];
    const old = live[id];
    if (!old) {
      pending.add(id);
      changes.push({ Action: 'Add', LogicalResourceId: id, ResourceType: def.Type, Scope: [] });
      continue;
    }
    const changed = old.type === def.Type ? changedProperties(old.properties, resolveProperties(template, id, ctx)) : ['Type'];
    if (changed.length === 0) continue;
    const replace = needsReplacement(old.type, def.Type, changed);
    if (replace) pending.add(id);
    changes.push({
      Action: 'Modify', LogicalResourceId: id, PhysicalResourceId: old.physicalId, ResourceType: def.Type,
      Replacement: replace ? 'True' : 'False', Scope: ['Properties'], ChangedProperties: changed,
    });
  }
  for (const [id, old] of Object.entries(live)) {
    if (!wanted.includes(id)) changes.push({ Action: 'Remove', LogicalResourceId: id, PhysicalResourceId: old.physicalId, ResourceType: old.type, Scope: [] });
  }
  return changes;
}
