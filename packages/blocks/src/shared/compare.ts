import { isDeepStrictEqual } from 'node:util';

const NUMERIC = /^\s*-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/** Equality that treats 5 and "5" as equal and compares objects by content. */
export function looselyEqual(a: unknown, b: unknown): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) return x === y;
  return isDeepStrictEqual(a, b);
}

/** Orders numbers (and numeric strings) by value and everything else as text. */
export function compareValues(a: unknown, b: unknown): number {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
  return text(a).localeCompare(text(b));
}

/** Whether a string holds a substring, a list holds an item, or an object holds a key. */
export function containsValue(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') return container.includes(String(item));
  if (Array.isArray(container)) return container.some((element) => looselyEqual(element, item));
  if (container !== null && typeof container === 'object') return Object.hasOwn(container, String(item));
  return false;
}

/** The comparisons logic.condition and list.filter offer, by operator. */
export const COMPARISONS = {
  '==': looselyEqual,
  '!=': (a: unknown, b: unknown) => !looselyEqual(a, b),
  '>': (a: unknown, b: unknown) => compareValues(a, b) > 0,
  '<': (a: unknown, b: unknown) => compareValues(a, b) < 0,
  '>=': (a: unknown, b: unknown) => compareValues(a, b) >= 0,
  '<=': (a: unknown, b: unknown) => compareValues(a, b) <= 0,
  contains: containsValue,
} as const;

export const OPERATORS = Object.keys(COMPARISONS) as [keyof typeof COMPARISONS, ...(keyof typeof COMPARISONS)[]];
