import { defineBlock } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Engine } from './engine.ts';
import { GraphValidationError } from './graph/graph-issue.ts';
import { InMemoryGraphStore } from './ports/graph-store.ts';
import { InMemoryRunStore } from './ports/run-store.ts';
import { runTestGraph } from './testing/run-test-graph.ts';
import { graph, incrementGraph, link, testRegistry } from './testing/test-blocks.ts';

/** An agent with two tools: an adder (the model fills a; b is set on the node) and a failing block. */
const agentGraph = (calls: unknown[]) =>
  graph(
    [
      { id: 'agent', block: 't.agent', inputs: { calls } },
      { id: 'adder', block: 't.add', label: 'Add numbers', inputs: { b: 10 } },
      { id: 'broken', block: 't.fail', inputs: { retriable: false } },
      { id: 'out', block: 't.output', inputs: { name: 'sums' } },
    ],
    [link('agent.tools', 'adder.a'), link('agent.tools', 'adder.b'), link('agent.tools', 'broken.message'), link('adder.sum', 'out.value')],
  );

describe('agent tools', () => {
  it('offers each node linked from the tools output as a tool named after it, with its linked pins as arguments', async () => {
    const run = await runTestGraph(agentGraph([]));
    expect(run.of('agent')[0]!.outputs.offered).toEqual([
      [
        {
          name: 'add_numbers',
          description: 'Add numbers: a + b',
          nodeId: 'adder',
          inputSchema: {
            type: 'object',
            properties: { a: { type: 'number' }, b: { type: 'number', default: 10 } },
            required: ['a'],
            additionalProperties: false,
          },
        },
        expect.objectContaining({ name: 'fail', nodeId: 'broken', inputSchema: expect.objectContaining({ properties: { message: expect.any(Object) } }) }),
      ],
    ]);
  });

  it('tool nodes never run on their own', async () => {
    const run = await runTestGraph(agentGraph([]));
    expect(run.record.status).toBe('COMPLETED');
    expect(run.of('adder')).toEqual([]);
    expect(run.of('broken')).toEqual([]);
  });

  it('runs each call as a real node run whose outputs go back to the agent and on downstream', async () => {
    const run = await runTestGraph(
      agentGraph([
        { name: 'add_numbers', args: { a: 1 } },
        { name: 'add_numbers', args: { a: 2, b: 3 } },
      ]),
    );
    expect(run.record.status).toBe('COMPLETED');
    expect(run.of('adder').map((r) => [r.status, r.inputs, r.outputs])).toEqual([
      ['COMPLETED', { a: 1, b: 10 }, { sum: [11] }],
      ['COMPLETED', { a: 2, b: 3 }, { sum: [5] }],
    ]);
    const results = run.of('agent')[0]!.outputs.results![0] as { status: string; outputs: unknown; nodeRunId: string }[];
    expect(results.map((r) => [r.status, r.outputs])).toEqual([
      ['COMPLETED', { sum: [11] }],
      ['COMPLETED', { sum: [5] }],
    ]);
    expect(results[0]!.nodeRunId).toBe(run.of('adder')[0]!.id);
    expect(run.record.outputs).toEqual({ sums: [11, 5] });
    const statuses = run.events.filter((e) => e.type === 'node_run.status' && e.nodeId === 'adder').map((e) => (e as { status: string }).status);
    expect(statuses).toEqual(['QUEUED', 'RUNNING', 'COMPLETED', 'QUEUED', 'RUNNING', 'COMPLETED']);
  });

  it('a failing tool answers the agent with its error and does not fail the graph run', async () => {
    const run = await runTestGraph(agentGraph([{ name: 'fail', args: { message: 'no such city' } }]));
    expect(run.record.status).toBe('COMPLETED');
    expect(run.of('broken')[0]!.status).toBe('FAILED');
    expect(run.of('agent')[0]!.outputs.results).toEqual([[expect.objectContaining({ status: 'FAILED', error: 'no such city' })]]);
  });

  it('an unknown tool or argument is refused with what the tools take, and creates no node run', async () => {
    const run = await runTestGraph(
      agentGraph([
        { name: 'search', args: {} },
        { name: 'add_numbers', args: { a: 1, c: 2 } },
      ]),
    );
    expect(run.of('agent')[0]!.outputs.results).toEqual([
      [{ thrown: 'There is no tool "search"; the tools are: add_numbers, fail.' }, { thrown: 'Tool "add_numbers" takes a, b; it has no c.' }],
    ]);
    expect(run.of('adder')).toEqual([]);
  });

  it('invalid arguments fail the tool node run with a message naming the pin', async () => {
    const run = await runTestGraph(agentGraph([{ name: 'add_numbers', args: { a: 'one' } }]));
    expect(run.of('adder')[0]).toMatchObject({ status: 'FAILED', error: { kind: 'invalid_input', message: expect.stringContaining('Input "a"') } });
  });

  it('does not deadlock when the concurrency limit is 1', async () => {
    const run = await runTestGraph(agentGraph([{ name: 'add_numbers', args: { a: 1 } }]), {}, { engine: { maxConcurrency: 1 } });
    expect(run.record.status).toBe('COMPLETED');
    expect(run.record.outputs).toEqual({ sums: [11] });
  });

  it('composes: a node that runs a saved graph can be a tool, so an agent can call another agent', async () => {
    const graphs = new InMemoryGraphStore();
    graphs.save('child', incrementGraph());
    const run = await runTestGraph(
      graph(
        [
          { id: 'agent', block: 't.agent', inputs: { calls: [{ name: 'child_agent', args: { inputs: { x: 41 } } }] } },
          { id: 'child', block: 't.subgraph', label: 'Child agent', inputs: { graph_id: 'child' } },
        ],
        [link('agent.tools', 'child.inputs')],
      ),
      {},
      { engine: { graphStore: graphs } },
    );
    expect(run.of('agent')[0]!.outputs.results).toEqual([
      [expect.objectContaining({ status: 'COMPLETED', outputs: { outputs: [{ y: [42] }], status: ['COMPLETED'] } })],
    ]);
  });

  it('refuses a tool node fed by another link, or shared by two agents', () => {
    const registry = testRegistry();
    const engine = new Engine({ registry, runStore: new InMemoryRunStore(), log: () => undefined });
    const bad = graph(
      [
        { id: 'a1', block: 't.agent', inputs: { calls: [] } },
        { id: 'a2', block: 't.agent', inputs: { calls: [] } },
        { id: 'src', block: 't.emit', inputs: { values: [1] } },
        { id: 'adder', block: 't.add' },
      ],
      [link('a1.tools', 'adder.a'), link('a2.tools', 'adder.a'), link('src.value', 'adder.b')],
    );
    let error: unknown;
    try {
      engine.startRun(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphValidationError);
    expect((error as GraphValidationError).issues.map((i) => i.message)).toEqual([
      'Tool link a2.tools → adder.a: node "adder" is already a tool of "a1"; a node can be the tool of one agent only — duplicate it for the other.',
      'Link src.value → adder.b: node "adder" is a tool of "a2" and takes its inputs from the model\'s arguments and its own settings; remove this link and set the value on the node.',
    ]);
  });
});

describe('model usage', () => {
  it('sums what blocks report per node run and per graph run, and shows it in the end events', async () => {
    const run = await runTestGraph(
      graph([
        { id: 'a', block: 't.usage', inputs: { input_tokens: 100, output_tokens: 20, cost: 0.5 } },
        { id: 'b', block: 't.usage', inputs: { input_tokens: 7, output_tokens: 3 } },
      ]),
    );
    expect(run.of('a')[0]!.usage).toEqual({ inputTokens: 100, outputTokens: 20, costUsd: 0.5, calls: 1, unpricedCalls: 0 });
    expect(run.record.usage).toEqual({ inputTokens: 107, outputTokens: 23, costUsd: 0.5, calls: 2, unpricedCalls: 1 });
    const end = run.events.find((e) => e.type === 'graph_run.status' && e.status === 'COMPLETED');
    expect(end).toMatchObject({ usage: run.record.usage });
  });

  it('adds a sub-run’s usage to the node run that started it', async () => {
    const graphs = new InMemoryGraphStore();
    graphs.save('child', graph([{ id: 'u', block: 't.usage', inputs: { input_tokens: 5, output_tokens: 6, cost: 0.25 } }]));
    const run = await runTestGraph(graph([{ id: 's', block: 't.subgraph', inputs: { graph_id: 'child' } }]), {}, { engine: { graphStore: graphs } });
    expect(run.of('s')[0]!.usage).toEqual({ inputTokens: 5, outputTokens: 6, costUsd: 0.25, calls: 1, unpricedCalls: 0 });
    expect(run.record.usage).toEqual(run.of('s')[0]!.usage);
  });
});

describe('tool sources', () => {
  it('offers the tools a tool source lists, each listing and call a node run of the source; names stay unique', async () => {
    const source = defineBlock({
      id: 't.source',
      name: 'Source',
      description: 'offers upper and add_numbers',
      categories: ['test'],
      toolSource: true,
      input: z.object({ tool: z.string().optional(), arguments: z.record(z.string(), z.unknown()).default({}) }),
      output: z.object({ tools: z.unknown(), result: z.unknown() }),
      examples: [],
      *run({ tool, arguments: args }) {
        if (tool === undefined) {
          yield [
            'tools',
            [
              { name: 'upper', description: 'Upper-cases text', inputSchema: { type: 'object', properties: { text: { type: 'string' } } } },
              { name: 'Add numbers', description: 'clashes with the adder node' },
            ],
          ];
        } else yield ['result', tool === 'upper' ? String(args.text).toUpperCase() : `called ${tool}`];
      },
    });
    const lister = defineBlock({
      id: 't.lister',
      name: 'Lister',
      description: 'lists its tools, then calls each with the same arguments',
      categories: ['test'],
      toolsOutput: 'tools',
      input: z.object({ args: z.record(z.string(), z.unknown()) }),
      output: z.object({ tools: z.unknown(), offered: z.array(z.unknown()), results: z.array(z.unknown()) }),
      examples: [],
      async *run({ args }, ctx) {
        const offered = await ctx.listTools();
        yield ['offered', offered.map((t) => [t.name, t.nodeId])];
        const results = [];
        for (const tool of offered.filter((t) => t.nodeId === 'mcp')) results.push((await ctx.callTool(tool.name, args)).outputs.result?.[0]);
        yield ['results', results];
      },
    });
    const run = await runTestGraph(
      graph(
        [
          { id: 'agent', block: 't.lister', inputs: { args: { text: 'hi' } } },
          { id: 'adder', block: 't.add', label: 'Add numbers', inputs: { b: 1 } },
          { id: 'mcp', block: 't.source' },
        ],
        [link('agent.tools', 'adder.a'), link('agent.tools', 'mcp.tool')],
      ),
      {},
      { extraBlocks: [source, lister] },
    );
    expect(run.record.status).toBe('COMPLETED');
    const agent = run.of('agent')[0]!;
    expect(agent.outputs.offered).toEqual([
      [
        ['add_numbers', 'adder'],
        ['upper', 'mcp'],
        ['add_numbers_2', 'mcp'],
      ],
    ]);
    expect(agent.outputs.results).toEqual([['HI', 'called Add numbers']]);
    expect(run.of('mcp').map((r) => r.inputs)).toEqual([{}, { tool: 'upper', arguments: { text: 'hi' } }, { tool: 'Add numbers', arguments: { text: 'hi' } }]);
  });
});
