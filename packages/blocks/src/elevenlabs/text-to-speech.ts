import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const elevenlabsCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'elevenlabs_key',
  description: 'An ElevenLabs API key (elevenlabs.io → Developers → API keys).',
};

export const elevenlabsTextToSpeech = defineBlock({
  id: 'elevenlabs.text_to_speech',
  name: 'ElevenLabs: Text to Speech',
  description: 'Reads a text aloud in an ElevenLabs voice and saves the MP3 as an artifact.',
  categories: ['elevenlabs', 'ai', 'media'],
  credentials: [elevenlabsCredential],
  input: z.object({
    text: z.string().min(1).max(10_000),
    voice_id: z
      .string()
      .regex(/^\w{10,40}$/, 'a voice id from the voice library, e.g. 21m00Tcm4TlvDq8ikWAM')
      .default('21m00Tcm4TlvDq8ikWAM'),
    model: z.string().min(1).default('eleven_multilingual_v2'),
    stability: z.number().min(0).max(1).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ audio: fileRefSchema, characters: z.number() }),
  retry: { attempts: 2, initialDelayMs: 2000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a key', input: { text: 'Hello there' }, error: 'needs a credential of kind elevenlabs_key' }],
  async *run({ text, voice_id, model, stability }, ctx) {
    const { fields } = await ctx.credential('credential');
    const { bytes } = await callProvider(ctx, {
      provider: 'ElevenLabs',
      method: 'POST',
      url: apiUrl(fields.baseUrl || 'https://api.elevenlabs.io', apiPath`/v1/text-to-speech/${voice_id}`, { output_format: 'mp3_44100_128' }),
      headers: { 'xi-api-key': fields.apiKey ?? '', accept: 'audio/mpeg' },
      json: { text, model_id: model, ...(stability !== undefined ? { voice_settings: { stability, similarity_boost: 0.75 } } : {}) },
      credentialHint: 'the ElevenLabs API key',
    });
    yield ['audio', await ctx.files.write({ name: 'speech.mp3', contentType: 'audio/mpeg', bytes })];
    yield ['characters', text.length];
  },
});
