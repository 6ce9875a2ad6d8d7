import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { mediaCredential, openAiApi } from './media-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const aiSpeechToText = defineBlock({
  id: 'ai.speech_to_text',
  name: 'AI Speech to Text',
  description: 'Transcribes an audio file (mp3, wav, m4a, webm…) with a speech recognition model, e.g. Whisper.',
  categories: ['ai', 'media'],
  credentials: [mediaCredential],
  input: z.object({
    audio: fileRefSchema.describe('The recording: an upload, or an artifact of another block.'),
    model: z.string().min(1).default('whisper-1').describe('Transcription model id, e.g. "whisper-1" or "gpt-4o-mini-transcribe".'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO-639-1 code such as "en"')
      .optional()
      .describe('The spoken language, when known.'),
    prompt: z.string().max(2000).optional().describe('Words to expect (names, jargon).'),
    credential: z.string().optional().describe('Which provider credential to use.'),
  }),
  output: z.object({ text: z.string() }),
  retry: { attempts: 2, initialDelayMs: 2000 },
  timeoutMs: 300_000,
  examples: [
    {
      name: 'names a recording that is not there',
      input: { audio: { fileId: 'gone', name: 'a.mp3', contentType: 'audio/mpeg', size: 1, url: '/api/files/gone' } },
      error: 'File gone was not found: upload it first',
    },
  ],
  async *run({ audio, model, language, prompt }, ctx) {
    const file = await ctx.files.read(audio.fileId);
    const form = new FormData();
    form.set('model', model);
    form.set('response_format', 'json');
    if (language) form.set('language', language);
    if (prompt) form.set('prompt', prompt);
    form.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.name);
    const { body } = await openAiApi(ctx, apiPath`/audio/transcriptions`, { form });
    const text = (body as { text?: unknown }).text;
    if (typeof text !== 'string')
      throw new BlockError('provider', `The provider answered no transcript for ${model}: check that it is a transcription model.`, { retriable: false });
    yield ['text', text];
  },
});
