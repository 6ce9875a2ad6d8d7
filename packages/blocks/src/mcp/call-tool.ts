import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { mcpCredential, mcpCredentialInput, withMcpServer } from './connection.ts';
import { callMcpTool } from './mcp-calls.ts';

export const mcpCallTool = defineBlock({
  id: 'mcp.call_tool',
  name: 'MCP: Call Tool',
  description:
    'Calls a tool of an MCP server with arguments and puts out its result: the structured result when the tool gives one, and its text. A tool error fails the node (its error output says why).',
  categories: ['mcp'],
  credentials: [mcpCredential],
  input: z.object({
    tool: z.string().min(1).describe('The tool’s name, as MCP: List Tools shows it.'),
    arguments: z.record(z.string(), z.unknown()).default({}).describe('The tool’s arguments, by its input schema.'),
    credential: mcpCredentialInput,
  }),
  output: z.object({
    result: z.unknown().describe('The structured result, or else the content items.'),
    text: z.string().describe('The text items of the result, joined.'),
  }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs an MCP server credential', input: { tool: 'echo' }, error: 'needs a credential of kind' }],
  async *run({ tool, arguments: args }, ctx) {
    const { result, text } = await withMcpServer(ctx, (client) => callMcpTool(client, tool, args, ctx.signal));
    yield ['result', result];
    yield ['text', text];
  },
});
