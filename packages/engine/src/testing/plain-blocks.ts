import { defineBlock, type AnyBlock } from '@blocksmith/sdk';
import { z } from 'zod';

/**
 * Test blocks whose `run` is a plain generator: they never await, so the engine drives them
 * without promises (run-attempt.ts, pump in graph-run.ts) and a fan-out of them runs in one turn
 * of the event loop unless the output gate holds it (output-gate.ts).
 */
export const plainTestBlocks: AnyBlock[] = [
  defineBlock({
    id: 'p.add',
    name: 'Add',
    description: 'a + b',
    categories: ['test'],
    input: z.object({ a: z.number(), b: z.number().default(1) }),
    output: z.object({ sum: z.number() }),
    examples: [],
    *run({ a, b }) {
      yield ['sum', a + b];
    },
  }),
  defineBlock({
    id: 'p.emit',
    name: 'Emit',
    description: 'yields each of values',
    categories: ['test'],
    input: z.object({ values: z.array(z.number()) }),
    output: z.object({ value: z.number() }),
    examples: [],
    *run({ values }) {
      for (const value of values) yield ['value', value];
    },
  }),
  defineBlock({
    id: 'p.count',
    name: 'Count',
    description: 'yields 0 … n-1, never awaiting',
    categories: ['test'],
    input: z.object({ n: z.number() }),
    output: z.object({ value: z.number() }),
    examples: [],
    *run({ n }) {
      for (let i = 0; i < n; i++) yield ['value', i];
    },
  }),
];
