import { ownProperty, type AnyBlock } from '@blocksmith/sdk';
import type { z } from 'zod';

/** Values for each named output, as a node puts them out (and as a pin keeps them). */
export type PinnedOutputs = Record<string, unknown[]>;

/**
 * What is wrong with outputs pinned on a node of `block`, in words that say how to fix it: outputs it
 * does not have, values that are not lists, values its schema refuses. Empty when they fit.
 */
export function pinnedOutputIssues(block: AnyBlock, outputs: PinnedOutputs): string[] {
  const issues: string[] = [];
  const declared = Object.keys(block.output.shape);
  for (const [name, values] of Object.entries(outputs)) {
    const schema = ownProperty(block.output.shape, name) as z.ZodType | undefined;
    if (name === 'error') {
      issues.push('"error" cannot be pinned: pin the outputs of a node that succeeded.');
      continue;
    }
    if (!schema && !block.dynamicOutputs) {
      issues.push(`${block.id} has no output "${name}"; its outputs are: ${declared.join(', ')}.`);
      continue;
    }
    if (!Array.isArray(values)) {
      issues.push(`Output "${name}" must be a list of the values it puts out, e.g. [${JSON.stringify(values)}].`);
      continue;
    }
    values.forEach((value, index) => {
      const check = schema?.safeParse(value);
      if (check && !check.success) issues.push(`Value ${index + 1} of output "${name}": ${check.error.issues[0]?.message ?? 'invalid'}.`);
    });
  }
  return issues;
}
