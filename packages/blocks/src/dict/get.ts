import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { readPath } from '../shared/read-path.ts';

export const dictGet = defineBlock({
  id: 'dict.get',
  name: 'Get Value',
  description: 'Reads a key (or a dotted path like "user.address.city") from an object; missing keys give the default.',
  categories: ['dict'],
  input: z.object({
    dict: z.unknown().describe('An object or list.'),
    key: z.string().min(1),
    default: z.unknown().optional().describe('Used when the key is missing; without it, a missing key is an error.'),
  }),
  output: z.object({ value: z.unknown() }),
  examples: [
    { name: 'reads a path', input: { dict: { user: { name: 'Ada' } }, key: 'user.name' }, output: { value: ['Ada'] } },
    { name: 'falls back to the default', input: { dict: {}, key: 'x', default: 0 }, output: { value: [0] } },
    { name: 'names a missing key', input: { dict: { a: 1 }, key: 'b' }, error: 'Key "b" is missing' },
  ],
  *run({ dict, key, default: fallback }) {
    const value = readPath(dict, key);
    if (value !== undefined) yield ['value', value];
    else if (fallback !== undefined) yield ['value', fallback];
    else throw new BlockError('not_found', `Key "${key}" is missing; set a default to continue without it.`);
  },
});
