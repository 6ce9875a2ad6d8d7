import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';
import { driveFileSchema, toDriveFile } from './drive-list-files.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

/** Google's own formats have no bytes to download; they are exported as these. */
const EXPORTS: Record<string, { mime: string; ext: string }> = {
  'application/vnd.google-apps.document': { mime: 'text/markdown', ext: 'md' },
  'application/vnd.google-apps.spreadsheet': { mime: 'text/csv', ext: 'csv' },
  'application/vnd.google-apps.presentation': { mime: 'text/plain', ext: 'txt' },
};

const isText = (mime: string) => /^text\/|json|xml|csv|markdown|yaml/.test(mime);

export const googleDriveReadFile = defineBlock({
  id: 'google_drive.read_file',
  name: 'Google Drive: Read File',
  description: 'Downloads a file from Google Drive as an artifact, and as text when it is text (Google Docs come as Markdown, Sheets as CSV).',
  categories: ['google', 'productivity'],
  credentials: [googleCredential],
  input: z.object({ file_id: z.string().min(1).max(200).describe('The id in the file’s URL, or from Google Drive: List Files.'), ...googleInputs }),
  output: z.object({ file: fileRefSchema, text: z.string().describe('The content as text; empty for binary files.'), info: driveFileSchema }),
  examples: [{ name: 'needs a Google account', input: { file_id: 'abc' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ file_id }, ctx) {
    const id = file_id;
    const { body: meta } = await google(ctx, 'drive', apiPath`/files/${id}`, { query: { fields: 'id,name,mimeType,modifiedTime,size,webViewLink' } });
    const info = toDriveFile(meta);
    const exported = EXPORTS[info.mime_type];
    const { bytes, contentType } = exported
      ? await google(ctx, 'drive', apiPath`/files/${id}/export`, { query: { mimeType: exported.mime } })
      : await google(ctx, 'drive', apiPath`/files/${id}`, { query: { alt: 'media' } });
    const mime = exported?.mime ?? (contentType.split(';')[0] || info.mime_type);
    const name = exported ? `${info.name}.${exported.ext}` : info.name;
    yield ['file', await ctx.files.write({ name, contentType: mime, bytes })];
    yield ['text', isText(mime) ? bytes.toString('utf8') : ''];
    yield ['info', info];
  },
});
