import { artifactOf, isFileRef, type ArtifactRef } from '@blocksmith/sdk';

/** A tool result longer than this (as JSON) reaches the model cut short, so one big output cannot exhaust its context. */
export const MAX_RESULT_CHARS = 20_000;

/** Named values as the model reads them: cut short when too long. */
export function compactValues(values: Record<string, unknown>): unknown {
  const text = JSON.stringify(values);
  return text.length > MAX_RESULT_CHARS ? { truncated: true, first_characters: text.slice(0, MAX_RESULT_CHARS) } : values;
}

/**
 * A run's outputs as tools answer them (the copilot's model, MCP clients): always a list of values per output,
 * as the API gives them, whatever their number. Values stay in order while the answer fits in MAX_RESULT_CHARS
 * of JSON; the value that does not fit comes cut short as `{ truncated: true, first_characters }`, and the
 * values after it are left out, counted in `omittedValues`.
 */
export function toolOutputs(outputs: Record<string, unknown[]>): { outputs: Record<string, unknown[]>; omittedValues?: number } {
  let room = MAX_RESULT_CHARS;
  let omitted = 0;
  const listed: Record<string, unknown[]> = {};
  for (const [name, values] of Object.entries(outputs)) {
    const kept: unknown[] = (listed[name] = []);
    for (const value of values) {
      if (room <= 0) {
        omitted++;
        continue;
      }
      const text = JSON.stringify(value) ?? 'null';
      kept.push(text.length <= room ? value : { truncated: true, first_characters: text.slice(0, room) });
      room -= text.length;
    }
  }
  return omitted > 0 ? { outputs: listed, omittedValues: omitted } : { outputs: listed };
}

/** The files among a run's outputs, as artifacts the chat can open. */
export function artifactsIn(outputs: Record<string, unknown[]>): ArtifactRef[] {
  return Object.values(outputs)
    .flat()
    .filter(isFileRef)
    .map((file) => artifactOf(file, 'agent'));
}
