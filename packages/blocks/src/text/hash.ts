import { defineBlock } from '@blocksmith/sdk';
import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';

export const textHash = defineBlock({
  id: 'text.hash',
  name: 'Hash',
  description: 'The SHA-256 (or SHA-1, SHA-512, MD5) digest of a text, or its HMAC with a key — to deduplicate, compare or sign.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    algorithm: z.enum(['sha256', 'sha512', 'sha1', 'md5']).default('sha256'),
    key: z.string().optional().describe('Gives the HMAC with this key instead of the plain digest.'),
    encoding: z.enum(['hex', 'base64']).default('hex'),
  }),
  output: z.object({ hash: z.string() }),
  examples: [
    { name: 'digests text', input: { text: 'hello' }, output: { hash: ['2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'] } },
    {
      name: 'signs with a key',
      input: { text: 'hello', key: 'secret' },
      output: { hash: ['88aab3ede8d3adf94d26ab90d3bafd4a2083070c3bcce9c014ee04a443847c0b'] },
    },
  ],
  *run({ text, algorithm, key, encoding }) {
    const digest = key === undefined ? createHash(algorithm) : createHmac(algorithm, key);
    yield ['hash', digest.update(text, 'utf8').digest(encoding)];
  },
});
