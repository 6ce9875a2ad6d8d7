import type { AuditQuery, Store } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { auditPage } from '../wire/audit.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const filters = {
  action: z.string().min(1).max(100).optional().describe('Only this operation, e.g. changeMemberRole.'),
  actorId: z.string().min(1).max(100).optional().describe('Only what this member did.'),
  since: z.coerce.number().int().min(0).optional().describe('Only events at or after this time (ms).'),
  until: z.coerce.number().int().min(0).optional().describe('Only events before this time (ms).'),
};
const pageQuery = z.object({ ...filters, before: z.string().min(1).max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }).strict();
const exportQuery = z.object(filters).strict();

const EXPORT_PAGE = 1000;

/** Every event that matches, oldest page last, a page at a time: an export never holds the whole log. */
async function* jsonLines(store: Store, workspaceId: string, query: Omit<AuditQuery, 'limit' | 'before'>): AsyncGenerator<string> {
  let before: string | undefined;
  for (;;) {
    const events = await store.audit.list(workspaceId, { ...query, before, limit: EXPORT_PAGE });
    for (const event of events) yield `${JSON.stringify(event)}\n`;
    if (events.length < EXPORT_PAGE) return;
    before = events.at(-1)!.id;
  }
}

/** A workspace's audit log (audit/audit-trail.ts records it): read by its admins, filtered, and exported as JSON lines. */
export async function auditRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  app.get(
    '/api/workspaces/:id/audit',
    doc('workspaces', "A page of the workspace's audit log, newest first: who did what, when, from where", {
      operationId: 'listAuditEvents',
      access: { needs: 'manage', on: 'workspace' },
      params: idParam,
      query: pageQuery,
      responses: { 200: auditPage },
    }),
    async (request) => {
      const query = parseWith(pageQuery, request.query, 'query');
      const events = await store.audit.list(request.workspaceId, query);
      return { events, ...(events.length === query.limit ? { next: events.at(-1)!.id } : {}) };
    },
  );

  app.get(
    '/api/workspaces/:id/audit/export',
    doc('workspaces', "The workspace's audit log as JSON lines (one event per line, newest first), with the same filters", {
      operationId: 'exportAuditEvents',
      access: { needs: 'manage', on: 'workspace' },
      params: idParam,
      query: exportQuery,
      responses: { 200: { description: 'One AuditEvent as JSON per line.', content: { 'application/x-ndjson': { type: 'string' } } } },
    }),
    async (request, reply) => {
      const query = parseWith(exportQuery, request.query, 'query');
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${request.workspaceId}.jsonl"`)
        .send(Readable.from(jsonLines(store, request.workspaceId, query)));
    },
  );
}
