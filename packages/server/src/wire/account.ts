import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const user = named('User', z.object({ id: z.string(), email: z.string(), isOwner: z.boolean(), createdAt: timestamp }));

export const userAnswer = z.object({ user });

export const authState = named(
  'AuthState',
  z.object({
    needsSetup: z.boolean().describe('No owner yet: the first person to come sets the server up.'),
    signupOpen: z.boolean().describe('Anyone may create an account (signup is open).'),
    signup: z.enum(['open', 'closed', 'invitation']).describe('Who may create an account: anyone, no one, or people with an invitation link.'),
    passwordSignIn: z.boolean().describe('Whether people may sign in with a password; when not, only through single sign-on.'),
    sso: z
      .object({ name: z.string().describe('Whom the sign-in button names.'), start: z.string().describe('Where the sign-in button goes.') })
      .nullable()
      .describe('Single sign-on, when the operator set it up.'),
    user: user.nullable().describe('Who is signed in; null when nobody is.'),
  }),
);

export const apiKey = named(
  'ApiKey',
  z.object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the secret, to tell keys apart.'),
    workspaceId: z.string().describe('The workspace the key works in: it acts there as its member, with at most their role.'),
    createdAt: timestamp,
    lastUsedAt: timestamp.nullable(),
  }),
);

export const apiKeyList = z.object({ keys: z.array(apiKey) });
export const createdApiKey = z.object({ key: apiKey, secret: z.string().describe('The key itself (bsk_…): shown in this answer only.') });
