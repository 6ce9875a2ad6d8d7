import { z } from 'zod';

export const languageInput = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z]+)?$/, 'must be a Wikipedia language code such as "en" or "de"')
  .default('en')
  .describe('Which Wikipedia: en, de, fr…');

export const wikipediaUrlInput = z
  .url()
  .optional()
  .describe('The wiki’s address (https://<language>.wikipedia.org when not given); change it only for another MediaWiki or a proxy.');

export const wikiBase = (language: string, apiUrl: string | undefined): string => apiUrl ?? `https://${language}.wikipedia.org`;
