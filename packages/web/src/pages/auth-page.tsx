import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { FormError } from '../ui/form-error.tsx';

/** First-run owner setup, or sign-in. */
export function AuthPage({ setup, onDone }: { setup: boolean; onDone(): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await (setup ? api.setup(email, password) : api.login(email, password));
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <main className="auth">
      <form onSubmit={(e) => void submit(e)}>
        <h1>{setup ? 'Welcome to Blocksmith' : 'Sign in'}</h1>
        {setup && <p className="muted">Create the owner account. Example agents will be added to your library.</p>}
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete={setup ? 'new-password' : 'current-password'}
          required
          minLength={setup ? 8 : 1}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FormError message={error} />
        <button type="submit" className="primary">
          {setup ? 'Create owner account' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
