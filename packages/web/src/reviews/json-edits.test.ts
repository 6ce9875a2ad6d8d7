import { describe, expect, it } from 'vitest';
import { blankLike, removeAt, setAt } from './json-edits.ts';

const email = { to: 'ada@x.test', lines: ['Hi Ada', 'See you'], meta: { urgent: false, tries: 1 } };

describe('editing a JSON value by path', () => {
  it('replaces a value deep inside, leaving the original as it was', () => {
    const edited = setAt(email, ['meta', 'urgent'], true) as typeof email;
    expect(edited.meta).toEqual({ urgent: true, tries: 1 });
    expect(email.meta.urgent).toBe(false);
    expect(setAt(email, ['lines', 1], 'Soon')).toEqual({ ...email, lines: ['Hi Ada', 'Soon'] });
    expect(setAt('old', [], 'new')).toBe('new');
  });

  it('removes a list item or a key', () => {
    expect(removeAt(email, ['lines', 0])).toEqual({ ...email, lines: ['See you'] });
    expect(removeAt(email, ['meta', 'tries'])).toEqual({ ...email, meta: { urgent: false } });
  });

  it('makes an empty value of the same shape for a new item', () => {
    expect(blankLike(email)).toEqual({ to: '', lines: [], meta: { urgent: false, tries: 0 } });
    expect(blankLike(null)).toBeNull();
  });
});
