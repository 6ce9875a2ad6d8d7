/** A value in one short line for a table cell: text as it is, anything else as JSON, cut at `max` characters. */
export function valueText(value: unknown, max = 120): string {
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A run's outputs by name in one short line: each output's one value (or all of them). */
export function outputsText(outputs: Record<string, unknown[]> | undefined, max = 120): string {
  if (!outputs) return '';
  return valueText(Object.fromEntries(Object.entries(outputs).map(([name, values]) => [name, values.length === 1 ? values[0] : values])), max);
}
