import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { bucketInput, s3, s3Credential, target, xmlText } from './s3-api.ts';

const tag = (xml: string, name: string): string => xmlText(new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '');

export const s3ListObjects = defineBlock({
  id: 's3.list_objects',
  name: 'S3: List Objects',
  description:
    'Lists the objects of an S3 (or S3-compatible) bucket under a prefix, with their sizes and times; folders one level down when a delimiter is given.',
  categories: ['s3', 'files', 'storage'],
  credentials: [s3Credential],
  input: z.object({
    bucket: bucketInput,
    prefix: z.string().max(1024).default(''),
    delimiter: z.string().max(1).default('').describe('"/" lists one level: objects, and sub-folders as `folders`.'),
    limit: z.number().int().min(1).max(1000).default(1000),
    credential: z.string().optional(),
  }),
  output: z.object({
    objects: z.array(z.object({ key: z.string(), size: z.number(), modified: z.string(), etag: z.string() })),
    folders: z.array(z.string()),
    truncated: z.boolean(),
  }),
  examples: [{ name: 'needs a key', input: { bucket: 'reports' }, error: 'needs a credential of kind s3' }],
  async *run({ bucket, prefix, delimiter, limit }, ctx) {
    const bucketTarget = await target(ctx, bucket);
    bucketTarget.url.searchParams.set('list-type', '2');
    bucketTarget.url.searchParams.set('max-keys', String(limit));
    if (prefix) bucketTarget.url.searchParams.set('prefix', prefix);
    if (delimiter) bucketTarget.url.searchParams.set('delimiter', delimiter);
    const { bytes } = await s3(ctx, bucketTarget);
    const xml = bytes.toString('utf8');
    const contents = [...xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)].map((m) => m[1]!);
    yield [
      'objects',
      contents.map((c) => ({
        key: tag(c, 'Key'),
        size: Number(tag(c, 'Size') || 0),
        modified: tag(c, 'LastModified'),
        etag: tag(c, 'ETag').replace(/"/g, ''),
      })),
    ];
    yield ['folders', [...xml.matchAll(/<CommonPrefixes>([\s\S]*?)<\/CommonPrefixes>/g)].map((m) => tag(m[1]!, 'Prefix'))];
    yield ['truncated', tag(xml, 'IsTruncated') === 'true'];
  },
});
