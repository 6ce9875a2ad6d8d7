import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { apiSchemas, componentRef, isNamed } from './api-schemas.ts';
import { apiError } from '../wire/common.ts';
import type { Access } from '../auth/workspace-access.ts';

/** The areas of the API, in the order the docs page lists them. */
const TAGS = {
  account: 'Setting up the owner, signing in, your account and API keys.',
  blocks: 'The block catalog: what each block takes and gives.',
  graphs: 'Agents (graphs): every save is a new immutable version.',
  runs: 'Starting, following, stopping and re-running runs.',
  files: 'Uploads and the artifacts agents write.',
  webhooks: 'URLs that start runs, and the public trigger itself.',
  presets: 'Named run inputs of an agent.',
  schedules: 'Cron fires of an agent.',
  triggers: 'Message triggers: a run per message of a RabbitMQ queue, an MQTT topic, a NATS JetStream subject or a Redis stream.',
  reviews: 'What human-review nodes wait for you to decide.',
  copilot: 'Chat sessions that build and run agents.',
  credentials: 'Secrets and connected accounts, and the models they give access to.',
  mcp: 'Blocksmith as an MCP server for your MCP clients.',
  apps: 'Agents published as app pages at /apps/<slug>, and what the pages call for their visitors (signed in or not).',
  tables: 'Data tables: rows with typed columns that people edit in the app and agents read and write with the table.* blocks.',
  knowledge: 'Knowledge bases: documents split into passages with embeddings, which the knowledge.search block retrieves from with their sources.',
  evaluations: 'Datasets of cases, and evaluations of an agent version over them, compared version to version.',
  workspaces:
    'Workspaces, their members and roles, and invitations by link. Send `Blocksmith-Workspace: <id>` to act in a workspace other than your personal one.',
  operations: 'Liveness, readiness and metrics, for the operator.',
} as const;
type Tag = keyof typeof TAGS;

/**
 * The OpenAPI document is generated from the same zod schemas the handlers
 * parse with and answer in; Fastify neither validates requests with them
 * (handlers do, to give one error shape) nor serializes answers with them
 * (an answer is sent as the handler made it; the API tests check it against
 * its schema), so both compilers are turned off.
 */
export async function registerOpenApi(app: FastifyInstance, publicUrl: string | undefined): Promise<void> {
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Blocksmith API',
        version: '0.1.0',
        description: 'Build and run agent graphs. Every error answer is an `ApiError`: `{ "error": { "code", "message", "details"? } }`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: publicUrl ?? '/', description: publicUrl ? 'This server, as reached from outside' : 'This server' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bs_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from Settings → API keys (bsk_…).' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transformObject: (document) =>
      'openapiObject' in document
        ? ({ ...document.openapiObject, components: { ...document.openapiObject.components, schemas: componentSchemas() } } as typeof document.openapiObject)
        : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

/** Every named schema of the API, as the document's components; they refer to each other by `$ref`. */
function componentSchemas(): Record<string, object> {
  const { schemas } = z.toJSONSchema(apiSchemas, { io: 'output', unrepresentable: 'any', uri: componentRef });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema as object]));
}

/** A JSON Schema of the document: named schemas become references to its components. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const id = apiSchemas.get(schema)?.id;
  if (id && io === 'output') return { $ref: componentRef(id) };
  // Requests are described whole: a named schema is named in the form it is answered in, which may differ from what is accepted.
  const {
    $schema: _schema,
    $defs,
    ...json
  } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    ...(io === 'output' ? { metadata: apiSchemas } : {}),
  }) as Record<string, unknown>;
  const unnamed = Object.keys(($defs ?? {}) as object).filter((name) => !isNamed(name));
  if (unnamed.length) throw new Error(`Schemas ${unnamed.join(', ')} are recursive or shared without an id: register them in apiSchemas.`);
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${componentRef('')}`)) as Record<string, unknown>;
}

/** What a route answers with a status: a JSON body (its schema), no body (null), or bodies of other types (JSON Schemas by media type). */
export type Answer = z.ZodType | null | { description: string; content: Record<string, Record<string, unknown>> };

export interface RouteDoc {
  /** A stable name for the operation: generated clients call it by this name. */
  operationId: string;
  /** A JSON body; or the bytes of a file, of any type. */
  body?: z.ZodType | 'file';
  query?: z.ZodType;
  params?: z.ZodType;
  /** Every status the route answers other than its errors, with its body. Errors (4xx, 5xx) are ApiError, for every route (a route that answers a 400 of its own declares it). */
  responses: Partial<Record<200 | 201 | 202 | 204 | 302 | 303 | 400 | 405 | 409 | 422 | 503 | 504, Answer>>;
  /** Anyone may call it: no session or API key is needed. */
  public?: boolean;
  /** What a protected route needs (auth/workspace-access.ts); the one check reads it, and the document shows it as `x-access`. */
  access?: Access;
  /** At most this many calls in the window, per caller (@fastify/rate-limit). */
  rateLimit?: { max: number; timeWindow: string };
}

/** Route documentation from zod schemas: tag, summary, operation id, the request parts and every answer. */
export function doc(tag: Tag, summary: string, route: RouteDoc): { schema: FastifySchema; config: { access?: Access; rateLimit?: RouteDoc['rateLimit'] } } {
  const schema: FastifySchema & Record<string, unknown> = { tags: [tag], summary, operationId: route.operationId };
  if (route.access) schema['x-access'] = route.access;
  if (route.body === 'file') schema.body = { content: { '*/*': { schema: { type: 'string', format: 'binary' } } } };
  else if (route.body) schema.body = jsonSchema(route.body, 'input');
  if (route.query) schema.querystring = jsonSchema(route.query, 'input');
  if (route.params) schema.params = jsonSchema(route.params, 'input');
  if (route.public) schema.security = [];
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(route.responses) as [string, Answer][]) {
    responses[status] = describeAnswer(Number(status), answer);
  }
  responses['4xx'] = describeAnswer(400, apiError);
  responses['5xx'] = describeAnswer(500, apiError);
  schema.response = responses;
  return { schema, config: { ...(route.access ? { access: route.access } : {}), ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}) } };
}

function describeAnswer(status: number, answer: Answer): Record<string, unknown> {
  const description = DESCRIPTIONS[status] ?? 'The answer.';
  if (answer === null) return { type: 'null', description };
  if (answer instanceof z.ZodType) return { description, content: { 'application/json': { schema: jsonSchema(answer, 'output') } } };
  return { description: answer.description, content: Object.fromEntries(Object.entries(answer.content).map(([type, schema]) => [type, { schema }])) };
}

const DESCRIPTIONS: Record<number, string> = {
  200: 'Done.',
  400: 'Refused: the code says why, the message how to fix the request.',
  500: 'The server failed; it has been logged.',
  201: 'Created.',
  202: 'Accepted: the run goes on; follow it by its id.',
  204: 'Done; nothing to send back.',
  302: 'Found elsewhere: follow the Location header.',
  303: 'See the Location header.',
  405: 'Not this method.',
  409: 'Refused: the state the request met has changed; the details hold what changed.',
  422: 'The run ended without completing: its status and error.',
  503: 'Not ready: what does not answer.',
  504: 'The run did not end in time; it goes on.',
};
