import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { mediaCredential, openAiApi } from './media-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const aiGenerateImage = defineBlock({
  id: 'ai.generate_image',
  name: 'AI Image',
  description: 'Draws images from a prompt with an image model (OpenAI gpt-image-1, DALL·E, or a compatible endpoint) and saves them as PNG artifacts.',
  categories: ['ai', 'media'],
  credentials: [mediaCredential],
  input: z.object({
    prompt: z.string().min(1).max(32_000).describe('What to draw.'),
    model: z.string().min(1).default('gpt-image-1').describe('Image model id, e.g. "gpt-image-1" or "dall-e-3".'),
    size: z.enum(['auto', '256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', '1792x1024', '1024x1792']).default('1024x1024'),
    count: z.number().int().min(1).max(4).default(1).describe('How many images.'),
    credential: z.string().optional().describe('Which provider credential to use.'),
  }),
  output: z.object({ image: fileRefSchema, images: z.array(fileRefSchema), revised_prompt: z.string() }),
  retry: { attempts: 2, initialDelayMs: 2000 },
  timeoutMs: 300_000,
  examples: [
    { name: 'needs a provider credential', input: { prompt: 'A lighthouse at dusk' }, error: 'needs a credential of kind openai, ollama or openai_compatible' },
  ],
  async *run({ prompt, model, size, count }, ctx) {
    // DALL·E answers with links unless asked for the image itself; gpt-image models always send it and refuse the option.
    const json = { model, prompt, size, n: count, ...(model.startsWith('dall-e') ? { response_format: 'b64_json' } : {}) };
    const { body } = await openAiApi(ctx, apiPath`/images/generations`, { json });
    const data = (body as { data?: { b64_json?: string; revised_prompt?: string }[] }).data ?? [];
    const drawn = data.filter((d) => typeof d.b64_json === 'string');
    if (drawn.length === 0)
      throw new BlockError('provider', `The provider answered no image data for ${model}: check that it is an image model.`, { retriable: false });
    const images = [];
    for (const [i, d] of drawn.entries()) {
      images.push(await ctx.files.write({ name: `image-${i + 1}.png`, contentType: 'image/png', bytes: Buffer.from(d.b64_json!, 'base64') }));
    }
    yield ['image', images[0]!];
    yield ['images', images];
    yield ['revised_prompt', drawn[0]!.revised_prompt ?? prompt];
  },
});
