import { ToolError, type ToolContext } from './copilot-tool.ts';

/**
 * Runs one block of the library on its own — a one-node graph whose outputs go to Output blocks of the same
 * names — on the platform engine's detached twin: the member's credentials and workspace, the one outbound
 * policy, the engine's input checks and limits, nothing recorded. Only for blocks nothing a budget counts is
 * spent on. A failure is the tool's refusal, in the block's own words.
 */
export async function runBlockAlone(ctx: ToolContext, block: string, inputs: Record<string, unknown>, outputs: string[]): Promise<Record<string, unknown>> {
  const graph = {
    name: block,
    nodes: [{ id: 'tool', block, inputs }, ...outputs.map((name) => ({ id: `out_${name}`, block: 'output', inputs: { name } }))],
    links: outputs.map((name) => ({ from: { node: 'tool', output: name }, to: { node: `out_${name}`, input: 'value' } })),
  };
  const run = await ctx.platform.engine.detached().run(graph, {}, { ...ctx.owner, trigger: ctx.trigger, signal: ctx.signal });
  if (run.status !== 'COMPLETED') throw new ToolError(run.error ?? `${block} did not complete (${run.status}).`);
  return Object.fromEntries(outputs.map((name) => [name, run.outputs[name]?.[0]]));
}
