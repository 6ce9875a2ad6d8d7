import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StoredFile } from '@blocksmith/engine';
import { fileNameSchema, type FileContent } from '@blocksmith/sdk';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { fileList, uploadedFile } from '../wire/files.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
export const fileName = fileNameSchema('give the file a name: ?name=report.csv');
const uploadQuery = z
  .object({
    name: fileName,
  })
  .strict();
export const inlineParam = z.enum(['0', '1']).optional();
const downloadQuery = z.object({ inline: inlineParam }).strict();
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) }).strict();

/** Types a browser may show inline without running anything; everything else downloads. */
const INLINE_SAFE = /^(image\/(png|jpeg|gif|webp|avif)|audio\/|video\/|text\/plain|application\/pdf)/;

/** Uploads (raw body, any type) and same-origin downloads of uploads and artifacts. */
export async function fileRoutes(app: FastifyInstance, { store, config }: Platform): Promise<void> {
  await app.register(async (uploads) => {
    acceptRawBodies(uploads, config.maxFileBytes);
    uploads.post(
      '/api/files',
      {
        ...doc('files', 'Upload a file: the raw bytes as the body, its type as Content-Type', {
          operationId: 'uploadFile',
          access: { needs: 'run' },
          query: uploadQuery,
          body: 'file',
          responses: { 201: uploadedFile },
        }),
        bodyLimit: config.maxFileBytes,
      },
      async (request, reply) => {
        const { name } = parseWith(uploadQuery, request.query, 'query');
        const file = await store.files.upload(request.owner, uploadedContent(request, name));
        return reply.status(201).send({ file });
      },
    );
  });

  app.get(
    '/api/files',
    doc('files', 'List your files', { operationId: 'listFiles', access: { needs: 'read' }, query: listQuery, responses: { 200: fileList } }),
    async (request) => store.files.list(request.workspaceId, parseWith(listQuery, request.query, 'query')),
  );

  app.get(
    '/api/files/:id',
    doc('files', 'Download a file (inline=1 shows images, media, plain text and PDF in the browser)', {
      operationId: 'downloadFile',
      access: { needs: 'read', on: 'file' },
      params: idParam,
      query: downloadQuery,
      responses: { 200: { description: 'The file, with its own type.', content: { '*/*': { type: 'string', contentMediaType: 'application/octet-stream' } } } },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const file = await store.files.read(request.workspaceId, id);
      if (!file) throw notFound(`File ${id}`);
      return serveFile(reply, file, request.query);
    },
  );

  app.delete(
    '/api/files/:id',
    doc('files', 'Delete a file', { operationId: 'deleteFile', access: { needs: 'build', on: 'file' }, params: idParam, responses: { 204: null } }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.files.delete(request.workspaceId, id))) throw notFound(`File ${id}`);
      return reply.status(204).send();
    },
  );
}

/** An upload's bytes (the raw body, refused when empty) and type (its Content-Type), under the name the query gave. */
export function uploadedContent(request: FastifyRequest, name: string): FileContent {
  const body = request.body;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? ''));
  if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'The upload is empty; send the file bytes as the request body.');
  return { name, contentType: (request.headers['content-type'] ?? 'application/octet-stream').slice(0, 200), bytes };
}

/** Takes any body as its bytes, up to `limit`: an upload route's scope. */
export function acceptRawBodies(scope: FastifyInstance, limit: number): void {
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
}

/**
 * A stored file as a download (`?inline=1`: shown in the browser when its type is safe to show), sandboxed so
 * that nothing in it runs with the app's origin.
 */
export function serveFile(reply: FastifyReply, file: StoredFile, query: unknown): FastifyReply {
  const { inline } = parseWith(downloadQuery, query, 'query');
  const disposition = inline === '1' && INLINE_SAFE.test(file.contentType) ? 'inline' : 'attachment';
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.size))
    .header('content-disposition', `${disposition}; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .send(Buffer.from(file.bytes));
}

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
