import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { mcpCredential, mcpCredentialInput, withMcpServer } from './connection.ts';
import { listMcpTools, mcpToolSchema } from './mcp-calls.ts';

export const mcpListTools = defineBlock({
  id: 'mcp.list_tools',
  name: 'MCP: List Tools',
  description: 'Lists the tools an MCP server offers: their names, descriptions and input schemas.',
  categories: ['mcp'],
  credentials: [mcpCredential],
  input: z.object({ credential: mcpCredentialInput }),
  output: z.object({
    tools: z.array(mcpToolSchema),
  }),
  examples: [{ name: 'needs an MCP server credential', input: {}, error: 'needs a credential of kind' }],
  async *run(_input, ctx) {
    yield ['tools', await withMcpServer(ctx, (client) => listMcpTools(client, ctx.signal))];
  },
});
