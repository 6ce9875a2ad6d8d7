import { z } from 'zod';
import type { AnyBlock } from './block.ts';
import type { JsonSchema } from './json-schema.ts';

/** JSON Schema of a zod schema, as the UI and the link type checks read it. */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
}

// Converting a schema to JSON Schema is costly and blocks never change: validating a large graph asked once per node.
const requiredByBlock = new WeakMap<AnyBlock, readonly string[]>();

/** Names of inputs a node must receive (no default, not optional), exactly as input parsing decides. */
export function requiredInputs(block: AnyBlock): readonly string[] {
  let names = requiredByBlock.get(block);
  if (!names) {
    const required = toJsonSchema(block.input, 'input').required;
    names = Array.isArray(required) ? (required as string[]) : [];
    requiredByBlock.set(block, names);
  }
  return names;
}

/** The block's metadata as served to the editor: no functions, only data. */
export interface BlockManifest {
  id: string;
  name: string;
  description: string;
  categories: string[];
  kind: AnyBlock['kind'];
  staticOutput: boolean;
  dynamicOutputs: boolean;
  toolsOutput?: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  requiredInputs: string[];
  credentials: AnyBlock['credentials'];
  cost?: AnyBlock['cost'];
  examples: AnyBlock['examples'];
}

export function blockManifest(block: AnyBlock): BlockManifest {
  return {
    id: block.id,
    name: block.name,
    description: block.description,
    categories: block.categories,
    kind: block.kind,
    staticOutput: block.staticOutput,
    dynamicOutputs: block.dynamicOutputs,
    ...(block.toolsOutput ? { toolsOutput: block.toolsOutput } : {}),
    inputSchema: toJsonSchema(block.input, 'input'),
    outputSchema: outputSchemaWithError(block),
    requiredInputs: [...requiredInputs(block)],
    credentials: block.credentials,
    ...(block.cost ? { cost: block.cost } : {}),
    examples: block.examples,
  };
}

const errorOutput = z.object({ message: z.string(), kind: z.string() }).describe('Why the node run failed.');

/** Output schema including the implicit `error` pin every block has. */
function outputSchemaWithError(block: AnyBlock): JsonSchema {
  return toJsonSchema(block.output.extend({ error: errorOutput.optional() }), 'output');
}
