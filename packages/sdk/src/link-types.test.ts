import { describe, expect, it } from 'vitest';
import { describeTypes, sinkPinSchema, typesCompatible } from './link-types.ts';
import { parsePin } from './pin.ts';

describe('link types', () => {
  it('lets a link through when a value of the source type can satisfy the sink', () => {
    expect(typesCompatible({ type: 'integer' }, { type: 'number' })).toBe(true);
    expect(typesCompatible({ type: 'number' }, { type: 'integer' })).toBe(true);
    expect(typesCompatible({ anyOf: [{ type: 'string' }, { type: 'null' }] }, { type: 'string' })).toBe(true);
    expect(typesCompatible({ enum: ['a', 'b'] }, { type: 'string' })).toBe(true);
    expect(typesCompatible({}, { type: 'boolean' })).toBe(true);
    expect(typesCompatible({ type: 'string' }, { type: 'array' })).toBe(false);
    expect(typesCompatible({ const: 3 }, { type: 'string' })).toBe(false);
  });

  it('names the types it reads', () => {
    expect(describeTypes({ type: ['string', 'null'] })).toBe('string | null');
    expect(describeTypes(undefined)).toBe('any');
  });

  it('finds the schema of a list element or object key pin, and says when the input has none', () => {
    const list = { type: 'array', items: { type: 'number' } };
    expect(sinkPinSchema(list, parsePin('items[0]'))).toEqual({ type: 'number' });
    const object = { type: 'object', properties: { city: { type: 'string' } }, additionalProperties: { type: 'integer' } };
    expect(sinkPinSchema(object, parsePin('values.city'))).toEqual({ type: 'string' });
    expect(sinkPinSchema(object, parsePin('values.zip'))).toEqual({ type: 'integer' });
    expect(sinkPinSchema({ type: 'string' }, parsePin('text[0]'))).toBeNull();
    expect(sinkPinSchema({}, parsePin('anything[0]'))).toBeUndefined();
  });
});
