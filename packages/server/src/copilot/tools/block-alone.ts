import { GraphValidationError } from '@blocksmith/engine';
import { ToolError, type ToolContext } from './copilot-tool.ts';

/**
 * Runs one block of the library on its own — a one-node graph whose outputs go to Output blocks of the same
 * names — on the platform engine's detached twin: the member's credentials, files and workspace, the one
 * outbound policy, the engine's input checks and limits; no run is recorded. Its model use is counted where
 * the tool's context says (the copilot session's usage). A refusal or a failure is the tool's, in the engine's
 * or the block's own words. Answers every value of each output, in order.
 */
export async function runBlockAlone(ctx: ToolContext, block: string, inputs: Record<string, unknown>, outputs: string[]): Promise<Record<string, unknown[]>> {
  const graph = {
    name: block,
    nodes: [{ id: 'block', block, inputs }, ...outputs.map((name) => ({ id: `out_${name}`, block: 'output', inputs: { name } }))],
    links: outputs.map((name) => ({ from: { node: 'block', output: name }, to: { node: `out_${name}`, input: 'value' } })),
  };
  let run;
  try {
    run = await ctx.platform.engine.detached().run(graph, {}, { ...ctx.owner, trigger: ctx.trigger, signal: ctx.signal });
  } catch (error) {
    if (error instanceof GraphValidationError) throw new ToolError(`${block} cannot run with these inputs: ${error.issues.map((i) => i.message).join('; ')}`);
    throw error;
  }
  if (run.usage && run.usage.calls > 0) await ctx.addUsage?.(run.usage);
  if (run.status !== 'COMPLETED') throw new ToolError(run.error ?? `${block} did not complete (${run.status}).`);
  return Object.fromEntries(outputs.map((name) => [name, run.outputs[name] ?? []]));
}
