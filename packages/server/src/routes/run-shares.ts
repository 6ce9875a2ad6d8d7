import { hasEnded } from '@blocksmith/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/tokens.ts';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { Platform } from '../platform/platform.ts';
import { sharedRunView } from '../runs/shared-run.ts';
import { createdRunShare, runShareList, sharedRunAnswer } from '../wire/run-shares.ts';
import { serveFile } from './files.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const shareParams = z.object({ id: z.string().min(1).max(100), shareId: z.string().min(1).max(100) });
const tokenParam = z.object({ token: z.string().min(10).max(200) });
const fileParams = z.object({ token: z.string().min(10).max(200), fileId: z.string().min(1).max(100) });

/** Nobody learns from the answer whether a link existed, was revoked, or names a run since deleted. */
const linkNotWorking = () => new Refusal('not_found', 'not_found', 'This link does not work: it was revoked, or the run it showed was deleted.');

/** Links that show one ended run's inputs and outputs to anyone who has them (docs/publishing.md). */
export async function runShareRoutes(app: FastifyInstance, { store, runs }: Platform): Promise<void> {
  app.post(
    '/api/runs/:id/shares',
    doc('runs', "Make a link that shows this run's inputs and outputs to anyone who has it; the link's secret is in this answer only", {
      operationId: 'shareRun',
      access: { needs: 'build', on: 'run' },
      params: idParam,
      responses: { 201: createdRunShare },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const run = await runs.get(request.workspaceId, id);
      if (!hasEnded(run.status)) throw new Refusal('conflict', 'run_not_ended', `Run ${id} is ${run.status}: share it once it has ended.`);
      const token = newToken('bss_');
      const share = await store.runShares.create(request.owner, id, hashToken(token));
      return reply.status(201).send({ share, token, path: `/#/shared/${token}` });
    },
  );

  app.get(
    '/api/runs/:id/shares',
    doc('runs', "A run's links, revoked ones too (never their secrets)", {
      operationId: 'listRunShares',
      access: { needs: 'read', on: 'run' },
      params: idParam,
      responses: { 200: runShareList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await runs.get(request.workspaceId, id);
      return { shares: await store.runShares.list(request.workspaceId, id) };
    },
  );

  app.delete(
    '/api/runs/:id/shares/:shareId',
    doc('runs', 'Revoke a link: it stops working at once', {
      operationId: 'revokeRunShare',
      access: { needs: 'build', on: 'run' },
      params: shareParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id, shareId } = parseWith(shareParams, request.params, 'params');
      if (!(await store.runShares.revoke(request.workspaceId, id, shareId))) throw notFound(`Link ${shareId} of run ${id}`);
      return reply.status(204).send();
    },
  );
}

/** What a share link shows, to anyone: the link's secret is the credential. */
export async function sharedRunRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  const shared = async (token: string) => {
    const link = await store.runShares.sharedRun(hashToken(token));
    const run = link && (await store.runs.get(link.workspaceId, link.runId));
    if (!link || !run) throw linkNotWorking();
    return { link, ...sharedRunView(run, token) };
  };

  app.get(
    '/api/shared/runs/:token',
    doc('runs', 'The run a share link shows: its inputs, outputs, status and times', {
      operationId: 'getSharedRun',
      public: true,
      params: tokenParam,
      responses: { 200: sharedRunAnswer },
      rateLimit: { max: 120, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { token } = parseWith(tokenParam, request.params, 'params');
      return { run: (await shared(token)).view };
    },
  );

  app.get(
    '/api/shared/runs/:token/files/:fileId',
    doc('runs', "A file the shared run's inputs or outputs name (a file put out, a large value), through its link", {
      operationId: 'downloadSharedRunFile',
      public: true,
      params: fileParams,
      responses: { 200: { description: 'The file, with its own type.', content: { '*/*': { type: 'string', contentMediaType: 'application/octet-stream' } } } },
      rateLimit: { max: 120, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { token, fileId } = parseWith(fileParams, request.params, 'params');
      const { link, files } = await shared(token);
      const file = files.has(fileId) ? await store.files.read(link.workspaceId, fileId) : undefined;
      if (!file) throw notFound(`File ${fileId} of this shared run`);
      return serveFile(reply, file, request.query);
    },
  );
}
