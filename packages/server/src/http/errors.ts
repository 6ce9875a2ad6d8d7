import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { asRefusal, type RefusalKind } from '../platform/refusal.ts';
import { ApiError, errorBody } from './error-wire.ts';

export { ApiError } from './error-wire.ts';

const STATUS_OF: Record<RefusalKind, number> = { not_found: 404, invalid: 400, conflict: 409, upstream: 502, no_space: 507 };

/** The one place where the domain's refusals become HTTP: services throw them, this picks the status. */
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  const refusal = asRefusal(error);
  return refusal && new ApiError(STATUS_OF[refusal.kind], refusal.code, refusal.message, refusal.details);
}

/** Parses a request part with a zod schema; a mismatch is a 400 naming every field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, part: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${[part, ...issue.path].join('.')}: ${issue.message}`);
  throw new ApiError(400, 'invalid_request', `The request ${part} is invalid: ${problems.join('; ')}.`, problems);
}

/** One error shape for every failure (ApiErrorBody); never a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refused = asApiError(error);
    if (refused) {
      return reply.status(refused.status).send(refused.body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send(errorBody('internal', 'Something went wrong on the server; it has been logged.'));
    }
    const code =
      status === 429
        ? 'rate_limited'
        : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'body_too_large'
          : error.code?.startsWith('FST_ERR_CTP')
            ? 'invalid_body'
            : 'bad_request';
    return reply.status(status).send(errorBody(code, friendlyMessage(error)));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}

function friendlyMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than the server accepts (BLOCKSMITH_MAX_BODY_BYTES).';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the body as application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty; send a JSON object.';
    default:
      return error.message.startsWith('Body is not valid JSON') || error instanceof SyntaxError
        ? `The body is not valid JSON: ${error.message}`
        : error.message;
  }
}
