/**
 * Published list prices in US dollars per million tokens, [input, output].
 * A model id matches its longest listed prefix (so dated snapshots such as
 * gpt-4o-mini-2024-07-18 are priced); unlisted models are reported unpriced.
 */
const PRICES: Record<string, readonly [number, number]> = {
  'gpt-4o': [2.5, 10],
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-4.1': [2, 8],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1-nano': [0.1, 0.4],
  'gpt-5': [1.25, 10],
  'gpt-5-mini': [0.25, 2],
  'gpt-5-nano': [0.05, 0.4],
  o3: [2, 8],
  'o3-mini': [1.1, 4.4],
  'o4-mini': [1.1, 4.4],
  'claude-opus-4': [15, 75],
  'claude-sonnet-4': [3, 15],
  'claude-haiku-4-5': [1, 5],
  'claude-3-7-sonnet': [3, 15],
  'claude-3-5-haiku': [0.8, 4],
};

/** Model ids the editor suggests per provider; any other id can be typed in. */
export const SUGGESTED_MODELS: Record<string, string[]> = {
  openai: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-5', 'gpt-5-mini', 'o4-mini'],
  anthropic: ['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1'],
  ollama: ['llama3.2', 'qwen2.5', 'mistral'],
};

/** What a call cost in US dollars, or undefined when the model's price is not known. Local Ollama models cost nothing. */
export function costOf(credentialKind: string, modelId: string, inputTokens: number, outputTokens: number): number | undefined {
  if (credentialKind === 'ollama') return 0;
  const key = Object.keys(PRICES)
    .filter((prefix) => modelId === prefix || modelId.startsWith(`${prefix}-`))
    .sort((a, b) => b.length - a.length)[0];
  if (key === undefined) return undefined;
  const [input, output] = PRICES[key]!;
  return (inputTokens * input + outputTokens * output) / 1_000_000;
}
