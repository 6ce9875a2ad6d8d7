import { BlockError, defineBlock, type AgentTool, type BlockContext, type JsonSchema, type ToolResult } from '@blocksmith/sdk';
import type { ToolSet } from 'ai';
import { z } from 'zod';
import { callModel, modelCredential, modelInputs } from './model-call.ts';

/** A tool result longer than this (as JSON) reaches the model cut short, so one big page cannot exhaust its context. */
const MAX_TOOL_RESULT_CHARS = 20_000;

export const aiAgent = defineBlock({
  id: 'ai.agent',
  name: 'AI Agent',
  description:
    'A model that works on a task with tools: link its tools output to the inputs of other blocks, and each linked block becomes a tool the model may call (the linked inputs are the arguments); link it to MCP: Server Tools, and every tool of that server is one. It loops — think, call tools, read results — until it answers.',
  categories: ['ai', 'agent'],
  credentials: [modelCredential],
  toolsOutput: 'tools',
  input: z.object({
    prompt: z.string().min(1).describe('The task.'),
    max_iterations: z.number().int().min(1).max(100).default(10).describe('The most model calls; the agent fails if it has not answered by then.'),
    ...modelInputs,
  }),
  output: z.object({
    response: z.string().describe('The final answer.'),
    conversation: z.array(z.record(z.string(), z.unknown())).describe('Every message: the task, the model’s tool calls, the tool results and the answer.'),
    tools: z.unknown().describe('Link to the inputs of blocks the agent may call; nothing flows here.'),
  }),
  retry: { attempts: 1 },
  timeoutMs: 1_800_000,
  examples: [{ name: 'needs a provider credential', input: { prompt: 'Find the weather in Paris' }, error: 'needs a credential of kind' }],
  async *run({ prompt, max_iterations, ...options }, ctx) {
    const ai = await import('ai');
    const reply = await callModel(ctx, options, { prompt, tools: toolSet(ai, ctx, await ctx.listTools()), stopWhen: ai.stepCountIs(max_iterations) });
    const conversation = [...(options.system ? [{ role: 'system', content: options.system }] : []), { role: 'user', content: prompt }, ...reply.messages];
    yield ['conversation', conversation as Record<string, unknown>[]];
    if (reply.steps.at(-1)?.finishReason === 'tool-calls') {
      throw new BlockError(
        'max_iterations',
        `The agent made ${max_iterations} model calls without giving an answer; raise max_iterations or narrow the task. The conversation so far is on its conversation output.`,
        { retriable: false },
      );
    }
    yield ['response', reply.text];
  },
});

/** The agent's tools (its tool nodes, and what its tool sources list) as AI SDK tools whose execution is a node run of this graph run. */
function toolSet(ai: AiSdk, ctx: BlockContext, tools: AgentTool[]): ToolSet {
  return Object.fromEntries(tools.map((agentTool) => [agentTool.name, asSdkTool(ai, ctx, agentTool)]));
}

type AiSdk = typeof import('ai');

function asSdkTool({ tool, jsonSchema }: AiSdk, ctx: BlockContext, agentTool: AgentTool) {
  return tool({
    description: agentTool.description,
    inputSchema: jsonSchema<Record<string, unknown>>(agentTool.inputSchema as Parameters<typeof jsonSchema>[0]),
    execute: async (args: Record<string, unknown>) => {
      try {
        return toolAnswer(await ctx.callTool(agentTool.name, args));
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  });
}

/** What the model reads back: each output's value (a list when the node yielded it several times), or the error. */
function toolAnswer(result: ToolResult): JsonSchema {
  if (result.status !== 'COMPLETED') return { error: result.error ?? `The tool run was ${result.status.toLowerCase()}.` };
  const outputs = Object.fromEntries(Object.entries(result.outputs).map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
  const text = JSON.stringify(outputs);
  return text.length > MAX_TOOL_RESULT_CHARS ? { truncated: true, first_characters: text.slice(0, MAX_TOOL_RESULT_CHARS) } : outputs;
}
