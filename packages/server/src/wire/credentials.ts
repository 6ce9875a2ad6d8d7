import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const credentialInfo = named(
  'CredentialInfo',
  z.object({ id: z.string(), name: z.string(), kind: z.string(), createdAt: timestamp, updatedAt: timestamp }),
);
export const credentialAnswer = z.object({ credential: credentialInfo });
export const credentialList = z.object({ credentials: z.array(credentialInfo) });
/** The JSON Schema of a kind's fields; the parts a form is drawn from are named. */
const fieldsSchema = z.looseObject({
  title: z.string().optional(),
  properties: z.record(z.string(), z.looseObject({ title: z.string().optional(), description: z.string().optional() })).optional(),
  required: z.array(z.string()).optional(),
});
export const credentialKinds = z.object({ kinds: z.record(z.string(), fieldsSchema).describe('Each kind with the JSON Schema of its fields.') });
export const credentialTest = z.object({ ok: z.boolean(), message: z.string(), models: z.array(z.string()).optional() });
export const modelList = z.object({ models: z.array(z.string()) });
export const deletedWithWarning = z.object({ warning: z.string() });

export const oauthProvider = named(
  'OAuthProvider',
  z.object({
    id: z.string(),
    kind: z.string().describe('The credential kind a connection makes, e.g. oauth2:github.'),
    title: z.string(),
    configured: z.boolean().describe('Whether the operator registered a client, i.e. whether Connect works.'),
    scopes: z.array(z.string()),
  }),
);
export const oauthProviderList = z.object({ providers: z.array(oauthProvider) });
export const oauthStart = z.object({ authorizeUrl: z.string() });

/** An OAuth2 provider as GET /api/oauth/providers shows it. */
export type OAuthProviderInfo = z.infer<typeof oauthProvider>;
