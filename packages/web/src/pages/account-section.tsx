import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';

/** The signed-in user's account: the email they sign in with, and their password. */
export function AccountSection() {
  const [email, setEmail] = useState('');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => void api.authState().then((s) => setEmail(s.user?.email ?? '')), []);

  const attempt = async (change: () => Promise<string>) => {
    setMessage(undefined);
    try {
      setMessage({ ok: true, text: await change() });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  };

  return (
    <section className="settings-section" aria-label="Account">
      <h2>Account</h2>
      <form
        className="credential-form"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(async () => `You now sign in as ${(await api.changeEmail(email)).user.email}.`);
        }}
      >
        <label htmlFor="account-email">Email</label>
        <input id="account-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit">Change email</button>
      </form>
      <form
        className="credential-form"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(async () => {
            await api.changePassword(current, next);
            setCurrent('');
            setNext('');
            return 'Password changed; every other session is signed out.';
          });
        }}
      >
        <label htmlFor="account-current-password">Current password</label>
        <input
          id="account-current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <label htmlFor="account-new-password">New password</label>
        <input
          id="account-new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <button type="submit">Change password</button>
      </form>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
