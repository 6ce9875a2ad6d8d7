import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { drivePath, drivePathInput, graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const onedriveListFiles = defineBlock({
  id: 'onedrive.list_files',
  name: 'OneDrive: List Files',
  description: 'Lists the files and folders in a OneDrive folder (the top one when no path is given).',
  categories: ['microsoft', 'onedrive', 'files'],
  credentials: [microsoftCredential],
  input: z.object({ folder: drivePathInput.default(''), ...microsoftInputs }),
  output: z.object({
    items: z.array(z.object({ id: z.string(), name: z.string(), folder: z.boolean(), size: z.number(), modified: z.string(), url: z.string() })),
  }),
  examples: [{ name: 'needs a Microsoft account', input: { folder: 'Reports' }, error: 'needs a credential of kind oauth2:microsoft' }],
  async *run({ folder }, ctx) {
    const { body } = await graph(ctx, 'OneDrive', drivePath(folder, apiPath`/children`), { query: { $top: 200 } });
    const items = ((body as { value?: unknown[] }).value ?? []) as {
      id: string;
      name: string;
      folder?: unknown;
      size?: number;
      lastModifiedDateTime?: string;
      webUrl?: string;
    }[];
    yield [
      'items',
      items.map((i) => ({
        id: i.id,
        name: i.name,
        folder: i.folder !== undefined,
        size: i.size ?? 0,
        modified: i.lastModifiedDateTime ?? '',
        url: i.webUrl ?? '',
      })),
    ];
  },
});
