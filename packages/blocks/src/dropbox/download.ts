import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { dropbox, dropboxCredential, dropboxPath } from './dropbox-api.ts';
import { apiPath } from '../shared/api-path.ts';
import { bytesAsText } from '../shared/bytes-as-text.ts';

export const dropboxDownload = defineBlock({
  id: 'dropbox.download',
  name: 'Dropbox: Read Text File',
  description: 'Reads a text file (TXT, CSV, Markdown, JSON …) from Dropbox by its path.',
  categories: ['dropbox', 'files'],
  credentials: [dropboxCredential],
  input: z.object({ path: dropboxPath.refine((p) => p !== '', 'the file’s path'), credential: z.string().optional() }),
  output: z.object({ text: z.string() }),
  examples: [{ name: 'needs a token', input: { path: '/notes.txt' }, error: 'needs a credential of kind dropbox_token' }],
  async *run({ path }, ctx) {
    const { bytes, contentType } = await dropbox(ctx, 'content', apiPath`/files/download`, { arg: { path } });
    yield ['text', bytesAsText(bytes, path, contentType)];
  },
});
