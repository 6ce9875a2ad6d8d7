import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { dropbox, dropboxCredential, dropboxPath, entrySchema, toEntry } from './dropbox-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const dropboxUpload = defineBlock({
  id: 'dropbox.upload',
  name: 'Dropbox: Upload Text',
  description: 'Writes text to a file in Dropbox (up to 150 MB): replacing it, or beside it under a new name when it exists.',
  categories: ['dropbox', 'files'],
  credentials: [dropboxCredential],
  input: z.object({
    path: dropboxPath.refine((p) => p !== '', 'the file’s path'),
    text: z.string(),
    if_exists: z.enum(['overwrite', 'rename', 'fail']).default('overwrite'),
    credential: z.string().optional(),
  }),
  output: z.object({ file: entrySchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { path: '/notes.txt', text: 'hi' }, error: 'needs a credential of kind dropbox_token' }],
  async *run({ path, text, if_exists }, ctx) {
    const arg = { path, mode: if_exists === 'overwrite' ? 'overwrite' : 'add', autorename: if_exists === 'rename', mute: true };
    const { body } = await dropbox(ctx, 'content', apiPath`/files/upload`, { arg, bytes: Buffer.from(text) });
    yield ['file', toEntry({ '.tag': 'file', ...(body as object) })];
  },
});
