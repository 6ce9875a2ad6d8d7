import { BlockError, defineBlock, type AnyBlock } from '@blocksmith/sdk';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { GraphFile, GraphLink } from '../graph/graph-file.ts';
import { BlockRegistry } from '../registry/block-registry.ts';

/** Small blocks whose behaviour the engine tests control exactly. */
export const testBlocks: AnyBlock[] = [
  defineBlock({
    id: 't.input',
    name: 'Input',
    description: 'run input',
    categories: ['test'],
    kind: 'input',
    input: z.object({ name: z.string(), value: z.unknown().optional() }),
    output: z.object({ result: z.unknown() }),
    examples: [],
    async *run({ value }) {
      yield ['result', value];
    },
  }),
  defineBlock({
    id: 't.output',
    name: 'Output',
    description: 'run output',
    categories: ['test'],
    kind: 'output',
    input: z.object({ name: z.string(), value: z.unknown() }),
    output: z.object({}),
    examples: [],
    async *run() {},
  }),
  defineBlock({
    id: 't.note',
    name: 'Note',
    description: 'comment',
    categories: ['test'],
    kind: 'note',
    input: z.object({ text: z.string().default('') }),
    output: z.object({ ran: z.boolean() }),
    examples: [],
    async *run() {
      yield ['ran', true];
    },
  }),
  defineBlock({
    id: 't.emit',
    name: 'Emit',
    description: 'yields each of values',
    categories: ['test'],
    input: z.object({ values: z.array(z.unknown()), trigger: z.unknown().optional() }),
    output: z.object({ value: z.unknown(), done: z.boolean() }),
    examples: [],
    async *run({ values }) {
      for (const v of values) yield ['value', v];
      yield ['done', true];
    },
  }),
  defineBlock({
    id: 't.add',
    name: 'Add',
    description: 'a + b',
    categories: ['test'],
    input: z.object({ a: z.number(), b: z.number().default(0) }),
    output: z.object({ sum: z.number() }),
    examples: [],
    async *run({ a, b }) {
      yield ['sum', a + b];
    },
  }),
  defineBlock({
    id: 't.store',
    name: 'Store',
    description: 'static output',
    categories: ['test'],
    staticOutput: true,
    input: z.object({ value: z.unknown() }),
    output: z.object({ value: z.unknown() }),
    examples: [],
    async *run({ value }) {
      yield ['value', value];
    },
  }),
  defineBlock({
    id: 't.pair',
    name: 'Pair',
    description: 'pairs x and y',
    categories: ['test'],
    input: z.object({ x: z.unknown(), y: z.unknown() }),
    output: z.object({ pair: z.array(z.unknown()) }),
    examples: [],
    async *run({ x, y }) {
      yield ['pair', [x, y]];
    },
  }),
  defineBlock({
    id: 't.list',
    name: 'List',
    description: 'composite list',
    categories: ['test'],
    input: z.object({ items: z.array(z.unknown()).default([]) }),
    output: z.object({ list: z.array(z.unknown()) }),
    examples: [],
    async *run({ items }) {
      yield ['list', items];
    },
  }),
  defineBlock({
    id: 't.dict',
    name: 'Dict',
    description: 'composite object',
    categories: ['test'],
    input: z.object({ values: z.record(z.string(), z.unknown()).default({}) }),
    output: z.object({ dict: z.record(z.string(), z.unknown()) }),
    examples: [],
    async *run({ values }) {
      yield ['dict', values];
    },
  }),
  defineBlock({
    id: 't.text',
    name: 'Text',
    description: 'takes text',
    categories: ['test'],
    input: z.object({ text: z.string() }),
    output: z.object({ text: z.string() }),
    examples: [],
    async *run({ text }) {
      yield ['text', text];
    },
  }),
  defineBlock({
    id: 't.fail',
    name: 'Fail',
    description: 'throws',
    categories: ['test'],
    input: z.object({
      message: z.string().default('boom'),
      trigger: z.unknown().optional(),
      after: z.unknown().optional(),
      retriable: z.boolean().default(true),
    }),
    output: z.object({ partial: z.unknown() }),
    examples: [],
    async *run({ message, after, retriable }) {
      if (after !== undefined) yield ['partial', after];
      throw new BlockError('test_failure', message, { retriable });
    },
  }),
  defineBlock({
    id: 't.wait',
    name: 'Wait',
    description: 'waits ms',
    categories: ['test'],
    input: z.object({ ms: z.number(), value: z.unknown().optional(), ignore_signal: z.boolean().default(false) }),
    output: z.object({ value: z.unknown() }),
    examples: [],
    async *run({ ms, value, ignore_signal }, ctx) {
      await sleep(ms, undefined, ignore_signal ? {} : { signal: ctx.signal });
      yield ['value', value];
    },
  }),
  defineBlock({
    id: 't.hang',
    name: 'Hang',
    description: 'never yields: ends only when its signal aborts, or never with ignore_signal',
    categories: ['test'],
    input: z.object({ ignore_signal: z.boolean().default(false) }),
    output: z.object({ value: z.unknown() }),
    examples: [],
    // Tests of timeouts and stops use it so that the only way a run can end is the thing under test.
    async *run({ ignore_signal }, ctx) {
      await new Promise((_resolve, reject) => {
        if (!ignore_signal) ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason as Error), { once: true });
      });
      yield ['value', 'never reached'];
    },
  }),
  defineBlock({
    id: 't.progress',
    name: 'Progress',
    description: 'reports progress',
    categories: ['test'],
    input: z.object({ steps: z.number().int() }),
    output: z.object({ done: z.boolean() }),
    examples: [],
    async *run({ steps }, ctx) {
      for (let i = 1; i <= steps; i++) ctx.progress({ fraction: i / steps, delta: `step ${i}` });
      ctx.logger.info('progress finished', { steps });
      yield ['done', true];
    },
  }),
  defineBlock({
    id: 't.bad_output',
    name: 'Bad output',
    description: 'yields wrong things',
    categories: ['test'],
    input: z.object({ mode: z.enum(['unknown', 'type']) }),
    output: z.object({ n: z.number() }),
    examples: [],
    async *run({ mode }) {
      if (mode === 'unknown') yield ['nope' as 'n', 1];
      else yield ['n', 'not a number' as unknown as number];
    },
  }),
  defineBlock({
    id: 't.subgraph',
    name: 'Sub-graph',
    description: 'runs a graph',
    categories: ['test'],
    kind: 'agent',
    input: z.object({ graph_id: z.string(), inputs: z.record(z.string(), z.unknown()).default({}) }),
    output: z.object({ outputs: z.record(z.string(), z.array(z.unknown())), status: z.string() }),
    examples: [],
    async *run({ graph_id, inputs }, ctx) {
      const result = await ctx.runGraph({ graphId: graph_id }, inputs);
      if (result.status !== 'COMPLETED') throw new BlockError('subgraph_failed', result.error ?? result.status);
      yield ['outputs', result.outputs];
      yield ['status', result.status];
    },
  }),
  defineBlock({
    id: 't.agent',
    name: 'Agent',
    description: 'calls its tools in order',
    categories: ['test'],
    toolsOutput: 'tools',
    input: z.object({ calls: z.array(z.object({ name: z.string(), args: z.record(z.string(), z.unknown()) })) }),
    output: z.object({ tools: z.unknown(), results: z.array(z.unknown()), offered: z.array(z.unknown()) }),
    examples: [],
    async *run({ calls }, ctx) {
      yield ['offered', ctx.tools];
      const results = [];
      for (const call of calls) results.push(await ctx.callTool(call.name, call.args).catch((error: Error) => ({ thrown: error.message })));
      yield ['results', results];
    },
  }),
  defineBlock({
    id: 't.review',
    name: 'Review',
    description: 'asks a person, then yields what they decided',
    categories: ['test'],
    input: z.object({ data: z.unknown(), editable: z.boolean().default(true), timeout_ms: z.number().optional() }),
    output: z.object({ approved: z.unknown(), rejected: z.unknown() }),
    examples: [],
    async *run({ data, editable, timeout_ms }, ctx) {
      const decided = await ctx.review({ message: 'Decide', data, editable, ...(timeout_ms !== undefined ? { timeoutMs: timeout_ms } : {}) });
      if (decided.decision === 'approve') yield ['approved', decided.data];
      else yield ['rejected', { reason: decided.reason, data: decided.data }];
    },
  }),
  defineBlock({
    id: 't.usage',
    name: 'Usage',
    description: 'reports model use',
    categories: ['test'],
    input: z.object({ input_tokens: z.number(), output_tokens: z.number(), cost: z.number().optional() }),
    output: z.object({ done: z.boolean() }),
    examples: [],
    async *run({ input_tokens, output_tokens, cost }, ctx) {
      ctx.usage({ inputTokens: input_tokens, outputTokens: output_tokens, ...(cost !== undefined ? { costUsd: cost } : {}) });
      yield ['done', true];
    },
  }),
];

