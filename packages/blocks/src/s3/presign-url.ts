import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { bucketInput, objectKey, presigned, s3Credential, target } from './s3-api.ts';

export const s3PresignUrl = defineBlock({
  id: 's3.presign_url',
  name: 'S3: Presign URL',
  description: 'Makes a link through which anyone who has it may download (GET) or upload (PUT) one object until it expires, without the keys.',
  categories: ['s3', 'files', 'storage'],
  credentials: [s3Credential],
  input: z.object({
    bucket: bucketInput,
    key: objectKey,
    method: z.enum(['GET', 'PUT']).default('GET'),
    expires_s: z.number().int().min(1).max(604_800).default(3600).describe('At most 7 days.'),
    credential: z.string().optional(),
  }),
  output: z.object({ url: z.string(), expires_at: z.string() }),
  examples: [{ name: 'needs a key', input: { bucket: 'reports', key: 'q4.csv' }, error: 'needs a credential of kind s3' }],
  async *run({ bucket, key, method, expires_s }, ctx) {
    yield ['url', presigned(ctx, await target(ctx, bucket, key), method, expires_s).toString()];
    yield ['expires_at', new Date(ctx.now().getTime() + expires_s * 1000).toISOString()];
  },
});
