import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleDocsCreate = defineBlock({
  id: 'google_docs.create',
  name: 'Google Docs: Create',
  description: 'Creates a Google Docs document with a title and text, and answers its id and link.',
  categories: ['google', 'documents'],
  credentials: [googleCredential],
  input: z.object({ title: z.string().min(1), text: z.string().default(''), ...googleInputs }),
  output: z.object({ document_id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a Google account', input: { title: 'Notes' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ title, text }, ctx) {
    const { body } = await google(ctx, 'docs', apiPath`/documents`, { method: 'POST', json: { title } });
    const { documentId } = body as { documentId: string };
    if (text) {
      await google(ctx, 'docs', apiPath`/documents/${documentId}:batchUpdate`, {
        method: 'POST',
        json: { requests: [{ insertText: { location: { index: 1 }, text } }] },
      });
    }
    yield ['document_id', documentId];
    yield ['url', `https://docs.google.com/document/d/${documentId}/edit`];
  },
});
