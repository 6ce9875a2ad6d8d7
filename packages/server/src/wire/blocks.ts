import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { valuesByName } from './common.ts';

const jsonSchema = z.record(z.string(), z.unknown()).describe('A JSON Schema.');

export const blockManifest = named(
  'BlockManifest',
  z.object({
    id: z.string().describe('Stable, category.name; saved graphs refer to it.'),
    name: z.string(),
    description: z.string(),
    categories: z.array(z.string()),
    kind: z.enum(['standard', 'input', 'output', 'note', 'agent']),
    staticOutput: z.boolean(),
    dynamicOutputs: z.boolean(),
    toolsOutput: z.string().optional(),
    inputSchema: jsonSchema,
    outputSchema: jsonSchema,
    requiredInputs: z.array(z.string()),
    credentials: z.array(
      z.object({
        input: z.string().describe('The input pin that carries the credential id.'),
        kind: z.string().describe('Kinds of credential accepted, separated by |.'),
        optional: z.boolean().optional(),
        description: z.string().optional(),
      }),
    ),
    cost: z.object({ perRun: z.number().optional(), description: z.string().optional() }).optional(),
    examples: z.array(
      z.object({
        name: z.string(),
        input: valuesByName,
        output: z.record(z.string(), z.array(z.unknown())).optional(),
        unchecked: z.array(z.string()).optional(),
        error: z.string().optional(),
        context: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  }),
);

export const blockCatalog = z.object({ blocks: z.array(blockManifest) });