/** A flaky block: fails its first `failures` attempts, counting in the given map. */
export function flakyBlock(attempts: { count: number }, failures: number): AnyBlock {
  return defineBlock({
    id: 't.flaky',
    name: 'Flaky',
    description: 'fails, then succeeds',
    categories: ['test'],
    input: z.object({ value: z.unknown() }),
    output: z.object({ value: z.unknown() }),
    examples: [],
    async *run({ value }) {
      attempts.count++;
      if (attempts.count <= failures) throw new Error(`attempt ${attempts.count} failed`);
      yield ['value', value];
    },
  });
}

/** A pass-through block (`t.count`) that records each execution's value in `calls`: what re-runs and pins must not pay for again. */
export function countingBlock(calls: string[]) {
  return defineBlock({
    id: 't.count',
    name: 'Count',
    description: 'passes value on, counting executions',
    categories: ['test'],
    input: z.object({ value: z.unknown() }),
    output: z.object({ value: z.unknown() }),
    examples: [],
    async *run({ value }) {
      calls.push(JSON.stringify(value));
      yield ['value', value];
    },
  });
}

export function testRegistry(extra: AnyBlock[] = []): BlockRegistry {
  return new BlockRegistry([...testBlocks, ...extra]);
}

/** `link('a.sum', 'b.x')` — a link in the short form tests read easily. */
export function link(from: string, to: string, isStatic = false): GraphLink {
  const [fromNode, output] = splitOnce(from);
  const [toNode, input] = splitOnce(to);
  return { from: { node: fromNode, output }, to: { node: toNode, input }, ...(isStatic ? { static: true } : {}) };
}

export function graph(nodes: GraphFile['nodes'], links: GraphLink[] = []): GraphFile {
  return { schemaVersion: 1, name: 'test graph', nodes, links };
}

function splitOnce(ref: string): [string, string] {
  const dot = ref.indexOf('.');
  return [ref.slice(0, dot), ref.slice(dot + 1)];
}

/** A graph to run as a sub-graph: run input x, plus one, as output y. */
export function incrementGraph(): GraphFile {
  return graph(
    [
      { id: 'in', block: 't.input', inputs: { name: 'x' } },
      { id: 'inc', block: 't.add', inputs: { b: 1 } },
      { id: 'out', block: 't.output', inputs: { name: 'y' } },
    ],
    [link('in.result', 'inc.a'), link('inc.sum', 'out.value')],
  );
}
