import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { mediaCredential, openAiApi } from './media-api.ts';
import { apiPath } from '../shared/api-path.ts';

const CONTENT_TYPES = { mp3: 'audio/mpeg', wav: 'audio/wav', opus: 'audio/ogg', flac: 'audio/flac' } as const;

export const aiTextToSpeech = defineBlock({
  id: 'ai.text_to_speech',
  name: 'AI Text to Speech',
  description: 'Reads a text aloud with a speech model and saves the audio as an artifact (mp3, wav, opus or flac).',
  categories: ['ai', 'media'],
  credentials: [mediaCredential],
  input: z.object({
    text: z.string().min(1).max(4096),
    voice: z.string().min(1).default('alloy').describe('The voice, e.g. alloy, echo, nova, shimmer.'),
    model: z.string().min(1).default('gpt-4o-mini-tts').describe('Speech model id, e.g. "gpt-4o-mini-tts" or "tts-1".'),
    format: z.enum(['mp3', 'wav', 'opus', 'flac']).default('mp3'),
    instructions: z.string().max(4000).optional().describe('How to speak: tone, pace (models that take it).'),
    credential: z.string().optional().describe('Which provider credential to use.'),
  }),
  output: z.object({ audio: fileRefSchema }),
  retry: { attempts: 2, initialDelayMs: 2000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a provider credential', input: { text: 'Hello there' }, error: 'needs a credential of kind openai, ollama or openai_compatible' }],
  async *run({ text, voice, model, format, instructions }, ctx) {
    const { bytes } = await openAiApi(ctx, apiPath`/audio/speech`, {
      json: { model, input: text, voice, response_format: format, ...(instructions ? { instructions } : {}) },
    });
    yield ['audio', await ctx.files.write({ name: `speech.${format}`, contentType: CONTENT_TYPES[format], bytes })];
  },
});
