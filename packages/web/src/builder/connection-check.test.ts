import { describe, expect, it } from 'vitest';
import type { BlockManifest } from '../api/types.ts';
import { checkConnection } from './connection-check.ts';

const manifest = (name: string, inputs: Record<string, unknown>, outputs: Record<string, unknown>): BlockManifest =>
  ({ id: name, name, inputSchema: { properties: inputs }, outputSchema: { properties: outputs }, dynamicOutputs: false }) as unknown as BlockManifest;

describe('checkConnection', () => {
  const numbers = manifest('Numbers', { a: { type: 'number' } }, { result: { type: 'number' } });
  const texts = manifest('Texts', { text: { type: 'string' } }, { result: { type: 'string' } });
  const anything = manifest('Any', { value: {} }, { value: {} });

  it('accepts matching and unconstrained types', () => {
    expect(checkConnection(numbers, 'result', numbers, 'a')).toEqual({ ok: true });
    expect(checkConnection(anything, 'value', texts, 'text')).toEqual({ ok: true });
  });

  it('checks list elements and dictionary values against their element schema', () => {
    const lists = manifest(
      'Lists',
      { items: { type: 'array', items: { type: 'string' } }, values: { type: 'object', additionalProperties: { type: 'number' } } },
      {},
    );
    expect(checkConnection(texts, 'result', lists, 'items[2]')).toEqual({ ok: true });
    expect(checkConnection(numbers, 'result', lists, 'items[0]')).toMatchObject({ ok: false });
    expect(checkConnection(numbers, 'result', lists, 'values.total')).toEqual({ ok: true });
    expect(checkConnection(numbers, 'result', numbers, 'a[0]')).toEqual({ ok: false, reason: 'a of Numbers is not a list.' });
  });

  it('refuses incompatible types with a reason', () => {
    expect(checkConnection(numbers, 'result', texts, 'text')).toEqual({ ok: false, reason: 'result (number) does not fit text (string).' });
  });
});
