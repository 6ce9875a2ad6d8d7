import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { embedTexts, mediaCredential } from '../ai/media-api.ts';

const passageSchema = z.object({
  text: z.string(),
  score: z.number().describe('Cosine similarity to the query (1 is identical).'),
  document: z.string().describe('The document’s name.'),
  source: z.string().describe('Where the document came from: a file name or a web address.'),
  position: z.number().int().describe('The passage’s place in its document, from 0.'),
  citation: z.number().int().describe('Its number in `context`: [1], [2]…'),
});

export const knowledgeSearch = defineBlock({
  id: 'knowledge.search',
  name: 'Search a knowledge base',
  description:
    'Finds the passages of a knowledge base’s documents closest in meaning to a query, each with its document and source, and a numbered context for a prompt so the answer can cite [1], [2]…',
  categories: ['knowledge', 'ai'],
  credentials: [mediaCredential],
  input: z.object({
    knowledge_base: z.string().trim().min(1).max(200).describe('Its name or id (Knowledge page).'),
    query: z.string().min(1).max(8_000).describe('What to look for, e.g. the user’s question.'),
    limit: z.number().int().min(1).max(50).default(5),
    min_score: z.number().min(-1).max(1).default(0).describe('Leave out passages less similar than this.'),
    credential: z.string().optional().describe('Which provider credential embeds the query (with the knowledge base’s model).'),
  }),
  output: z.object({
    passages: z.array(passageSchema),
    context: z.string().describe('The passages, best first, each as “[n] (document) text”, blank lines between: to put in a prompt.'),
    sources: z.array(z.object({ citation: z.number().int(), document: z.string(), source: z.string() })),
  }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  examples: [
    {
      name: 'names a knowledge base that does not exist',
      input: { knowledge_base: 'Handbook', query: 'When does the office open?' },
      error: 'There is no knowledge base "Handbook"',
    },
  ],
  async *run({ knowledge_base, query, limit, min_score }, ctx) {
    const base = await ctx.knowledge.base(knowledge_base);
    const [embedding] = await embedTexts(ctx, base.model, [query]);
    const found = (await ctx.knowledge.search(base.id, embedding!, limit)).filter((p) => p.score >= min_score);
    const passages = found.map((p, i) => ({
      text: p.text,
      score: Math.round(p.score * 10_000) / 10_000,
      document: p.document,
      source: p.source,
      position: p.position,
      citation: i + 1,
    }));
    yield ['passages', passages];
    yield ['context', passages.map((p) => `[${p.citation}] (${p.document}) ${p.text}`).join('\n\n')];
    yield ['sources', passages.map(({ citation, document, source }) => ({ citation, document, source }))];
  },
});
