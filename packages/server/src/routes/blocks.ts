import type { FastifyInstance } from 'fastify';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { blockCatalog } from '../wire/blocks.ts';

/** The block catalog with JSON Schemas, categories and flags; the same for every user. */
export async function blockRoutes(app: FastifyInstance, { registry }: Platform): Promise<void> {
  const catalog = { blocks: registry.listManifests() };
  app.get(
    '/api/blocks',
    doc('blocks', 'The block catalog with input/output JSON Schemas', { operationId: 'listBlocks', access: 'account', responses: { 200: blockCatalog } }),
    async () => catalog,
  );
}
