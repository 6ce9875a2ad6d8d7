import { BlockError, defineBlock, type JsonSchema } from '@blocksmith/sdk';
import { z } from 'zod';
import { askForJson } from './ask-for-json.ts';
import { modelCredential, modelInputs } from './model-call.ts';

export const aiStructured = defineBlock({
  id: 'ai.structured',
  name: 'AI Structured Answer',
  description:
    'Asks a language model for an object in a given shape (a JSON Schema, or a list of fields with descriptions); checks the answer and asks again when it does not fit.',
  categories: ['ai'],
  credentials: [modelCredential],
  input: z.object({
    prompt: z.string().min(1).describe('What to ask, e.g. "Extract the invoice details from: …".'),
    fields: z.record(z.string(), z.string()).optional().describe('Field names and what each should hold; every field is required.'),
    schema: z.record(z.string(), z.unknown()).optional().describe('A JSON Schema the answer must match (instead of fields).'),
    retries: z.number().int().min(0).max(5).default(2).describe('How many times to ask again after an answer that does not fit.'),
    ...modelInputs,
  }),
  output: z.object({ response: z.unknown().describe('The answer, matching the schema.') }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [
    {
      name: 'needs a shape',
      input: { prompt: 'Who wrote Hamlet?', credential: 'c' },
      error: 'Give the expected shape: fill in fields (name → description) or schema (a JSON Schema).',
    },
  ],
  async *run({ prompt, fields, schema, retries, ...options }, ctx) {
    yield ['response', await askForJson(ctx, options, prompt, expectedSchema(fields, schema), retries)];
  },
});

function expectedSchema(fields: Record<string, string> | undefined, schema: JsonSchema | undefined): JsonSchema {
  if (schema && Object.keys(schema).length) return schema;
  if (fields && Object.keys(fields).length) {
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(fields).map(([name, description]) => [name, { description }])),
      required: Object.keys(fields),
    };
  }
  throw new BlockError('invalid_input', 'Give the expected shape: fill in fields (name → description) or schema (a JSON Schema).', { retriable: false });
}
