import { BlockError, defineBlock } from '@blocksmith/sdk';
import { APICallError, streamText } from 'ai';
import { z } from 'zod';
import { languageModel } from './model.ts';

export const aiText = defineBlock({
  id: 'ai.text',
  name: 'AI Text',
  description: 'Asks a language model and streams its answer: tokens appear live on the node; the full text comes out on response.',
  categories: ['ai'],
  credentials: [
    { input: 'credential', kind: 'openai|openai_compatible', description: 'The model provider (OpenAI, or any OpenAI-compatible endpoint such as Ollama).' },
  ],
  input: z.object({
    prompt: z.string().min(1).describe('What to ask.'),
    system: z.string().optional().describe('Instructions that frame every answer.'),
    model: z.string().min(1).default('gpt-4o-mini').describe('Model id, e.g. "gpt-4o-mini" or "llama3.2".'),
    credential: z.string().optional().describe('Which provider credential to use.'),
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.number().int().min(1).max(200_000).optional(),
  }),
  output: z.object({
    response: z.string(),
    usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).describe('Tokens the call used.'),
  }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a provider credential', input: { prompt: 'Hello' }, error: 'needs a credential of kind openai or openai_compatible' }],
  async *run({ prompt, system, model, temperature, max_tokens }, ctx) {
    const credential = await ctx.credential('credential');
    const result = streamText({
      model: await languageModel(credential, model, ctx.settings.allowPrivateNetwork),
      prompt,
      ...(system ? { system } : {}),
      ...(temperature !== undefined ? { temperature } : {}),
      ...(max_tokens !== undefined ? { maxOutputTokens: max_tokens } : {}),
      abortSignal: ctx.signal,
      // The engine retries with backoff; errors come through the stream, not the console.
      maxRetries: 0,
      onError: () => undefined,
    });
    let text = '';
    try {
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') {
          text += part.text;
          ctx.progress({ delta: part.text });
        } else if (part.type === 'error') {
          throw part.error;
        }
      }
    } catch (error) {
      if (APICallError.isInstance(error)) {
        // Rate limits and server errors may pass; a rejected request (bad key, unknown model) will not.
        const retriable = error.statusCode === undefined || error.statusCode === 429 || error.statusCode >= 500;
        throw new BlockError('model', `The model call failed (${error.statusCode ?? 'no status'}): ${error.message}`, { retriable });
      }
      throw error;
    }
    const usage = await result.usage;
    yield ['response', text];
    yield ['usage', { input_tokens: usage.inputTokens ?? 0, output_tokens: usage.outputTokens ?? 0 }];
  },
});
