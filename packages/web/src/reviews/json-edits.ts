/** Where a value sits inside a JSON value: keys of objects and indexes of lists, from the top. */
export type JsonPath = (string | number)[];

/** A copy of `root` with the value at `path` replaced; the rest is shared, not copied. */
export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path as [string | number, ...JsonPath];
  if (Array.isArray(root)) return root.map((item, i) => (i === step ? setAt(item, rest, value) : item));
  const object = root as Record<string, unknown>;
  return { ...object, [step]: setAt(object[step as string], rest, value) };
}

/** A copy of `root` without the list item or key at `path`. */
export function removeAt(root: unknown, path: JsonPath): unknown {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const container = parent.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], root);
  const without = Array.isArray(container)
    ? container.filter((_, i) => i !== last)
    : Object.fromEntries(Object.entries(container as Record<string, unknown>).filter(([key]) => key !== last));
  return setAt(root, parent, without);
}

/** An empty value of the same shape, for a new list item: empty text, zero, false, an object with the same keys emptied. */
export function blankLike(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (typeof value === 'number') return 0;
  if (typeof value === 'boolean') return false;
  if (Array.isArray(value)) return [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, blankLike(inner)]));
  return null;
}
