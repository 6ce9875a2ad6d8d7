import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const perplexityCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'perplexity_key',
  description: 'A Perplexity API key (pplx-…, perplexity.ai → Settings → API).',
};

export const perplexityAsk = defineBlock({
  id: 'perplexity.ask',
  name: 'Perplexity: Ask the Web',
  description: 'Answers a question from a live web search (Perplexity’s Sonar models), with the sources it cited.',
  categories: ['perplexity', 'ai', 'web'],
  credentials: [perplexityCredential],
  input: z.object({
    question: z.string().min(1),
    model: z.string().min(1).default('sonar').describe('sonar, sonar-pro, sonar-reasoning…'),
    system: z.string().optional().describe('How to answer (length, tone, format).'),
    recency: z.enum(['any', 'day', 'week', 'month', 'year']).default('any').describe('Only sources from this recent past.'),
    domains: z.array(z.string()).max(20).default([]).describe('Only these sites (or, prefixed with "-", not these).'),
    credential: z.string().optional(),
  }),
  output: z.object({ answer: z.string(), citations: z.array(z.string()) }),
  timeoutMs: 120_000,
  examples: [{ name: 'needs a key', input: { question: 'What changed in Node 24?' }, error: 'needs a credential of kind perplexity_key' }],
  async *run({ question, model, system, recency, domains }, ctx) {
    const { fields } = await ctx.credential('credential');
    const { body } = await callProvider(ctx, {
      provider: 'Perplexity',
      method: 'POST',
      url: apiUrl(fields.baseUrl || 'https://api.perplexity.ai', apiPath`/chat/completions`),
      headers: { authorization: `Bearer ${fields.apiKey ?? ''}` },
      json: {
        model,
        messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: question }],
        ...(recency !== 'any' ? { search_recency_filter: recency } : {}),
        ...(domains.length > 0 ? { search_domain_filter: domains } : {}),
      },
      credentialHint: 'the Perplexity API key',
    });
    const answer = body as {
      choices?: { message?: { content?: string } }[];
      citations?: string[];
      search_results?: { url: string }[];
      usage?: { prompt_tokens?: number; completion_tokens?: number };
    };
    ctx.usage({ inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 });
    yield ['answer', answer.choices?.[0]?.message?.content ?? ''];
    yield ['citations', answer.citations ?? (answer.search_results ?? []).map((r) => r.url)];
  },
});
