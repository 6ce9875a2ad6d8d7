import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { identify, SESSION_COOKIE } from '../auth/authenticate.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashToken } from '../auth/tokens.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { seedExamples } from '../seed/seed-examples.ts';
import { sessionStarter } from '../auth/session-cookie.ts';
import { SSO_START_PATH } from './sso.ts';
import { invitationFor, joinByInvitation } from '../workspaces/invitations.ts';
import { authState, userAnswer } from '../wire/account.ts';

const credentials = z
  .object({
    email: z.email('must be an email address'),
    password: z.string().min(8, 'must be at least 8 characters').max(1024),
  })
  .strict();
const signupBody = credentials.extend({
  invitation: z.string().min(1).max(200).optional().describe('The token of an invitation link: the new account joins its workspace.'),
});

/** First-run owner setup, sign-up (when open), login, logout, and who am I. */
export async function authRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, config } = platform;
  let settingUp = false;
  const throttle = new LoginThrottle();
  // Behind TLS (a public https address) the session cookie is never sent in the clear.
  const { secure, start: startSession } = sessionStarter(store, config);

  app.get(
    '/api/auth/state',
    doc('account', 'Whether the owner must be set up, whether sign-up is open, and who is signed in', {
      operationId: 'getAuthState',
      public: true,
      responses: { 200: authState },
    }),
    async (request) => {
      const identity = await identify(request, store).catch(() => undefined);
      const user = identity ? await store.users.findById(identity.userId) : undefined;
      return {
        needsSetup: (await store.users.count()) === 0,
        signupOpen: config.signup === 'open',
        signup: config.signup,
        passwordSignIn: config.passwordSignIn,
        sso: config.sso ? { name: config.sso.name, start: SSO_START_PATH } : null,
        user: user ?? null,
      };
    },
  );

  app.post(
    '/api/auth/setup',
    doc('account', 'Create the owner account on first start', {
      operationId: 'setUpOwner',
      public: true,
      body: credentials,
      responses: { 201: userAnswer },
    }),
    async (request, reply) => {
      const body = parseWith(credentials, request.body, 'body');
      if (settingUp || (await store.users.count()) > 0) {
        throw new ApiError(409, 'already_set_up', 'The owner account already exists; sign in instead.');
      }
      settingUp = true;
      try {
        const user = await store.users.create({ email: body.email, passwordHash: await hashPassword(body.password), isOwner: true });
        await seedExamples(platform, user.id);
        await startSession(request, reply, user.id);
        return reply.status(201).send({ user });
      } finally {
        settingUp = false;
      }
    },
  );

  app.post(
    '/api/auth/signup',
    doc('account', 'Create an account: when sign-up is open, or with an invitation link when sign-up is by invitation (the account then joins its workspace)', {
      operationId: 'signUp',
      public: true,
      body: signupBody,
      responses: { 201: userAnswer },
    }),
    async (request, reply) => {
      const body = parseWith(signupBody, request.body, 'body');
      if ((await store.users.count()) === 0) throw new ApiError(409, 'needs_setup', 'Create the owner account first (POST /api/auth/setup).');
      if (config.signup === 'closed' || (config.signup === 'invitation' && body.invitation === undefined)) {
        throw new ApiError(
          403,
          'signup_closed',
          config.signup === 'closed'
            ? 'Sign-up is closed on this server; ask its owner (BLOCKSMITH_SIGNUP=open or invitation opens it).'
            : 'Sign-up on this server is by invitation: open the invitation link you were sent.',
        );
      }
      if (await store.users.findByEmail(body.email)) throw new ApiError(409, 'email_taken', 'An account with this email already exists; sign in instead.');
      // Checked before the account exists, so a link that does not work makes no account.
      if (body.invitation !== undefined) await invitationFor(store, body.invitation, body.email);
      const user = await store.users.create({ email: body.email, passwordHash: await hashPassword(body.password), isOwner: false });
      if (body.invitation !== undefined) await joinByInvitation(store, body.invitation, user);
      await startSession(request, reply, user.id);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/auth/login',
    doc('account', 'Sign in; sets the session cookie', {
      operationId: 'signIn',
      public: true,
      body: credentials,
      responses: { 200: userAnswer },
      rateLimit: { max: 10, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const body = parseWith(credentials.extend({ password: z.string().min(1).max(1024) }), request.body, 'body');
      if (!config.passwordSignIn) {
        throw new ApiError(403, 'password_signin_off', `Passwords are off on this server: sign in with ${config.sso?.name ?? 'single sign-on'}.`);
      }
      const waitMs = throttle.waitFor(body.email);
      if (waitMs > 0) {
        const minutes = Math.ceil(waitMs / 60_000);
        reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
        throw new ApiError(429, 'rate_limited', `Too many wrong passwords for this account: retry in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
      }
      const user = await store.users.findByEmail(body.email);
      if (!user || !(await verifyPassword(body.password, user.passwordHash))) {
        throttle.failed(body.email);
        throw new ApiError(401, 'invalid_credentials', 'The email or password is wrong.');
      }
      throttle.succeeded(body.email);
      await startSession(request, reply, user.id);
      const { passwordHash: _hidden, ...safe } = user;
      return { user: safe };
    },
  );

  app.post('/api/auth/logout', doc('account', 'Sign out', { operationId: 'signOut', public: true, responses: { 204: null } }), async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await store.sessions.delete(hashToken(token));
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
    return reply.status(204).send();
  });
}
