import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry } from '@blocksmith/engine';
import { defineBlock } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copilotSystemPrompt } from './system-prompt.ts';

describe('the copilot system prompt', () => {
  it('is made from the registry: every block with its pins, and the graph-file format', () => {
    const extra = defineBlock({
      id: 'test.new_block',
      name: 'Brand new',
      description: 'Does a new thing. More words here.',
      categories: ['test'],
      input: z.object({ needed: z.string(), maybe: z.number().optional() }),
      output: z.object({ made: z.string() }),
      examples: [],
      async *run() {},
    });
    const prompt = copilotSystemPrompt(new BlockRegistry([...standardBlocks, extra]));
    for (const block of standardBlocks) expect(prompt).toContain(`- ${block.id} — ${block.name}:`);
    expect(prompt).toContain('- test.new_block — Brand new: Does a new thing. In: needed*, maybe. Out: made.');
    expect(prompt).toContain('"schemaVersion"');
  });
});
