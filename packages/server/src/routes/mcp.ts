import type { FastifyInstance } from 'fastify';
import { errorBody } from '../http/error-wire.ts';
import { ApiError } from '../http/errors.ts';
import { hashToken } from '../auth/tokens.ts';
import { InflightCalls } from '../mcp/inflight-calls.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { apiError as apiErrorAnswer } from '../wire/common.ts';
import { publicOrigin } from '../http/public-origin.ts';

/**
 * Blocksmith as an MCP server (Streamable HTTP, stateless: every POST is
 * answered on its own). Only API keys: an MCP client is a program.
 */
export async function mcpRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const calls = new InflightCalls();
  // A body the API's JSON parser refuses (not JSON, or a prototype-poisoning key) is answered by the route, as JSON-RPC's
  // parse error (-32700), not with the API's error shape: the same parser, only its refusal handed on.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
    parseJson(request, body, (error, parsed) => done(null, error ? new MalformedJson(error.message) : parsed));
  });
  app.post(
    '/api/mcp',
    doc('mcp', 'MCP (Streamable HTTP): your MCP-enabled agents and the platform tools, with an API key', {
      operationId: 'callMcp',
      access: { needs: 'build' },
      responses: {
        200: {
          description: 'A JSON-RPC answer, as JSON or as server-sent events.',
          content: { 'application/json': {}, 'text/event-stream': { type: 'string' } },
        },
        202: null,
        400: {
          description: 'A body that is not JSON: a JSON-RPC parse error, {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message"}}.',
          content: { 'application/json': {} },
        },
      },
    }),
    async (request, reply) => {
      if (request.authVia !== 'api_key')
        throw new ApiError(401, 'unauthenticated', 'MCP clients authenticate with an API key: "Authorization: Bearer <key>" (Settings → API keys).');
      if (request.body instanceof MalformedJson) {
        return reply
          .status(400)
          .send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: the body is not JSON (${request.body.message}).` } });
      }
      const connection = new AbortController();
      // The caller is the API key (its hash): request ids are the client's own, so two clients may use the same ones.
      const caller = hashToken(/^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
      // The MCP SDK is loaded by the first MCP request, not by every server start.
      const [{ mcpServerFor }, { StreamableHTTPServerTransport }] = await Promise.all([
        import('../mcp/mcp-server.ts'),
        import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
      ]);
      const server = mcpServerFor(request.owner, platform, { connection: connection.signal, caller, calls, origin: publicOrigin(platform.config, request) });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      reply.hijack();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) connection.abort();
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    },
  );

  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/api/mcp',
      ...doc('mcp', `${method} is not used: this MCP server keeps no sessions`, {
        operationId: method === 'GET' ? 'openMcpStream' : 'endMcpSession',
        access: 'account',
        responses: { 405: apiErrorAnswer },
      }),
      handler: async (_request, reply) =>
        reply.status(405).header('allow', 'POST').send(errorBody('method_not_allowed', 'This MCP server is stateless: send every message with POST.')),
    });
  }
}

/** A request body that did not parse as JSON, kept for the route to answer. */
class MalformedJson {
  constructor(readonly message: string) {}
}
