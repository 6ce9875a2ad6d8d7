import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import { runsSeenBy } from '../auth/workspace-access.ts';
import type { Platform } from '../platform/platform.ts';
import { decidedReview, reviewAnswer, reviewList } from '../wire/reviews.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const listQuery = z
  .object({
    status: z.enum(['pending', 'decided']).default('pending').describe('pending: waiting, in runs still going; decided: approved or rejected.'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
const decideBody = z
  .object({
    decision: z.enum(['approve', 'reject']),
    data: z.unknown().optional().describe('Approve with this data instead of the reviewed data; only for an editable review.'),
    reason: z.string().max(2000).optional().describe('Why it is rejected; passed on with the rejection.'),
  })
  .strict();

/** Reviews: what human-review nodes of your runs wait for you to decide. */
export async function reviewRoutes(app: FastifyInstance, { reviews, runs }: Platform): Promise<void> {
  app.get(
    '/api/reviews',
    doc('reviews', 'Your reviews: pending (newest first) or decided', {
      operationId: 'listReviews',
      access: { needs: 'read' },
      query: listQuery,
      responses: { 200: reviewList },
    }),
    async (request) => {
      const { status, limit } = parseWith(listQuery, request.query, 'query');
      return { reviews: await reviews.list(request.workspaceId, status, limit, runsSeenBy(request)) };
    },
  );

  app.get(
    '/api/reviews/:id',
    doc('reviews', 'One review with its message, data and decision', {
      operationId: 'getReview',
      access: { needs: 'read', on: 'review' },
      params: idParam,
      responses: { 200: reviewAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { review: await reviews.get(request.workspaceId, id) };
    },
  );

  app.post(
    '/api/reviews/:id',
    doc('reviews', 'Approve (with edited data, when editable) or reject a pending review; the run goes on from its node', {
      operationId: 'decideReview',
      access: { needs: 'run', on: 'review' },
      params: idParam,
      body: decideBody,
      responses: { 200: decidedReview },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(decideBody, request.body, 'body');
      const review = await reviews.decide(request.owner, id, body);
      return { review, run: await runs.get(request.workspaceId, review.runId) };
    },
  );
}
