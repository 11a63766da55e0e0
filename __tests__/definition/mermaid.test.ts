// definitionToMermaid: nodes carry the state names, Map iterators are subgraphs, and every transition is an edge.
import { describe, expect, it } from '@jest/globals';
import { definitionToMermaid } from '../../src/definition/mermaid';
import { pumpDefinition } from '../../__fixtures__/pump-definition';

/** Reads the chart back: node id -> label, and edges as "from label -> to label". */
function readChart(chart: string): { labels: Map<string, string>; edges: string[]; subgraphs: string[] } {
  const labels = new Map<string, string>();
  const subgraphs: string[] = [];
  for (const line of chart.split('\n')) {
    const sub = line.match(/^\s*subgraph (\S+) \["(.*)"\]$/);
    if (sub) {
      labels.set(sub[1], sub[2]);
      subgraphs.push(sub[2]);
      continue;
    }
    const node = line.match(/^\s*(\w+)[[({/]+"?([^"\])}/]*)"?[\])}/]+$/);
    if (node) labels.set(node[1], node[2]);
  }
  const edges = chart
    .split('\n')
    .map((line) => line.match(/^\s*(\w+) (-->|-\.->)(?:\|(\w+)\|)? (\w+)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => `${labels.get(m[1])} -> ${labels.get(m[4])}${m[3] ? ` (${m[3]})` : ''}`);
  return { labels, edges, subgraphs };
}

describe('definitionToMermaid', () => {
  it('draws the pump: the loop edge, the Map as a subgraph holding its iterator', () => {
    const chart = definitionToMermaid(pumpDefinition());
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    const { edges, subgraphs } = readChart(chart);
    expect(subgraphs).toEqual(['Send Messages (Map)']);
    expect(edges).toEqual(
      expect.arrayContaining([
        'Start -> Scan DynamoDB For Messages',
        'Scan DynamoDB For Messages -> Send Messages (Map)',
        'Send Messages (Map) -> Pause Then Loop',
        'Pause Then Loop -> Scan DynamoDB For Messages',
        'Start -> Send',
        'Send -> Record Sent',
        'Record Sent -> End',
      ]),
    );
    // The iterator's states are declared inside the subgraph block.
    const inside = chart.slice(chart.indexOf('subgraph'), chart.indexOf('\n  end'));
    expect(inside).toContain('"Send"');
    expect(inside).toContain('"Record Sent"');
    expect(inside).not.toContain('Pause Then Loop');
  });

  it('draws choices, defaults, catches, terminal states and Parallel branches; escapes quotes in names', () => {
    const chart = definitionToMermaid({
      StartAt: 'Pick "one"',
      States: {
        'Pick "one"': { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'Both' }], Default: 'Give up' },
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Succeed' } } },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Give up' }],
          Next: 'Done',
        },
        'Give up': { Type: 'Fail', Error: 'E' },
        Done: { Type: 'Succeed' },
      },
    });
    const { edges, subgraphs } = readChart(chart);
    expect(subgraphs).toEqual(['Both (Parallel)']);
    expect(chart).toContain('#quot;one#quot;');
    expect(edges).toEqual(
      expect.arrayContaining([
        'Pick #quot;one#quot; -> Both (Parallel) (choice)',
        'Pick #quot;one#quot; -> Give up (default)',
        'Both (Parallel) -> Give up (catch)',
        'Both (Parallel) -> Done',
        'Give up -> End',
        'Done -> End',
        'Start -> A',
        'Start -> B',
        'A -> End',
        'B -> End',
      ]),
    );
  });

  it('reads ItemProcessor (the newer Map form) like Iterator', () => {
    const chart = definitionToMermaid({
      StartAt: 'Each',
      States: { Each: { Type: 'Map', ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: 'x', End: true } } }, End: true } },
    });
    const { edges, subgraphs } = readChart(chart);
    expect(subgraphs).toEqual(['Each (Map)']);
    expect(edges).toEqual(expect.arrayContaining(['Start -> Work', 'Work -> End', 'Each (Map) -> End']));
  });

  it('draws a definition without states as a lone start', () => {
    expect(definitionToMermaid({})).toBe('flowchart TD\n  start1((Start))');
  });
});
