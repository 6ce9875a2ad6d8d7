import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

const doubler = {
  name: 'Doubler',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'x' } },
    { id: 'calc', block: 'math.arithmetic', inputs: { operation: 'multiply', b: 2 } },
    { id: 'out', block: 'output', inputs: { name: 'doubled' } },
  ],
  links: [
    { from: { node: 'in', output: 'result' }, to: { node: 'calc', input: 'a' } },
    { from: { node: 'calc', output: 'result' }, to: { node: 'out', input: 'value' } },
  ],
};

export const agentRunGraph = defineBlock({
  id: 'agent.run_graph',
  name: 'Run Agent',
  description:
    'Runs another saved agent (graph) with inputs and yields each of its named outputs on an output of the same name, plus all of them as `outputs`.',
  categories: ['agent'],
  kind: 'agent',
  dynamicOutputs: true,
  input: z.object({
    graph_id: z.string().min(1).describe('Id of the saved graph to run.'),
    version: z.number().int().min(1).optional().describe('Version to run; the latest when empty.'),
    alias: z.string().min(1).max(40).optional().describe('Run the version this alias points at (e.g. "production") instead of a version number.'),
    inputs: z.record(z.string(), z.unknown()).default({}).describe("Values for the graph's Input blocks, by name."),
  }),
  output: z.object({
    outputs: z.record(z.string(), z.array(z.unknown())).describe('Every named output of the sub-run with all its values.'),
    run_id: z.string().describe('Id of the sub-run.'),
  }),
  examples: [
    {
      name: 'runs a sub-graph',
      input: { graph_id: 'doubler', inputs: { x: 21 } },
      context: { graphs: { doubler } },
      output: { doubled: [42], outputs: [{ doubled: [42] }] },
      unchecked: ['run_id'],
    },
    { name: 'names a missing graph', input: { graph_id: 'nope' }, error: 'Graph "nope" was not found' },
    { name: 'reports bad sub-run inputs', input: { graph_id: 'doubler', inputs: { y: 1 } }, context: { graphs: { doubler } }, error: 'Unknown run input "y"' },
  ],
  async *run({ graph_id, version, alias, inputs }, ctx) {
    if (version !== undefined && alias !== undefined) {
      throw new BlockError('invalid_input', 'Give either a version or an alias of the agent to run, not both.', { retriable: false });
    }
    const result = await ctx.runGraph({ graphId: graph_id, ...(version !== undefined ? { version } : {}), ...(alias !== undefined ? { alias } : {}) }, inputs);
    if (result.status !== 'COMPLETED') {
      throw new BlockError(
        'subgraph_failed',
        `Agent "${graph_id}" ${result.status === 'TERMINATED' ? 'was stopped' : `failed: ${result.error ?? 'unknown error'}`}.`,
      );
    }
    for (const [name, values] of Object.entries(result.outputs)) {
      if (name === 'outputs' || name === 'run_id' || name === 'error') continue;
      for (const value of values) yield [name, value];
    }
    yield ['outputs', result.outputs];
    yield ['run_id', result.runId];
  },
});
