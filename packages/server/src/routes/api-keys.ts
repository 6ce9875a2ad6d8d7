import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/tokens.ts';
import { parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { apiKeyList, createdApiKey, userAnswer } from '../wire/account.ts';

const createKey = z.object({ name: z.string().trim().min(1, 'must not be empty').max(100) }).strict();
const idParam = z.object({ id: z.string().min(1) });

/** API keys for programs: the secret is shown once, at creation; only its hash is kept. */
export async function apiKeyRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  app.get(
    '/api/keys',
    doc('account', 'List your API keys (never their secrets)', { operationId: 'listApiKeys', access: 'account', responses: { 200: apiKeyList } }),
    async (request) => ({ keys: await store.apiKeys.list(request.userId) }),
  );

  app.post(
    '/api/keys',
    doc('account', 'Create an API key; the secret is in this response only', {
      operationId: 'createApiKey',
      access: { needs: 'read' },
      body: createKey,
      responses: { 201: createdApiKey },
    }),
    async (request, reply) => {
      const { name } = parseWith(createKey, request.body, 'body');
      const secret = newToken('bsk_');
      const key = await store.apiKeys.create(request.owner, { name, prefix: secret.slice(0, 12), keyHash: hashToken(secret) });
      return reply.status(201).send({ key, secret });
    },
  );

  app.delete(
    '/api/keys/:id',
    doc('account', 'Delete an API key', { operationId: 'deleteApiKey', access: 'account', params: idParam, responses: { 204: null } }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.apiKeys.delete(request.userId, id))) throw notFound(`API key ${id}`);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    doc('account', 'The signed-in user', { operationId: 'getMe', access: 'account', responses: { 200: userAnswer } }),
    async (request) => {
      const user = await store.users.findById(request.userId);
      if (!user) throw notFound('Your account');
      return { user };
    },
  );
}
