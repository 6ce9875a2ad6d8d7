import type { BlockManifest } from '@blocksmith/sdk';
import { z } from 'zod';
import { runBlockAlone } from './block-alone.ts';
import { defineTool, ToolError, type ToolContext } from './copilot-tool.ts';
import { artifactsIn, toolOutputs } from './tool-results.ts';

const MAX_FOUND = 12;

/** A schema's pin names and what each takes, as the block docs show them. */
const pinDocs = (schema: BlockManifest['inputSchema']): string[] =>
  Object.entries(schema.properties ?? {}).flatMap(([name, pin]) => [name, (pin as { description?: string }).description ?? '']);

export const findBlocks = defineTool({
  name: 'find_blocks',
  description:
    'Search the block library and its docs by words (what a block does, its name or category, what its pins take, its examples). Answers ids, names, descriptions and pin names, best match first.',
  input: z.object({ query: z.string().min(1).max(200).describe('Words to look for, e.g. "fetch web page" or "summarize".') }),
  async run({ query }, { platform }) {
    const words = query.toLowerCase().split(/\W+/).filter(Boolean);
    const scored = platform.registry.listManifests().map((block) => {
      // What the block is weighs more than what its pins and examples mention.
      const about = [block.id, block.name, block.description, ...block.categories].join(' ').toLowerCase();
      const docs = [...pinDocs(block.inputSchema), ...pinDocs(block.outputSchema), ...block.examples.map((e) => e.name)].join(' ').toLowerCase();
      return { block, score: words.reduce((sum, word) => sum + (about.includes(word) ? 2 : docs.includes(word) ? 1 : 0), 0) };
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

/** A block's manifest, or the refusal that suggests the nearest ids. */
function manifestOf(id: string, { platform }: Pick<ToolContext, 'platform'>) {
  const manifest = platform.registry.manifest(id);
  if (!manifest) throw new ToolError(`There is no block "${id}". Did you mean: ${platform.registry.suggest(id).join(', ') || 'none'}? Use find_blocks.`);
  return manifest;
}

export const getBlock = defineTool({
  name: 'get_block',
  description: "One block's full description: input and output JSON Schemas, required inputs, credentials and examples.",
  input: z.object({ id: z.string().min(1).max(100).describe('Block id, e.g. "http.request".') }),
  async run({ id }, ctx) {
    return manifestOf(id, ctx);
  },
});

export const runBlock = defineTool({
  name: 'run_block',
  description:
    'Run one block on its own with inputs (as a node takes them: its settings and pin values, a credential id on its credential input), to try it before building it into an agent or to do a one-off step. ' +
    'Answers each output as a list of values, and files it wrote as artifacts. It is not recorded as a run; its model use counts in this chat’s usage.',
  input: z.object({
    block: z.string().min(1).max(100).describe('Block id, e.g. "text.template".'),
    inputs: z.record(z.string(), z.unknown()).default({}),
  }),
  async run({ block, inputs }, ctx) {
    const manifest = manifestOf(block, ctx);
    if (manifest.kind !== 'standard') throw new ToolError(`${block} is part of an agent's shape (${manifest.kind}), not a step to run on its own.`);
    const outputs = Object.keys(manifest.outputSchema.properties ?? {}).filter((name) => name !== 'error');
    const values = await runBlockAlone(ctx, block, inputs, outputs);
    const artifacts = artifactsIn(values);
    return { block, ...toolOutputs(values), ...(artifacts.length ? { artifacts } : {}) };
  },
});
