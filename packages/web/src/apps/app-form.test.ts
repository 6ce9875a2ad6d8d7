import { describe, expect, it } from 'vitest';
import type { FileRef } from '../api/types.ts';
import { controlOf, formInputs, initialText, type AppField } from './app-form.ts';

const field = (name: string, more: Partial<AppField> = {}): AppField => ({ name, required: false, ...more });
const file: FileRef = { fileId: 'f1', name: 'a.txt', contentType: 'text/plain', size: 3, url: '/api/files/f1' };

describe('app form', () => {
  it('picks a control by the type of the default, and starts each field from its default', () => {
    expect([field('a'), field('b', { type: 'number' }), field('c', { type: 'boolean' }), field('d', { type: 'array' })].map(controlOf)).toEqual([
      'text',
      'number',
      'checkbox',
      'json',
    ]);
    expect(initialText(field('d', { type: 'object', default: { a: 1 } }))).toBe('{\n  "a": 1\n}');
    expect(initialText(field('n', { type: 'number', default: 3 }))).toBe('3');
    expect(initialText(field('x'))).toBe('');
  });

  it('reads each field as its control does, leaves empty ones to their defaults, and prefers an uploaded file', () => {
    const fields = [
      field('topic', { required: true }),
      field('count', { type: 'number', default: 1 }),
      field('loud', { type: 'boolean', default: false }),
      field('tags', { type: 'array', default: [] }),
      field('note', { type: 'string', default: 'hi' }),
      field('doc', { required: true }),
    ];
    const state = { texts: { topic: '42', count: '7', loud: 'true', tags: '["a"]', note: '' }, files: { doc: file } };
    // Text stays text ("42" is not a number for a text field); the file is the input itself.
    expect(formInputs(fields, state)).toEqual({ inputs: { topic: '42', count: 7, loud: true, tags: ['a'], doc: file } });
  });

  it('names the field that cannot be read, and how to fix it', () => {
    expect(formInputs([field('topic', { required: true })], { texts: {}, files: {} })).toEqual({ problem: 'Fill in “topic”: the agent needs it.' });
    expect(formInputs([field('n', { type: 'number', default: 1 })], { texts: { n: 'ten' }, files: {} })).toEqual({
      problem: '“n” is a number; “ten” is not one.',
    });
    expect(formInputs([field('o', { type: 'object', default: {} })], { texts: { o: '{' }, files: {} })).toEqual({
      problem: '“o” is JSON (an object such as {"a": 1}); fix its text.',
    });
  });
});
