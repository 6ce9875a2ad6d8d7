import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { hashToken } from '../auth/tokens.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { userAnswer } from '../wire/account.ts';

const emailChange = z.object({ email: z.email('must be an email address') }).strict();
const passwordChange = z
  .object({
    currentPassword: z.string().min(1, 'is needed to change the password').max(1024),
    newPassword: z.string().min(8, 'must be at least 8 characters').max(1024),
  })
  .strict();

/** The signed-in user's own account: change the email they sign in with and their password. */
export async function accountRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  app.patch(
    '/api/account',
    doc('account', 'Change the email you sign in with', { operationId: 'changeEmail', access: 'account', body: emailChange, responses: { 200: userAnswer } }),
    async (request) => {
      const { email } = parseWith(emailChange, request.body, 'body');
      const holder = await store.users.findByEmail(email);
      if (holder && holder.id !== request.userId) throw new ApiError(409, 'email_taken', 'Another account already uses this email.');
      await store.users.update(request.userId, { email });
      return { user: await store.users.findById(request.userId) };
    },
  );

  app.post(
    '/api/account/password',
    doc('account', 'Change your password (the current one is needed); every other session is signed out', {
      operationId: 'changePassword',
      access: 'account',
      body: passwordChange,
      responses: { 204: null },
      rateLimit: { max: 10, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { currentPassword, newPassword } = parseWith(passwordChange, request.body, 'body');
      const user = await store.users.findWithPasswordById(request.userId);
      if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new ApiError(403, 'wrong_password', 'The current password is wrong; nothing was changed.');
      }
      await store.users.update(request.userId, { passwordHash: await hashPassword(newPassword) });
      const token = request.cookies[SESSION_COOKIE];
      await store.sessions.deleteAllOf(request.userId, token ? hashToken(token) : undefined);
      return reply.status(204).send();
    },
  );
}
