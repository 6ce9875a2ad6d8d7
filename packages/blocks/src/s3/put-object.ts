import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { bucketInput, objectKey, s3, s3Credential, target } from './s3-api.ts';

export const s3PutObject = defineBlock({
  id: 's3.put_object',
  name: 'S3: Write Text Object',
  description: 'Writes text as an object of an S3 (or S3-compatible) bucket, replacing one with the same key.',
  categories: ['s3', 'files', 'storage'],
  credentials: [s3Credential],
  input: z.object({
    bucket: bucketInput,
    key: objectKey,
    text: z.string(),
    content_type: z
      .string()
      .regex(/^[\w.+-]+\/[\w.+-]+(;.*)?$/, 'a media type, e.g. text/csv')
      .default('text/plain; charset=utf-8'),
    credential: z.string().optional(),
  }),
  output: z.object({ etag: z.string(), size: z.number() }),
  retry: { attempts: 2 },
  examples: [{ name: 'needs a key', input: { bucket: 'reports', key: 'q4.csv', text: 'a,b' }, error: 'needs a credential of kind s3' }],
  async *run({ bucket, key, text, content_type }, ctx) {
    const body = Buffer.from(text);
    const { headers } = await s3(ctx, await target(ctx, bucket, key), { method: 'PUT', body, headers: { 'content-type': content_type } });
    yield ['etag', (headers.etag ?? '').replace(/"/g, '')];
    yield ['size', body.length];
  },
});
