import { describe, expect, it } from 'vitest';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { graph, link, testRegistry } from '../testing/test-blocks.ts';
import { singleNodeGraph } from './single-node.ts';
import { UnknownNodeError } from './unknown-node-error.ts';

describe('one node alone', () => {
  const g = {
    ...graph(
      [
        { id: 'in', block: 't.input', inputs: { name: 'x' } },
        { id: 'add', block: 't.add', inputs: { b: 10 } },
        { id: 'agent', block: 't.agent', inputs: { calls: [{ name: 'add', args: { a: 1 } }] } },
        { id: 'tool', block: 't.add', inputs: { b: 100 } },
        { id: 'out', block: 't.output', inputs: { name: 'y' } },
      ],
      [link('in.result', 'add.a'), link('add.sum', 'out.value'), link('agent.tools', 'tool.a'), link('tool.sum', 'out.value')],
    ),
    id: 'agent-id',
    version: 3,
  };

  it('runs the node with values for its pins over its settings, and nothing else', async () => {
    const alone = singleNodeGraph(g, 'add', { a: 5 }, testRegistry());
    expect(alone).toMatchObject({ id: 'agent-id', name: 'test graph: add alone', links: [] });
    expect('version' in alone).toBe(false);
    const run = await runTestGraph(alone);
    expect(run.nodeRuns.map((r) => [r.nodeId, r.status, r.outputs])).toEqual([['add', 'COMPLETED', { sum: [15] }]]);
  });

  it('runs an agent with its tools, and only those', async () => {
    const alone = singleNodeGraph(g, 'agent', {}, testRegistry());
    expect(alone.nodes.map((n) => n.id)).toEqual(['agent', 'tool']);
    const run = await runTestGraph(alone);
    expect(run.of('agent')[0]!.outputs.results).toEqual([[{ nodeRunId: expect.any(String), status: 'COMPLETED', outputs: { sum: [101] } }]]);
    expect(run.of('out')).toEqual([]);
  });

  it('refuses a node the graph does not have', () => {
    expect(() => singleNodeGraph(g, 'gone', {}, testRegistry())).toThrow(UnknownNodeError);
  });
});
