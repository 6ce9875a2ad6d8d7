import { runBlockExample } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { standardBlocks } from './index.ts';
import { registry } from './test-support.ts';

describe.each(standardBlocks.map((block) => [block.id, block] as const))('block %s', (_id, block) => {
  it('declares at least one example', () => {
    expect(block.examples.length).toBeGreaterThan(0);
  });

  it.each(block.examples.map((example) => [example.name, example] as const))('example: %s', async (_name, example) => {
    const result = await runBlockExample(block, example, registry);
    if (example.error !== undefined) {
      expect(result.error?.message).toContain(example.error);
      return;
    }
    expect(result.error).toBeUndefined();
    const unchecked = example.unchecked ?? [];
    const checked = Object.fromEntries(Object.entries(result.outputs).filter(([name]) => !unchecked.includes(name)));
    expect(checked).toEqual(example.output ?? {});
    for (const name of unchecked) expect(result.outputs[name]).toHaveLength(1);
  });
});
