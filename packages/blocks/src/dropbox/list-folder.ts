import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { dropbox, dropboxCredential, dropboxPath, entrySchema, toEntry } from './dropbox-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const dropboxListFolder = defineBlock({
  id: 'dropbox.list_folder',
  name: 'Dropbox: List Folder',
  description: 'Lists the files and folders in a Dropbox folder (and below it, if asked).',
  categories: ['dropbox', 'files'],
  credentials: [dropboxCredential],
  input: z.object({
    folder: dropboxPath.default(''),
    recursive: z.boolean().default(false),
    limit: z.number().int().min(1).max(2000).default(500),
    credential: z.string().optional(),
  }),
  output: z.object({ entries: z.array(entrySchema), more: z.boolean() }),
  examples: [{ name: 'needs a token', input: { folder: '/Reports' }, error: 'needs a credential of kind dropbox_token' }],
  async *run({ folder, recursive, limit }, ctx) {
    const { body } = await dropbox(ctx, 'api', apiPath`/files/list_folder`, { json: { path: folder, recursive, limit } });
    const listed = body as { entries?: unknown[]; has_more?: boolean };
    yield ['entries', (listed.entries ?? []).map(toEntry)];
    yield ['more', listed.has_more ?? false];
  },
});
