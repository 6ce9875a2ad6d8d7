import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const textBase64 = defineBlock({
  id: 'text.base64',
  name: 'Base64',
  description: 'Encodes text as Base64 (or Base64URL), or decodes it back to text.',
  categories: ['text'],
  input: z.object({
    text: z.string(),
    mode: z.enum(['encode', 'decode']).default('encode'),
    url_safe: z.boolean().default(false).describe('Base64URL: - and _ instead of + and /, no padding.'),
  }),
  output: z.object({ result: z.string() }),
  examples: [
    { name: 'encodes', input: { text: 'héllo?' }, output: { result: ['aMOpbGxvPw=='] } },
    { name: 'decodes Base64URL', input: { text: 'aMOpbGxvPw', mode: 'decode', url_safe: true }, output: { result: ['héllo?'] } },
    { name: 'names what is not Base64', input: { text: 'not base64!', mode: 'decode' }, error: 'is not Base64' },
  ],
  *run({ text, mode, url_safe }) {
    const encoding = url_safe ? 'base64url' : 'base64';
    if (mode === 'encode') return yield ['result', Buffer.from(text, 'utf8').toString(encoding)];
    const clean = text.trim();
    if (!(url_safe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/).test(clean)) {
      throw new BlockError('invalid_input', `The text is not Base64${url_safe ? 'URL' : ''}: it has characters outside its alphabet.`, { retriable: false });
    }
    yield ['result', Buffer.from(clean, encoding).toString('utf8')];
  },
});
