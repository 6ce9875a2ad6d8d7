import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { checkFlags, type ParsedArgs } from '../args.ts';
import { apiKeyFromEnv, serverAddress, ServerError } from '../server-api.ts';

/** The server's MCP endpoint from what was given: its address, or the endpoint itself. */
export function mcpEndpoint(given: string | true | undefined): URL {
  const url = serverAddress(given, 'mcp');
  if (!url.pathname.replace(/\/$/, '').endsWith('/api/mcp')) url.pathname = `${url.pathname.replace(/\/$/, '')}/api/mcp`;
  return url;
}

/**
 * `blocksmith mcp --url URL`: an MCP server on stdin/stdout for clients that
 * only launch programs, passing every request to the Blocksmith server's
 * /api/mcp with the API key in BLOCKSMITH_API_KEY. It writes nothing else to
 * stdout, which belongs to the protocol.
 */
export async function mcpCommand(args: ParsedArgs): Promise<'running'> {
  checkFlags(args, ['url']);
  const endpoint = mcpEndpoint(args.flags.get('url'));
  const key = apiKeyFromEnv('mcp');
  const remote = new Client({ name: 'blocksmith-stdio-bridge', version: '0.1.0' });
  try {
    await remote.connect(new StreamableHTTPClientTransport(endpoint, { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
  } catch (error) {
    // Said before the bridge takes stdio: the client that launched it shows stderr, and the bridge exits 2.
    const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    throw new ServerError(`Cannot reach the Blocksmith MCP endpoint ${endpoint.href}: ${cause}.`);
  }
  const local = new Server({ name: 'blocksmith', version: '0.1.0' }, { capabilities: { tools: {} } });
  local.setRequestHandler(ListToolsRequestSchema, (request) => remote.listTools(request.params));
  local.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    const progressToken = request.params._meta?.progressToken;
    return remote.callTool(request.params, undefined, {
      signal: extra.signal,
      ...(progressToken !== undefined
        ? {
            onprogress: (progress) =>
              void extra.sendNotification({ method: 'notifications/progress', params: { ...progress, progressToken } }).catch(() => undefined),
          }
        : {}),
    });
  });
  local.onclose = () => void remote.close();
  await local.connect(new StdioServerTransport());
  return 'running';
}
