import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const knowledgeBase = named(
  'KnowledgeBase',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string().describe('What knowledge.search names it by (or by id).'),
    description: z.string(),
    credentialId: z.string().describe('The model credential that embeds its passages and queries.'),
    model: z.string().describe('The embedding model.'),
    chunkChars: z.number().int().describe('About how many characters a passage has.'),
    chunkOverlap: z.number().int().describe('About how many characters a passage repeats of the one before.'),
    documents: z.number().int(),
    chunks: z.number().int().describe('Passages, over all its documents.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const knowledgeDocument = named(
  'KnowledgeDocument',
  z.object({
    id: z.string(),
    name: z.string().describe('Unique in its base: adding a document of this name again replaces it.'),
    source: z.string().describe('A file name, a web address, or "text".'),
    contentHash: z.string().describe('SHA-256 of its text.'),
    chars: z.number().int(),
    chunks: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const knowledgePassage = named(
  'KnowledgePassage',
  z.object({
    text: z.string(),
    score: z.number(),
    document: z.string(),
    documentId: z.string(),
    source: z.string(),
    position: z.number().int(),
  }),
);

export const knowledgeBaseAnswer = z.object({ base: knowledgeBase });
export const knowledgeBaseList = z.object({ bases: z.array(knowledgeBase) });
export const knowledgeBaseDetail = z.object({ base: knowledgeBase, documents: z.array(knowledgeDocument) });
export const knowledgeDocumentAdded = z.object({
  document: knowledgeDocument,
  unchanged: z.boolean().describe('true: a document of this name had this text already, and nothing was done.'),
});
export const knowledgeDocumentDetail = z.object({ document: knowledgeDocument, passages: z.array(z.object({ position: z.number().int(), text: z.string() })) });
export const knowledgeSearchAnswer = z.object({ passages: z.array(knowledgePassage) });
