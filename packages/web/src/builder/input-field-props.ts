import type { BlockManifest, JsonSchema } from '../api/types.ts';
import type { CredentialRequirement } from './use-fitting-credentials.ts';

/** What a field needs besides its schema: the credential the block declares on it, and for a model id the credential whose models to suggest. */
export function inputFieldProps(
  manifest: BlockManifest,
  name: string,
  schema: JsonSchema,
  inputs: Record<string, unknown>,
): { credential?: CredentialRequirement; modelsCredential?: { chosen: unknown; requirement: CredentialRequirement } } {
  const credential = manifest.credentials.find((c) => c.input === name);
  const models = typeof schema.modelsFrom === 'string' ? manifest.credentials.find((c) => c.input === schema.modelsFrom) : undefined;
  return {
    ...(credential ? { credential } : {}),
    ...(models ? { modelsCredential: { chosen: inputs[models.input], requirement: models } } : {}),
  };
}

/**
 * Whether an input's field is drawn on the node itself: required inputs and credentials are what a node
 * cannot do without; every other field lives in the node's settings panel, so nodes stay small and readable.
 */
export function fieldOnNode(manifest: BlockManifest, name: string): boolean {
  const required = Array.isArray(manifest.inputSchema.required) ? (manifest.inputSchema.required as string[]) : [];
  return required.includes(name) || manifest.credentials.some((c) => c.input === name);
}

/** A set value in a few characters, for the node's pin row (the full value is in the settings panel). */
export function valueSummary(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Cut between graphemes, so an emoji or an accented letter is never split.
  const graphemes = [...new Intl.Segmenter().segment(text)].map((s) => s.segment);
  return graphemes.length > 24 ? `${graphemes.slice(0, 23).join('')}…` : text;
}
