import type { Store } from '@blocksmith/store';
import { hashPassword } from '../auth/passwords.ts';

/** As sign-up requires. */
const MIN_LENGTH = 8;

/** Sets a person's password and signs them out everywhere (their API keys keep working). */
export async function resetPassword(store: Store, email: string, password: string): Promise<{ userId: string }> {
  if (password.length < MIN_LENGTH) throw new Error(`The new password must be at least ${MIN_LENGTH} characters.`);
  const user = await store.users.findByEmail(email);
  if (!user) throw new Error(`No account has the email ${email}.`);
  await store.users.update(user.id, { passwordHash: await hashPassword(password) });
  await store.sessions.deleteAllOf(user.id, undefined);
  return { userId: user.id };
}
