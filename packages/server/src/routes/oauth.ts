import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { asRefusal } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { oauthProviderList, oauthStart } from '../wire/credentials.ts';
import { publicOrigin } from '../http/public-origin.ts';

const providerParam = z.object({ provider: z.string().min(1).max(50) });
const startBody = z
  .object({
    name: z.string().trim().min(1).max(100).optional().describe('The name the credential gets; default "<Provider> account".'),
    scopes: z.array(z.string().min(1).max(200)).max(50).optional().describe("What to ask access to; default what the provider's blocks need."),
  })
  .strict();
const callbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(500).optional(),
  error_description: z.string().max(2000).optional(),
});

export const OAUTH_CALLBACK_PATH = '/api/oauth/callback';

/** Connecting accounts (signed in): which providers there are, and the start of a connection. */
export async function oauthRoutes(app: FastifyInstance, { oauth, config }: Platform): Promise<void> {
  app.get(
    '/api/oauth/providers',
    doc('credentials', 'The OAuth2 providers accounts can be connected from, and whether the operator set each up', {
      operationId: 'listOAuthProviders',
      access: 'account',
      responses: { 200: oauthProviderList },
    }),
    async () => ({
      providers: oauth.providers(),
    }),
  );

  app.post(
    '/api/oauth/:provider/start',
    doc('credentials', "Start connecting an account: open the answer's authorizeUrl in a browser; the provider sends the person back to /api/oauth/callback", {
      operationId: 'startOAuth',
      access: { needs: 'build' },
      params: providerParam,
      body: startBody,
      responses: { 200: oauthStart },
    }),
    async (request) => {
      const { provider } = parseWith(providerParam, request.params, 'params');
      const body = parseWith(startBody, request.body ?? {}, 'body');
      // The provider must send the person back to exactly this address, registered with it by the operator.
      const redirectUri = `${publicOrigin(config, request)}${OAUTH_CALLBACK_PATH}`;
      return { authorizeUrl: await oauth.start(request.owner, provider, body, redirectUri) };
    },
  );
}

/**
 * Where the provider sends the person back. It is public (the one-time state names who connects); it
 * answers with a redirect to the web app, which tells the window that pressed Connect and closes.
 */
export async function oauthCallbackRoute(app: FastifyInstance, { oauth }: Platform): Promise<void> {
  app.get(
    OAUTH_CALLBACK_PATH,
    doc('credentials', 'The OAuth2 redirect URI: trades the code for tokens and stores them as a credential', {
      operationId: 'finishOAuth',
      public: true,
      query: callbackQuery,
      responses: { 302: null },
    }),
    async (request, reply) => {
      const query = parseWith(callbackQuery, request.query, 'query');
      const done = new URLSearchParams();
      try {
        const credential = await oauth.finish(query);
        done.set('credential', credential.id);
        done.set('name', credential.name);
      } catch (error) {
        const refused = asRefusal(error);
        if (!refused) throw error;
        done.set('error', refused.message);
      }
      return reply.redirect(`/#/oauth-done?${done.toString()}`);
    },
  );
}
