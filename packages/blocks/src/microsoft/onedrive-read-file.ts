import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { drivePath, drivePathInput, graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';
import { bytesAsText } from '../shared/bytes-as-text.ts';

export const onedriveReadFile = defineBlock({
  id: 'onedrive.read_file',
  name: 'OneDrive: Read File',
  description: 'Reads a text file (TXT, CSV, Markdown, JSON …) from OneDrive by its path.',
  categories: ['microsoft', 'onedrive', 'files'],
  credentials: [microsoftCredential],
  input: z.object({ path: drivePathInput.refine((p) => p.split('/').some(Boolean), 'the file’s path'), ...microsoftInputs }),
  output: z.object({ text: z.string(), content_type: z.string() }),
  examples: [{ name: 'needs a Microsoft account', input: { path: 'notes.txt' }, error: 'needs a credential of kind oauth2:microsoft' }],
  async *run({ path }, ctx) {
    // Graph answers with a redirect to a pre-authorised download address, which is followed (without our token).
    const { bytes, contentType } = await graph(ctx, 'OneDrive', drivePath(path, apiPath`/content`));
    yield ['text', bytesAsText(bytes, path, contentType)];
    yield ['content_type', contentType];
  },
});
