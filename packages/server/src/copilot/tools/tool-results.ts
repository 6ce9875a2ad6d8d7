import { artifactOf, isFileRef, type ArtifactRef } from '@blocksmith/sdk';

/** A tool result longer than this (as JSON) reaches the model cut short, so one big output cannot exhaust its context. */
export const MAX_RESULT_CHARS = 20_000;

/** Named values as the model reads them: cut short when too long. */
export function compactValues(values: Record<string, unknown>): unknown {
  const text = JSON.stringify(values);
  return text.length > MAX_RESULT_CHARS ? { truncated: true, first_characters: text.slice(0, MAX_RESULT_CHARS) } : values;
}

/** Outputs as the model reads them: each output's values (one value alone), cut short when too long. */
export function compactOutputs(outputs: Record<string, unknown[]>): unknown {
  return compactValues(Object.fromEntries(Object.entries(outputs).map(([name, values]) => [name, values.length === 1 ? values[0] : values])));
}

/** The files among a run's outputs, as artifacts the chat can open. */
export function artifactsIn(outputs: Record<string, unknown[]>): ArtifactRef[] {
  return Object.values(outputs)
    .flat()
    .filter(isFileRef)
    .map((file) => artifactOf(file, 'agent'));
}
