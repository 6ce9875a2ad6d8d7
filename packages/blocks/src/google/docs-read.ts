import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { documentId, documentText } from './docs-text.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleDocsRead = defineBlock({
  id: 'google_docs.read',
  name: 'Google Docs: Read',
  description: 'Reads a Google Docs document: its title and its text (tables cell by cell).',
  categories: ['google', 'documents'],
  credentials: [googleCredential],
  input: z.object({ document_id: z.string().regex(documentId, 'the id in the document’s URL: docs.google.com/document/d/<id>/edit'), ...googleInputs }),
  output: z.object({ title: z.string(), text: z.string() }),
  examples: [{ name: 'needs a Google account', input: { document_id: '1A2b3C4d5E6f7G8h9I0jKlMn' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ document_id }, ctx) {
    const { body } = await google(ctx, 'docs', apiPath`/documents/${document_id}`);
    const document = body as { title?: string; body?: { content?: unknown[] } };
    yield ['title', document.title ?? ''];
    yield ['text', documentText(document.body?.content)];
  },
});
