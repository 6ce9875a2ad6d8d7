/** What a person typed into a cell for an object of values by name: the object, or what is wrong with it. */
export function parseObjectCell(text: string, what: string): { value: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `${what} must be JSON: ${(e as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { error: `${what} must be an object of values by name, like {"topic": "owls"}.` };
  return { value: value as Record<string, unknown> };
}

/** An object as a cell shows it for editing: indented JSON, or nothing for an empty one. */
export const cellText = (value: Record<string, unknown>): string => (Object.keys(value).length === 0 ? '' : JSON.stringify(value, null, 2));

/** A file's format from its name: JSON Lines for .jsonl and .ndjson, CSV otherwise. */
export const formatOfFile = (name: string): 'csv' | 'jsonl' => (/\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : 'csv');
