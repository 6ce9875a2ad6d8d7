import { z } from 'zod';
import { named } from '../http/api-schemas.ts';

/** Every error answer of the API (ApiErrorBody). */
export const apiError = named(
  'ApiError',
  z.object({
    error: z.object({
      code: z.string().describe('Stable, to branch on: not_found, invalid_request, unauthenticated, rate_limited, …'),
      message: z.string().describe('What is wrong and how to fix it.'),
      details: z.unknown().optional().describe('The individual problems, when there are several.'),
    }),
  }),
);

/** Any JSON value a block or a person gave: the API passes it on as it is. */
export const anyValue = z.unknown();
export const valuesByName = z.record(z.string(), anyValue);

export const usageTotals = named(
  'UsageTotals',
  z.object({
    inputTokens: z.number(),
    outputTokens: z.number(),
    costUsd: z.number().describe('In US dollars, over the calls whose price is known.'),
    calls: z.number().int(),
    unpricedCalls: z.number().int().describe('Calls to models whose price is not known, so costUsd leaves them out.'),
  }),
);

export const fileRef = named(
  'FileRef',
  z.object({
    fileId: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    url: z.string().describe('Same-origin download path: /api/files/<id>.'),
  }),
);

export const artifactRef = named(
  'ArtifactRef',
  z.object({
    id: z.string(),
    title: z.string(),
    mimeType: z.string(),
    sourceUrl: z.string().describe('Always a same-origin download path (/api/files/<id>).'),
    origin: z.enum(['agent', 'user-upload']),
    sizeBytes: z.number().int(),
  }),
);

export const timestamp = z.number().int().describe('Milliseconds since 1970-01-01 UTC.');
