import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { drivePath, drivePathInput, graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const onedriveWriteFile = defineBlock({
  id: 'onedrive.write_file',
  name: 'OneDrive: Write File',
  description: 'Writes text to a file in OneDrive (made, with its folders, when new; replaced when it exists), up to 4 MB.',
  categories: ['microsoft', 'onedrive', 'files'],
  credentials: [microsoftCredential],
  input: z.object({
    path: drivePathInput.refine((p) => p.split('/').some(Boolean), 'the file’s path'),
    text: z.string().max(4_000_000, 'up to 4 MB in one write'),
    content_type: z.string().default('text/plain; charset=utf-8'),
    ...microsoftInputs,
  }),
  output: z.object({ id: z.string(), size: z.number(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a Microsoft account', input: { path: 'notes.txt', text: 'hi' }, error: 'needs a credential of kind oauth2:microsoft' }],
  async *run({ path, text, content_type }, ctx) {
    const { body } = await graph(ctx, 'OneDrive', drivePath(path, apiPath`/content`), {
      method: 'PUT',
      raw: { bytes: Buffer.from(text), contentType: content_type },
    });
    const item = body as { id: string; size?: number; webUrl?: string };
    yield ['id', item.id];
    yield ['size', item.size ?? 0];
    yield ['url', item.webUrl ?? ''];
  },
});
