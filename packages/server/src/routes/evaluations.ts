import { evaluatorSpec } from '@blocksmith/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayDo } from '../auth/grants.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import { MAX_EVALUATION_CONCURRENCY } from '../evaluations/evaluation-service.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { aliasName } from '../wire/releases.ts';
import { evaluationAnswer, evaluationComparison, evaluationDetail, evaluationList } from '../wire/evaluations.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const startBody = z
  .object({
    dataset: z.string().min(1).max(200).describe("The dataset's id or name."),
    version: z.number().int().min(1).optional().describe('The agent version to evaluate (or alias); the latest when neither.'),
    alias: aliasName.optional().describe('Evaluate the version this alias points at.'),
    evaluators: z.array(evaluatorSpec).max(50).optional().describe("Instead of the dataset's evaluators."),
    threshold: z.number().min(0).max(1).optional().describe("Instead of the dataset's threshold."),
    concurrency: z.number().int().min(1).max(MAX_EVALUATION_CONCURRENCY).optional().describe('Cases run at once (4 when absent).'),
  })
  .strict();
const listQuery = z
  .object({
    dataset: z.string().min(1).max(100).optional().describe('Only evaluations on this dataset (id).'),
    version: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
const compareQuery = z.object({ with: z.string().min(1).max(100).describe('The evaluation to compare against (the base).') }).strict();

/** Evaluations: an agent version run over a dataset's cases, scored, and compared with another. */
export async function evaluationRoutes(app: FastifyInstance, { store, evaluations }: Platform): Promise<void> {
  app.post(
    '/api/graphs/:id/evaluations',
    doc('evaluations', 'Evaluate an agent version over a dataset; answers 202 with the evaluation, which runs on', {
      operationId: 'startEvaluation',
      access: { needs: 'run', on: 'graph' },
      params: idParam,
      body: startBody,
      responses: { 202: evaluationAnswer },
      rateLimit: { max: 30, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(startBody, request.body, 'body');
      // Evaluators of one's own (a judge's rubric and credential, an agent to run) are building; the dataset's are not.
      if (body.evaluators && !mayDo(request.role, 'build')) {
        throw new ApiError(
          403,
          'forbidden',
          `Your role in this workspace is ${request.role}: evaluate with the dataset's evaluators (leave evaluators out), or ask for editor to give your own.`,
        );
      }
      return reply.status(202).send({ evaluation: await evaluations.start(request.owner, id, body) });
    },
  );

  app.get(
    '/api/graphs/:id/evaluations',
    doc('evaluations', "An agent's evaluations, newest first", {
      operationId: 'listEvaluations',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      query: listQuery,
      responses: { 200: evaluationList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const query = parseWith(listQuery, request.query, 'query');
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return {
        evaluations: await store.evaluations.list(request.workspaceId, {
          graphId: id,
          datasetId: query.dataset,
          graphVersion: query.version,
          limit: query.limit,
        }),
      };
    },
  );

  app.get(
    '/api/evaluations/:id',
    doc('evaluations', 'An evaluation: its totals and every case with its outputs, scores and reasons', {
      operationId: 'getEvaluation',
      access: { needs: 'read', on: 'evaluation' },
      params: idParam,
      responses: { 200: evaluationDetail },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return evaluations.get(request.workspaceId, id);
    },
  );

  app.get(
    '/api/evaluations/:id/compare',
    doc('evaluations', 'Compare an evaluation with another, case by case: what improved and what regressed', {
      operationId: 'compareEvaluations',
      access: { needs: 'read', on: 'evaluation' },
      params: idParam,
      query: compareQuery,
      responses: { 200: evaluationComparison },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const query = parseWith(compareQuery, request.query, 'query');
      return evaluations.compare(request.workspaceId, id, query.with);
    },
  );

  app.post(
    '/api/evaluations/:id/stop',
    doc('evaluations', 'Stop an evaluation: no more cases start, and the runs in flight stop', {
      operationId: 'stopEvaluation',
      access: { needs: 'run', on: 'evaluation' },
      params: idParam,
      responses: { 200: evaluationAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { evaluation: await evaluations.stop(request.workspaceId, id) };
    },
  );

  app.delete(
    '/api/evaluations/:id',
    doc('evaluations', 'Delete an ended evaluation (its runs stay)', {
      operationId: 'deleteEvaluation',
      access: { needs: 'build', on: 'evaluation' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await evaluations.delete(request.workspaceId, id);
      return reply.status(204).send();
    },
  );
}
