import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import {
  knowledgeBaseAnswer,
  knowledgeBaseDetail,
  knowledgeBaseList,
  knowledgeDocumentAdded,
  knowledgeDocumentDetail,
  knowledgeSearchAnswer,
} from '../wire/knowledge.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const documentParams = z.object({ id: z.string().min(1).max(100), documentId: z.string().min(1).max(100) });
const createBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    description: z.string().max(10_000).default(''),
    credentialId: z.string().min(1).max(100).describe('An openai, ollama or openai_compatible credential of the workspace.'),
    model: z.string().trim().min(1).max(200).default('text-embedding-3-small').describe('The embedding model; it cannot change later.'),
    chunkChars: z.number().int().min(200).max(20_000).default(1500),
    chunkOverlap: z.number().int().min(0).max(5_000).default(150),
  })
  .strict()
  .refine((b) => b.chunkOverlap <= b.chunkChars / 2, { message: 'chunkOverlap must be at most half of chunkChars', path: ['chunkOverlap'] });
const documentBody = z.union([
  z.object({ name: z.string().trim().min(1).max(500), text: z.string().min(1).max(5_000_000) }).strict(),
  z.object({ fileId: z.string().min(1).max(100).describe('An uploaded file: PDF, Word (.docx), HTML, Markdown, CSV or text.') }).strict(),
  z
    .object({
      url: z
        .url({ protocol: /^https?$/ })
        .max(2_000)
        .describe('A web page (or a PDF) by its address.'),
    })
    .strict(),
]);
const searchBody = z.object({ query: z.string().min(1).max(8_000), limit: z.number().int().min(1).max(50).default(5) }).strict();

/** Knowledge bases: documents split into passages with embeddings, which the knowledge.search block retrieves from. */
export async function knowledgeRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, knowledge } = platform;

  app.get(
    '/api/knowledge',
    doc('knowledge', "The workspace's knowledge bases", {
      operationId: 'listKnowledgeBases',
      access: { needs: 'read' },
      responses: { 200: knowledgeBaseList },
    }),
    async (request) => ({ bases: await store.knowledge.list(request.workspaceId) }),
  );

  app.post(
    '/api/knowledge',
    doc('knowledge', 'Make a knowledge base: which credential and model embed it, and how documents are split', {
      operationId: 'createKnowledgeBase',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: knowledgeBaseAnswer },
    }),
    async (request, reply) => reply.status(201).send({ base: await knowledge.create(request.owner, parseWith(createBody, request.body, 'body')) }),
  );

  app.get(
    '/api/knowledge/:id',
    doc('knowledge', 'A knowledge base and its documents', {
      operationId: 'getKnowledgeBase',
      access: { needs: 'read', on: 'knowledgeBase' },
      params: idParam,
      responses: { 200: knowledgeBaseDetail },
    }),
    async (request) => {
      const base = await knowledge.base(request.workspaceId, parseWith(idParam, request.params, 'params').id);
      return { base, documents: await store.knowledge.documents(base.id) };
    },
  );

  app.delete(
    '/api/knowledge/:id',
    doc('knowledge', 'Delete a knowledge base, its documents and passages', {
      operationId: 'deleteKnowledgeBase',
      access: { needs: 'build', on: 'knowledgeBase' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.knowledge.delete(request.workspaceId, id))) throw notFound(`Knowledge base ${id}`);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/knowledge/:id/documents',
    doc('knowledge', 'Add a document — text with its name, an uploaded file, or a web page — or replace the one of its name; unchanged text does nothing', {
      operationId: 'addKnowledgeDocument',
      access: { needs: 'build', on: 'knowledgeBase' },
      params: idParam,
      body: documentBody,
      responses: { 201: knowledgeDocumentAdded },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return reply.status(201).send(await knowledge.addDocument(request.workspaceId, id, parseWith(documentBody, request.body, 'body')));
    },
  );

  app.get(
    '/api/knowledge/:id/documents/:documentId',
    doc('knowledge', 'A document of a knowledge base and its passages', {
      operationId: 'getKnowledgeDocument',
      access: { needs: 'read', on: 'knowledgeBase' },
      params: documentParams,
      responses: { 200: knowledgeDocumentDetail },
    }),
    async (request) => {
      const { id, documentId } = parseWith(documentParams, request.params, 'params');
      const base = await knowledge.base(request.workspaceId, id);
      const document = await store.knowledge.document(base.id, documentId);
      if (!document || document.id !== documentId) throw notFound(`Document ${documentId}`);
      return { document, passages: await store.knowledge.passages(document.id) };
    },
  );

  app.delete(
    '/api/knowledge/:id/documents/:documentId',
    doc('knowledge', 'Delete a document and its passages', {
      operationId: 'deleteKnowledgeDocument',
      access: { needs: 'build', on: 'knowledgeBase' },
      params: documentParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id, documentId } = parseWith(documentParams, request.params, 'params');
      const base = await knowledge.base(request.workspaceId, id);
      if (!(await store.knowledge.deleteDocument(base.id, documentId))) throw notFound(`Document ${documentId}`);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/knowledge/:id/search',
    doc('knowledge', 'The passages closest to a query, as the knowledge.search block finds them', {
      operationId: 'searchKnowledgeBase',
      // It asks the model to embed the query, with the workspace's credential: as a run would.
      access: { needs: 'run', on: 'knowledgeBase' },
      params: idParam,
      body: searchBody,
      responses: { 200: knowledgeSearchAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { query, limit } = parseWith(searchBody, request.body, 'body');
      return { passages: await knowledge.search(request.workspaceId, id, query, limit) };
    },
  );
}
