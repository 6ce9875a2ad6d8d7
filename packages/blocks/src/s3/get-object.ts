import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { bucketInput, objectKey, s3, s3Credential, target } from './s3-api.ts';
import { bytesAsText } from '../shared/bytes-as-text.ts';

export const s3GetObject = defineBlock({
  id: 's3.get_object',
  name: 'S3: Read Text Object',
  description: 'Reads a text object (TXT, CSV, JSON, Markdown …) from an S3 (or S3-compatible) bucket.',
  categories: ['s3', 'files', 'storage'],
  credentials: [s3Credential],
  input: z.object({ bucket: bucketInput, key: objectKey, credential: z.string().optional() }),
  output: z.object({ text: z.string(), content_type: z.string(), size: z.number() }),
  examples: [{ name: 'needs a key', input: { bucket: 'reports', key: 'q4.csv' }, error: 'needs a credential of kind s3' }],
  async *run({ bucket, key }, ctx) {
    const { bytes, contentType } = await s3(ctx, await target(ctx, bucket, key));
    yield ['text', bytesAsText(bytes, key, contentType)];
    yield ['content_type', contentType];
    yield ['size', bytes.length];
  },
});
