import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { mcpCredential, mcpCredentialInput, withMcpServer } from './connection.ts';
import { callMcpTool, listMcpTools, mcpToolSchema } from './mcp-calls.ts';

export const mcpServerTools = defineBlock({
  id: 'mcp.server_tools',
  name: 'MCP: Server Tools',
  description:
    'Every tool of an MCP server for an AI agent: link the agent’s tools output to its tool input, and the model gets each tool the server lists (names, descriptions, schemas); each call is a node run. Run on its own, it lists the tools, or calls the one named.',
  categories: ['mcp', 'ai'],
  credentials: [mcpCredential],
  toolSource: true,
  input: z.object({
    tool: z.string().min(1).optional().describe('Linked from an agent: the tool to call. Empty: list the tools.'),
    arguments: z.record(z.string(), z.unknown()).default({}).describe('The tool’s arguments.'),
    credential: mcpCredentialInput,
  }),
  output: z.object({
    tools: z.array(mcpToolSchema).describe('The server’s tools, when listing.'),
    result: z.unknown().describe('The structured result of a call, or else its content items.'),
    text: z.string().describe('The text items of a call’s result, joined.'),
  }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs an MCP server credential', input: {}, error: 'needs a credential of kind' }],
  async *run({ tool, arguments: args }, ctx) {
    if (tool === undefined) {
      yield ['tools', await withMcpServer(ctx, (client) => listMcpTools(client, ctx.signal))];
      return;
    }
    const { result, text } = await withMcpServer(ctx, (client) => callMcpTool(client, tool, args, ctx.signal));
    yield ['result', result];
    yield ['text', text];
  },
});
