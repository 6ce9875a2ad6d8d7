import { listModels, MODEL_CREDENTIAL_KINDS } from '@blocksmith/blocks';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { TtlCache } from '../util/ttl-cache.ts';
import { CREDENTIAL_KINDS, credentialKindSchema } from '../vault/credential-kinds.ts';
import { redactSecrets } from '../vault/redact-secrets.ts';
import { credentialAnswer, credentialKinds, credentialList, credentialTest, deletedWithWarning, modelList } from '../wire/credentials.ts';

/** Providers' model lists change rarely; the editor asks each time a node shows. */
const MODEL_LIST_TTL_MS = 5 * 60_000;

const idParam = z.object({ id: z.string().min(1).max(100) });
const createBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: credentialKindSchema,
    fields: z.record(z.string(), z.string()).describe('The secret fields of the kind, e.g. { "token": "…" } for http_bearer.'),
  })
  .strict();
const renameBody = z.object({ name: z.string().trim().min(1).max(100) }).strict();

/** Credentials: added and listed, renamed and deleted; a secret goes in once and never comes back out. */
export async function credentialRoutes(app: FastifyInstance, { store, vault, config }: Platform): Promise<void> {
  const modelLists = new TtlCache<string[]>(MODEL_LIST_TTL_MS);

  /** The user's credential named in the route, decrypted, and whether it gives access to a model. */
  async function ownCredential(workspaceId: string, params: unknown) {
    const { id } = parseWith(idParam, params, 'params');
    const credential = await vault.resolve(workspaceId, id);
    if (!credential) throw notFound(`Credential ${id}`);
    return { credential, isModel: MODEL_CREDENTIAL_KINDS.split('|').includes(credential.kind) };
  }
  app.get(
    '/api/credential-kinds',
    doc('credentials', 'The kinds of credential and the fields each needs', {
      operationId: 'listCredentialKinds',
      access: 'account',
      responses: { 200: credentialKinds },
    }),
    async () => ({
      kinds: Object.fromEntries(Object.entries(CREDENTIAL_KINDS).map(([kind, schema]) => [kind, z.toJSONSchema(schema)])),
    }),
  );

  app.get(
    '/api/credentials',
    doc('credentials', 'Your credentials (names and kinds, never secrets)', {
      operationId: 'listCredentials',
      access: { needs: 'read' },
      responses: { 200: credentialList },
    }),
    async (request) => ({
      credentials: await store.credentials.list(request.workspaceId),
    }),
  );

  app.post(
    '/api/credentials',
    doc('credentials', 'Add a credential; its secret is encrypted and never returned', {
      operationId: 'createCredential',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: credentialAnswer },
    }),
    async (request, reply) => {
      const body = parseWith(createBody, request.body, 'body');
      const fields = CREDENTIAL_KINDS[body.kind].safeParse(body.fields);
      if (!fields.success) {
        // Messages name the field, never its value.
        const problems = fields.error.issues.map((i) => `fields.${i.path.join('.') || '?'}: ${i.message}`);
        throw new ApiError(400, 'invalid_request', `The ${body.kind} credential is invalid: ${problems.join('; ')}.`, problems);
      }
      const credential = await vault.add(request.owner, body.name, body.kind, fields.data as Record<string, string>);
      return reply.status(201).send({ credential });
    },
  );

  app.post(
    '/api/credentials/:id/test',
    doc('credentials', 'Check a model credential with its provider; answers which models it may use', {
      operationId: 'testCredential',
      access: { needs: 'build', on: 'credential' },
      params: idParam,
      responses: { 200: credentialTest },
    }),
    async (request) => {
      const { credential, isModel } = await ownCredential(request.workspaceId, request.params);
      if (!isModel) {
        return { ok: false, message: `A ${credential.kind} credential goes to whichever URL http.request calls, so only a run can test it.` };
      }
      try {
        const models = await listModels(credential, config);
        return { ok: true, message: `It works: the provider offers ${models.length} model${models.length === 1 ? '' : 's'}.`, models };
      } catch (error) {
        return { ok: false, message: redactSecrets((error as Error).message, credential.fields) };
      }
    },
  );

  app.get(
    '/api/credentials/:id/models',
    doc('credentials', "The models a model credential's provider lists (cached for a few minutes); empty when it cannot be asked", {
      operationId: 'listCredentialModels',
      access: { needs: 'read', on: 'credential' },
      params: idParam,
      responses: { 200: modelList },
    }),
    async (request) => {
      const { credential, isModel } = await ownCredential(request.workspaceId, request.params);
      if (!isModel) return { models: [] };
      return { models: await modelLists.get(`${request.workspaceId}:${credential.id}`, () => listModels(credential, config).catch(() => [])) };
    },
  );

  app.patch(
    '/api/credentials/:id',
    doc('credentials', 'Rename a credential', {
      operationId: 'renameCredential',
      access: { needs: 'build', on: 'credential', othersNeed: 'manage' },
      params: idParam,
      body: renameBody,
      responses: { 200: credentialAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { name } = parseWith(renameBody, request.body, 'body');
      const credential = await store.credentials.rename(request.workspaceId, id, name);
      if (!credential) throw notFound(`Credential ${id}`);
      return { credential };
    },
  );

  app.delete(
    '/api/credentials/:id',
    doc('credentials', "Delete a credential; a connected account's grant is revoked with its provider (200 with a warning when the provider refused)", {
      operationId: 'deleteCredential',
      access: { needs: 'build', on: 'credential', othersNeed: 'manage' },
      params: idParam,
      responses: { 200: deletedWithWarning, 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { deleted, revokeProblem } = await vault.delete(request.workspaceId, id);
      if (!deleted) throw notFound(`Credential ${id}`);
      modelLists.delete(`${request.workspaceId}:${id}`);
      if (revokeProblem === undefined) return reply.status(204).send();
      request.log.warn({ credentialId: id }, revokeProblem);
      return reply.status(200).send({ warning: `Deleted here, but ${revokeProblem} Revoke the app's access in the provider's settings.` });
    },
  );
}
