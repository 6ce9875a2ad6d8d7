import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineBlock } from './block.ts';
import { BlockError, toErrorValue } from './errors.ts';
import { addUsage } from './usage.ts';

const base = { name: 'X', description: 'x', categories: ['text'], input: z.object({}), output: z.object({ out: z.string() }), examples: [], *run() {} };

describe('defineBlock', () => {
  it('fills the defaults a declaration leaves out', () => {
    const block = defineBlock({ ...base, id: 'text.sample' });
    expect(block).toMatchObject({ kind: 'standard', staticOutput: false, dynamicOutputs: false, toolSource: false, credentials: [] });
  });

  it('refuses declarations that cannot work, saying how to fix them', () => {
    expect(() => defineBlock({ ...base, id: 'Text.Sample' })).toThrow(/use lowercase words separated by dots/);
    expect(() => defineBlock({ ...base, id: 'x.y', output: z.object({ error: z.string() }) })).toThrow(/every block has one implicitly/);
    expect(() => defineBlock({ ...base, id: 'x.y', toolsOutput: 'tools' })).toThrow(/declares no such output/);
    expect(() => defineBlock({ ...base, id: 'x.y', toolSource: true })).toThrow(/needs inputs "tool" and "arguments"/);
    expect(() => defineBlock({ ...base, id: 'x.y', categories: [] })).toThrow(/has no category/);
  });
});

describe('errors and usage', () => {
  it('turns anything thrown into a { message, kind } for the error output', () => {
    expect(toErrorValue(new BlockError('http', 'down'))).toEqual({ message: 'down', kind: 'http' });
    expect(toErrorValue(new TypeError('bad'))).toEqual({ message: 'bad', kind: 'type' });
    expect(toErrorValue(new Error('plain'))).toEqual({ message: 'plain', kind: 'error' });
    expect(toErrorValue('text')).toEqual({ message: 'text', kind: 'error' });
    expect(new BlockError('x', 'y').retriable).toBe(true);
    expect(new BlockError('x', 'y', { retriable: false }).retriable).toBe(false);
  });

  it('sums model use, counting calls whose price is not known apart', () => {
    const one = addUsage(undefined, { inputTokens: 10, outputTokens: 5, costUsd: 0.01 });
    const two = addUsage(one, { inputTokens: 1, outputTokens: 1 });
    expect(two).toEqual({ inputTokens: 11, outputTokens: 6, costUsd: 0.01, calls: 2, unpricedCalls: 1 });
    expect(addUsage(two, two)).toEqual({ inputTokens: 22, outputTokens: 12, costUsd: 0.02, calls: 4, unpricedCalls: 2 });
  });
});
