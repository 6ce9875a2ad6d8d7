import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { mcpCredential, mcpCredentialInput, withMcpServer } from './connection.ts';

export const mcpListTools = defineBlock({
  id: 'mcp.list_tools',
  name: 'MCP: List Tools',
  description: 'Lists the tools an MCP server offers: their names, descriptions and input schemas.',
  categories: ['mcp'],
  credentials: [mcpCredential],
  input: z.object({ credential: mcpCredentialInput }),
  output: z.object({
    tools: z.array(z.object({ name: z.string(), description: z.string(), inputSchema: z.record(z.string(), z.unknown()) })),
  }),
  examples: [{ name: 'needs an MCP server credential', input: {}, error: 'needs a credential of kind' }],
  async *run(_input, ctx) {
    const { tools } = await withMcpServer(ctx, (client) => client.listTools(undefined, { signal: ctx.signal }));
    yield ['tools', tools.map((t) => ({ name: t.name, description: t.description ?? '', inputSchema: t.inputSchema as Record<string, unknown> }))];
  },
});
