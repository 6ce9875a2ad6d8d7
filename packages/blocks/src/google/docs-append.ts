import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { documentId } from './docs-text.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleDocsAppend = defineBlock({
  id: 'google_docs.append',
  name: 'Google Docs: Append Text',
  description: 'Adds text at the end of a Google Docs document (a new paragraph unless told otherwise).',
  categories: ['google', 'documents'],
  credentials: [googleCredential],
  input: z.object({
    document_id: z.string().regex(documentId, 'the id in the document’s URL: docs.google.com/document/d/<id>/edit'),
    text: z.string().min(1),
    new_paragraph: z.boolean().default(true),
    ...googleInputs,
  }),
  output: z.object({ document_id: z.string() }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a Google account', input: { document_id: '1A2b3C4d5E6f7G8h9I0jKlMn', text: 'More' }, error: 'needs a credential of kind oauth2:google' },
  ],
  async *run({ document_id, text, new_paragraph }, ctx) {
    await google(ctx, 'docs', apiPath`/documents/${document_id}:batchUpdate`, {
      method: 'POST',
      json: { requests: [{ insertText: { endOfSegmentLocation: {}, text: new_paragraph ? `\n${text}` : text } }] },
    });
    yield ['document_id', document_id];
  },
});
