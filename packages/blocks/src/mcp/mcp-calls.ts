import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { BlockError } from '@blocksmith/sdk';
import { z } from 'zod';

/** A tool of an MCP server, as blocks put it out and agents offer it to models. */
export interface McpTool {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export const mcpToolSchema = z.object({ name: z.string(), description: z.string(), inputSchema: z.record(z.string(), z.unknown()) });

export async function listMcpTools(client: Client, signal: AbortSignal): Promise<McpTool[]> {
  const { tools } = await client.listTools(undefined, { signal });
  return tools.map((t) => ({ name: t.name, description: t.description ?? '', inputSchema: t.inputSchema as Record<string, unknown> }));
}

/** Calls a tool: its structured result (else its content items) and its text; a tool error is a block error in the tool's words. */
export async function callMcpTool(
  client: Client,
  tool: string,
  args: Record<string, unknown>,
  signal: AbortSignal,
): Promise<{ result: unknown; text: string }> {
  const answer = await client.callTool({ name: tool, arguments: args }, undefined, { signal });
  const content = (answer.content ?? []) as { type: string; text?: string }[];
  const text = content
    .filter((c) => c.type === 'text')
    .map((c) => c.text ?? '')
    .join('\n');
  if (answer.isError) throw new BlockError('tool_error', `The MCP tool "${tool}" failed: ${text || 'it gave no reason'}`, { retriable: false });
  return { result: answer.structuredContent ?? content, text };
}
