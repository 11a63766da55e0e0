// Amazon States Language -> a Mermaid flowchart for the job summary: one node per state, Map iterators and
// Parallel branches as subgraphs, and every transition drawn, so a loop (Pause Then Loop -> Scan) shows as an edge.

type Json = Record<string, unknown>;

interface StateGraph {
  StartAt?: unknown;
  States?: unknown;
}

/** Renders `definition` as the body of a ```mermaid block (flowchart TD). Unknown shapes are drawn, not rejected. */
export function definitionToMermaid(definition: Json): string {
  const lines = ['flowchart TD'];
  const ids = new IdAllocator();
  const start = ids.next('start');
  lines.push(`  ${start}((Start))`);
  const entry = renderGraph(definition, '', ids, lines, '  ');
  if (entry) lines.push(`  ${start} --> ${entry}`);
  return lines.join('\n');
}

/** Node ids are generated (state names may hold any character); labels carry the names. */
class IdAllocator {
  private count = 0;
  next(prefix = 's'): string {
    this.count += 1;
    return `${prefix}${this.count}`;
  }
}

/**
 * Draws one StartAt/States graph (the top level, a Map iterator or a Parallel branch) into `lines`.
 * `scope` keeps node ids of nested graphs apart from their parents'. Returns the id of the StartAt node.
 */
function renderGraph(graph: StateGraph, scope: string, ids: IdAllocator, lines: string[], indent: string): string | undefined {
  const states = isObject(graph.States) ? graph.States : {};
  const names = Object.keys(states);
  const idOf = new Map(names.map((name) => [name, ids.next(`${scope}s`)]));
  const edges: string[] = [];
  let endId: string | undefined;
  const end = (): string => {
    if (!endId) {
      endId = ids.next(`${scope}done`);
      lines.push(`${indent}${endId}((End))`);
    }
    return endId;
  };
  const target = (next: unknown): string | undefined => (typeof next === 'string' ? idOf.get(next) : undefined);

  for (const name of names) {
    const state = isObject(states[name]) ? states[name] : {};
    const id = idOf.get(name) as string;
    const type = typeof state.Type === 'string' ? state.Type : 'State';
    const nested = nestedGraphs(state);
    if (nested.length > 0) {
      lines.push(`${indent}subgraph ${id} ["${label(name)} (${type})"]`);
      lines.push(`${indent}  direction TB`);
      nested.forEach((sub, index) => {
        const subScope = `${id}b${index}`;
        const subStart = ids.next(`${subScope}start`);
        lines.push(`${indent}  ${subStart}((Start))`);
        const subEntry = renderGraph(sub, subScope, ids, lines, `${indent}  `);
        if (subEntry) lines.push(`${indent}  ${subStart} --> ${subEntry}`);
      });
      lines.push(`${indent}end`);
    } else {
      lines.push(`${indent}${id}${shape(type, name)}`);
    }

    const next = target(state.Next);
    if (next) edges.push(`${id} --> ${next}`);
    if (state.End === true || type === 'Succeed' || type === 'Fail') edges.push(`${id} --> ${end()}`);
    if (Array.isArray(state.Choices)) {
      for (const choice of state.Choices) {
        const to = isObject(choice) ? target(choice.Next) : undefined;
        if (to) edges.push(`${id} -->|choice| ${to}`);
      }
    }
    const fallback = target(state.Default);
    if (fallback) edges.push(`${id} -->|default| ${fallback}`);
    if (Array.isArray(state.Catch)) {
      for (const handler of state.Catch) {
        const to = isObject(handler) ? target(handler.Next) : undefined;
        if (to) edges.push(`${id} -.->|catch| ${to}`);
      }
    }
  }
  for (const edge of edges) lines.push(`${indent}${edge}`);
  return target(graph.StartAt);
}

/** The graphs nested in a state: a Map's ItemProcessor (or the older Iterator), a Parallel's Branches. */
function nestedGraphs(state: Json): StateGraph[] {
  const processor = state.ItemProcessor ?? state.Iterator;
  if (isObject(processor)) return [processor];
  if (Array.isArray(state.Branches)) return state.Branches.filter(isObject);
  return [];
}

function shape(type: string, name: string): string {
  const text = `"${label(name)}"`;
  switch (type) {
    case 'Choice':
      return `{${text}}`;
    case 'Wait':
      return `([${text}])`;
    case 'Succeed':
    case 'Fail':
      return `[[${text}]]`;
    case 'Pass':
      return `[/${text}/]`;
    default:
      return `[${text}]`;
  }
}

/** Mermaid labels in double quotes: quotes and markup characters become entity codes. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
