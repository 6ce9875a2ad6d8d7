import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';

/**
 * The OpenAPI document is generated from the same zod schemas the handlers
 * parse with; Fastify does not validate with them itself (handlers do, to
 * give one error shape), so its validator is turned off.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.setValidatorCompiler(() => () => true);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Blocksmith API',
        version: '0.1.0',
        description: 'Build and run agent graphs. Errors are `{ "error": { "code", "message", "details"? } }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bs_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from Settings → API keys (bsk_…).' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

type Part = z.ZodType | undefined;

/** Route documentation from zod schemas: tags, summary and the request parts. */
export function doc(tag: string, summary: string, parts: { body?: Part; query?: Part; params?: Part } = {}): { schema: FastifySchema } {
  const json = (schema: Part) =>
    schema ? (z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as Record<string, unknown>) : undefined;
  const schema: FastifySchema & { tags: string[]; summary: string } = { tags: [tag], summary };
  if (parts.body) schema.body = json(parts.body);
  if (parts.query) schema.querystring = json(parts.query);
  if (parts.params) schema.params = json(parts.params);
  return { schema };
}
