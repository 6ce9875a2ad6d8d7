import { z } from 'zod';
import { defineTool, ToolError } from './copilot-tool.ts';

const MAX_FOUND = 12;

export const findBlocks = defineTool({
  name: 'find_blocks',
  description: 'Search the block library by words (what a block does, its name or category). Answers ids, names, descriptions and pin names.',
  input: z.object({ query: z.string().min(1).max(200).describe('Words to look for, e.g. "fetch web page" or "summarize".') }),
  async run({ query }, { platform }) {
    const words = query.toLowerCase().split(/\W+/).filter(Boolean);
    const scored = platform.registry.listManifests().map((block) => {
      const text = `${block.id} ${block.name} ${block.description} ${block.categories.join(' ')}`.toLowerCase();
      return { block, score: words.filter((word) => text.includes(word)).length };
    });
    const found = scored
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_FOUND)
      .map(({ block }) => ({
        id: block.id,
        name: block.name,
        description: block.description,
        inputs: Object.keys(block.inputSchema.properties ?? {}),
        outputs: Object.keys(block.outputSchema.properties ?? {}),
      }));
    return { blocks: found, ...(found.length === 0 ? { hint: 'No block matched; try other words, or fewer.' } : {}) };
  },
});

export const getBlock = defineTool({
  name: 'get_block',
  description: "One block's full description: input and output JSON Schemas, required inputs, credentials and examples.",
  input: z.object({ id: z.string().min(1).max(100).describe('Block id, e.g. "http.request".') }),
  async run({ id }, { platform }) {
    const manifest = platform.registry.manifest(id);
    if (!manifest) throw new ToolError(`There is no block "${id}". Did you mean: ${platform.registry.suggest(id).join(', ') || 'none'}? Use find_blocks.`);
    return manifest;
  },
});
