import { describeTypes, sinkPinSchema, typesCompatible } from '@blocksmith/sdk/link-types';
import { parsePin } from '@blocksmith/sdk/pin';
import type { BlockManifest, JsonSchema } from '../api/types.ts';

/** Whether an output may be linked to an input, with the reason when not — the same rule the server validates. */
export function checkConnection(
  source: BlockManifest | undefined,
  output: string,
  sink: BlockManifest | undefined,
  input: string,
): { ok: true } | { ok: false; reason: string } {
  if (!source || !sink) return { ok: false, reason: 'Unknown block.' };
  const outSchema = (source.outputSchema.properties as Record<string, JsonSchema> | undefined)?.[output];
  const pin = parsePin(input);
  const inputSchema = (sink.inputSchema.properties as Record<string, JsonSchema> | undefined)?.[pin.input];
  if (!outSchema && !source.dynamicOutputs) return { ok: false, reason: `${source.name} has no output "${output}".` };
  if (!inputSchema) return { ok: false, reason: `${sink.name} has no input "${pin.input}".` };
  const inSchema = sinkPinSchema(inputSchema, pin);
  if (inSchema === null) return { ok: false, reason: `${pin.input} of ${sink.name} is not a ${pin.kind === 'element' ? 'list' : 'dictionary'}.` };
  if (!typesCompatible(outSchema, inSchema)) {
    return { ok: false, reason: `${output} (${describeTypes(outSchema)}) does not fit ${input} (${describeTypes(inSchema)}).` };
  }
  return { ok: true };
}
