import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const driveFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime_type: z.string(),
  modified: z.string(),
  size: z.number().int(),
  url: z.string(),
});

export function toDriveFile(raw: unknown): z.infer<typeof driveFileSchema> {
  const f = raw as { id: string; name: string; mimeType: string; modifiedTime?: string; size?: string; webViewLink?: string };
  return { id: f.id, name: f.name, mime_type: f.mimeType, modified: f.modifiedTime ?? '', size: Number(f.size ?? 0), url: f.webViewLink ?? '' };
}

export const googleDriveListFiles = defineBlock({
  id: 'google_drive.list_files',
  name: 'Google Drive: List Files',
  description: 'Lists files in Google Drive, newest first: by name, in a folder, or with a Drive query; following pages up to the limit.',
  categories: ['google', 'productivity'],
  credentials: [googleCredential],
  input: z.object({
    name_contains: z.string().max(200).optional(),
    folder_id: z.string().max(200).optional().describe('Only files in this folder.'),
    query: z.string().max(2000).optional().describe('A Drive query (q), e.g. "mimeType = \'application/pdf\'", added to the above.'),
    limit: z.number().int().min(1).max(1000).default(50),
    ...googleInputs,
  }),
  output: z.object({ files: z.array(driveFileSchema) }),
  examples: [{ name: 'needs a Google account', input: { name_contains: 'report' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ name_contains, folder_id, query, limit }, ctx) {
    const quote = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
    const q = [
      'trashed = false',
      name_contains && `name contains ${quote(name_contains)}`,
      folder_id && `${quote(folder_id)} in parents`,
      query && `(${query})`,
    ]
      .filter(Boolean)
      .join(' and ');
    const files = [];
    let pageToken: string | undefined;
    do {
      const { body } = await google(ctx, 'drive', apiPath`/files`, {
        query: {
          q,
          orderBy: 'modifiedTime desc',
          pageSize: Math.min(100, limit - files.length),
          pageToken,
          fields: 'nextPageToken,files(id,name,mimeType,modifiedTime,size,webViewLink)',
        },
      });
      const page = body as { files?: unknown[]; nextPageToken?: string };
      files.push(...(page.files ?? []).map(toDriveFile));
      pageToken = page.nextPageToken;
    } while (pageToken && files.length < limit);
    yield ['files', files.slice(0, limit)];
  },
});
