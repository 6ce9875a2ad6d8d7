import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayDo } from '../auth/grants.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { aliasName, promotionAnswer, releaseGate, releasesAnswer } from '../wire/releases.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const aliasParams = z.object({ id: z.string().min(1).max(100), name: aliasName });
const promoteBody = z
  .object({
    version: z.number().int().min(1).describe('The version the alias points at from now on (an older one: a rollback).'),
    gate: releaseGate
      .nullable()
      .optional()
      .describe('Set (or with null remove) what moving the alias needs; absent keeps it. Changing it needs manage (admin).'),
  })
  .strict();

/** Releases: an agent's aliases (production, staging, …), what each needs to move, and every move. */
export async function releaseRoutes(app: FastifyInstance, { releases }: Platform): Promise<void> {
  app.get(
    '/api/graphs/:id/releases',
    doc('graphs', "An agent's aliases and the history of their moves", {
      operationId: 'listReleases',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: releasesAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return releases.list(id);
    },
  );

  app.put(
    '/api/graphs/:id/aliases/:name',
    doc('graphs', 'Point an alias at a version: release, promote or roll back (a gate may need a passing evaluation)', {
      operationId: 'moveAlias',
      access: { needs: 'build', on: 'graph' },
      params: aliasParams,
      body: promoteBody,
      responses: { 200: promotionAnswer },
    }),
    async (request) => {
      const { id, name } = parseWith(aliasParams, request.params, 'params');
      const body = parseWith(promoteBody, request.body, 'body');
      if (!mayDo(request.role, 'manage') && (await releases.changesGate(id, name, body.gate))) {
        throw new ApiError(403, 'forbidden', `Your role in this workspace is ${request.role}; changing what a release needs (its gate) needs admin or above.`);
      }
      return releases.promote(request.owner, id, name, body);
    },
  );

  app.delete(
    '/api/graphs/:id/aliases/:name',
    doc('graphs', 'Remove an alias (what ran its version runs the latest version again)', {
      operationId: 'removeAlias',
      access: { needs: 'build', on: 'graph' },
      params: aliasParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id, name } = parseWith(aliasParams, request.params, 'params');
      // Removing an alias with a gate takes the gate away too: only who may change gates may do it.
      if (!mayDo(request.role, 'manage') && (await releases.changesGate(id, name, null))) {
        throw new ApiError(403, 'forbidden', `Your role in this workspace is ${request.role}; "${name}" has a gate, and removing it needs admin or above.`);
      }
      await releases.remove(request.owner, id, name);
      return reply.status(204).send();
    },
  );
}
