import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { BlockError, type BlockContext, type Credential, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { outboundFetch } from '../outbound/index.ts';

/** The credential every MCP block declares: which server, and how to reach it. */
export const mcpCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'mcp_http|mcp_stdio',
  description: 'The MCP server: its URL (Streamable HTTP, with an optional bearer token), or a program to start (only where the operator allows it).',
};

export const mcpCredentialInput = z.string().optional().describe('Which MCP server credential to use.');

function stdioArgs(credential: Credential): string[] {
  const text = credential.fields.args;
  if (!text) return [];
  try {
    const args: unknown = JSON.parse(text);
    if (Array.isArray(args) && args.every((a) => typeof a === 'string')) return args;
  } catch {
    // Reported below.
  }
  throw new BlockError('credential', `The arguments of credential ${credential.id} must be a JSON array of strings, e.g. ["-y", "some-mcp-server"].`, {
    retriable: false,
  });
}

/**
 * Connects to the MCP server of the node's credential, runs `use` with the
 * client, and closes it. URLs follow the address policy of http.request; a
 * program is started only where the operator allows it (BLOCKSMITH_ALLOW_STDIO_MCP=1).
 */
export async function withMcpServer<T>(ctx: BlockContext, use: (client: Client) => Promise<T>): Promise<T> {
  const credential = await ctx.credential('credential');
  // The MCP SDK is loaded on the first call, not with the block library (shared/load-later.ts says why).
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const client = new Client({ name: 'blocksmith', version: '0.1.0' });
  if (credential.kind === 'mcp_stdio') {
    if (!ctx.settings.allowStdioMcp) {
      throw new BlockError(
        'forbidden',
        'Starting MCP servers as programs on this host is off: they would run with the platform’s rights. An operator can allow it with BLOCKSMITH_ALLOW_STDIO_MCP=1; or use an MCP server URL.',
        { retriable: false },
      );
    }
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    await client.connect(new StdioClientTransport({ command: credential.fields.command ?? '', args: stdioArgs(credential), stderr: 'ignore' }));
  } else {
    const url = new URL(credential.fields.url ?? '');
    const token = credential.fields.token;
    const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
    await client.connect(
      new StreamableHTTPClientTransport(url, {
        fetch: outboundFetch(ctx.settings),
        requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : {},
      }),
    );
  }
  try {
    return await use(client);
  } finally {
    await client.close().catch(() => undefined);
  }
}
