import { describe, expect, it } from 'vitest';
import { parsePin } from './pin.ts';

describe('parsePin', () => {
  it('reads plain inputs, list elements and object keys as links write them', () => {
    expect(parsePin('text')).toEqual({ kind: 'plain', input: 'text' });
    expect(parsePin('items[2]')).toEqual({ kind: 'element', input: 'items', index: 2 });
    expect(parsePin('values.city')).toEqual({ kind: 'key', input: 'values', key: 'city' });
    expect(parsePin('values.a.b')).toEqual({ kind: 'key', input: 'values', key: 'a.b' });
  });

  it('takes what is neither as a plain name, for the graph check to refuse if the block has no such input', () => {
    expect(parsePin('items[-1]')).toEqual({ kind: 'plain', input: 'items[-1]' });
    expect(parsePin('items[1234567]')).toEqual({ kind: 'plain', input: 'items[1234567]' });
    expect(parsePin('.key')).toEqual({ kind: 'plain', input: '.key' });
  });
});
