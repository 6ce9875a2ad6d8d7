import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, segments, type ApiUrl } from '../shared/api-path.ts';

export const replicateCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'replicate_token',
  description: 'A Replicate API token (replicate.com → Account → API tokens, r8_…).',
};

/** Between looks at a prediction still running (Replicate holds the first request up to 60 s before answering with it so). */
const POLL_MS = 2000;

type Prediction = { id: string; status: string; output?: unknown; error?: string | null; metrics?: { predict_time?: number }; urls?: { get?: string } };

export const replicateRunModel = defineBlock({
  id: 'replicate.run_model',
  name: 'Replicate: Run Model',
  description:
    'Runs a model on Replicate (image, audio, video or language models: owner/name, or owner/name:version) with its input, and waits for its output.',
  categories: ['replicate', 'ai', 'media'],
  credentials: [replicateCredential],
  input: z.object({
    model: z.string().regex(/^[\w.-]+\/[\w.-]+(:[0-9a-f]{64})?$/, 'owner/name, or owner/name:<64-hex version>'),
    input: z.record(z.string(), z.unknown()).describe('The model’s input, as its page documents it.'),
    credential: z.string().optional(),
  }),
  output: z.object({ output: z.unknown(), prediction_id: z.string(), seconds: z.number() }),
  timeoutMs: 900_000,
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a token',
      input: { model: 'black-forest-labs/flux-schnell', input: { prompt: 'a fox' } },
      error: 'needs a credential of kind replicate_token',
    },
  ],
  async *run({ model, input }, ctx) {
    const { fields } = await ctx.credential('credential');
    const base = (fields.baseUrl || 'https://api.replicate.com').replace(/\/$/, '');
    const call = async (url: ApiUrl, json?: unknown) =>
      (
        await callProvider(ctx, {
          provider: 'Replicate',
          method: json === undefined ? 'GET' : 'POST',
          url,
          headers: { authorization: `Bearer ${fields.token ?? ''}`, ...(json !== undefined ? { prefer: 'wait' } : {}) },
          ...(json !== undefined ? { json } : {}),
          credentialHint: 'the Replicate API token',
        })
      ).body as Prediction;
    const [name, version] = model.split(':');
    let prediction = version
      ? await call(apiUrl(base, apiPath`/v1/predictions`), { version, input })
      : await call(apiUrl(base, apiPath`/v1/models/${segments(name ?? model)}/predictions`), { input });
    while (prediction.status === 'starting' || prediction.status === 'processing') {
      await sleep(POLL_MS, undefined, { signal: ctx.signal });
      prediction = await call(apiUrl(base, apiPath`/v1/predictions/${prediction.id}`));
    }
    if (prediction.status !== 'succeeded') {
      throw new BlockError('provider', `Replicate’s prediction ${prediction.id} ${prediction.status}: ${prediction.error ?? 'no reason given'}`, {
        retriable: false,
      });
    }
    yield ['output', prediction.output ?? null];
    yield ['prediction_id', prediction.id];
    yield ['seconds', prediction.metrics?.predict_time ?? 0];
  },
});
