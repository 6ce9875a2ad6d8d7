import { runBlockExample } from '@blocksmith/engine';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { registry } from '../test-support.ts';
import { listUnique } from './unique.ts';

/** The definition: keep an item unless an equal one (by content) was kept before it. */
const byComparison = (list: unknown[]) => list.reduce<unknown[]>((kept, item) => (kept.some((k) => isDeepStrictEqual(k, item)) ? kept : [...kept, item]), []);

describe('list.unique', () => {
  it('keeps what comparing every pair by content keeps, for any list of JSON values', async () => {
    // Few distinct leaves, so lists repeat items, also as objects whose keys come in another order.
    const leaf = fc.constantFrom(0, 1, -1, 1.5, '0', '1', 'a', true, false, null);
    const value = fc.letrec((tie) => ({
      item: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('record')),
      list: fc.array(tie('item'), { maxLength: 3 }),
      record: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('item'), { maxKeys: 3 }),
    })).item;
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 30 }), async (list) => {
        const shuffledKeys = list.map((item) =>
          item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item,
        );
        // As a run's values arrive: parsed JSON (fast-check's records have no prototype, which deep equality tells apart).
        const input = JSON.parse(JSON.stringify([...list, ...shuffledKeys])) as unknown[];
        const result = await runBlockExample(listUnique, { name: 'property', input: { list: input } }, registry);
        expect(result.outputs.list).toEqual([byComparison(input)]);
      }),
      { numRuns: 300 },
    );
  });
});
