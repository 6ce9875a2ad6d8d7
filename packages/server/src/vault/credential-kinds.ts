import { z } from 'zod';

/** The kinds of credential and the fields each one holds. */
export const CREDENTIAL_KINDS = {
  http_bearer: z.object({ token: z.string().min(1) }).strict(),
  http_basic: z.object({ username: z.string().min(1), password: z.string() }).strict(),
  http_header: z.object({ name: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a header name'), value: z.string().min(1) }).strict(),
  openai: z.object({ apiKey: z.string().min(1) }).strict(),
  anthropic: z.object({ apiKey: z.string().min(1), baseUrl: z.url().optional().describe('Only for a proxy or gateway.') }).strict(),
  ollama: z.object({ baseUrl: z.url().optional().describe('Default: http://localhost:11434/v1') }).strict(),
  openai_compatible: z.object({ baseUrl: z.url(), apiKey: z.string().optional() }).strict(),
} as const;

export type CredentialKind = keyof typeof CREDENTIAL_KINDS;
export const credentialKindSchema = z.enum(Object.keys(CREDENTIAL_KINDS) as [CredentialKind, ...CredentialKind[]]);
