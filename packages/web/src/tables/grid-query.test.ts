import { describe, expect, it } from 'vitest';
import { cellText, editedValue, filterCondition, gridQuery, nextSort } from './grid-query.ts';

const text = { name: 'email', type: 'text' as const };
const number = { name: 'score', type: 'number' as const };
const flag = { name: 'vip', type: 'boolean' as const };
const json = { name: 'tags', type: 'json' as const };

describe('the data table grid', () => {
  it('cycles a column’s sort ascending, descending, none; another column starts ascending', () => {
    expect(nextSort(undefined, 'score')).toEqual({ column: 'score', direction: 'asc' });
    expect(nextSort({ column: 'score', direction: 'asc' }, 'score')).toEqual({ column: 'score', direction: 'desc' });
    expect(nextSort({ column: 'score', direction: 'desc' }, 'score')).toBeUndefined();
    expect(nextSort({ column: 'score', direction: 'desc' }, 'email')).toEqual({ column: 'email', direction: 'asc' });
  });

  it('reads a filter box as the condition its column’s type suggests', () => {
    expect(filterCondition(text, '  ')).toBeUndefined();
    expect(filterCondition(text, 'ada')).toEqual({ column: 'email', op: 'contains', value: 'ada' });
    expect(filterCondition(text, '= ada@example.com')).toEqual({ column: 'email', op: 'eq', value: 'ada@example.com' });
    expect(filterCondition(number, '>= 80')).toEqual({ column: 'score', op: 'gte', value: '80' });
    expect(filterCondition(number, '<5')).toEqual({ column: 'score', op: 'lt', value: '5' });
    expect(filterCondition(number, '!= 3')).toEqual({ column: 'score', op: 'ne', value: '3' });
    expect(filterCondition(number, '42')).toEqual({ column: 'score', op: 'eq', value: '42' });
    expect(filterCondition(flag, 'true')).toEqual({ column: 'vip', op: 'eq', value: 'true' });
    expect(filterCondition(json, 'math')).toEqual({ column: 'tags', op: 'contains', value: 'math' });
  });

  it('queries the filled filters, the sort and the page', () => {
    expect(gridQuery([text, number], { email: 'ada', score: '' }, { column: 'score', direction: 'desc' }, 2)).toEqual({
      where: [{ column: 'email', op: 'contains', value: 'ada' }],
      sort: [{ column: 'score', direction: 'desc' }],
      limit: 50,
      offset: 100,
    });
    expect(gridQuery([text], {}, undefined, 0)).toEqual({ where: [], sort: [], limit: 50, offset: 0 });
  });

  it('shows cells as text and sends edits the server converts (JSON read as JSON)', () => {
    expect([cellText(null), cellText('a'), cellText(3), cellText(false), cellText(['x'])]).toEqual(['', 'a', '3', 'false', '["x"]']);
    expect(editedValue(number, '12')).toBe('12');
    expect(editedValue(number, '')).toBeNull();
    expect(editedValue(json, '{"a":1}')).toEqual({ a: 1 });
    expect(editedValue(json, 'plain words')).toBe('plain words');
  });
});
