import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { switchWorkspace } from '../api/current-workspace.ts';
import type { AuthState } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

type AuthProps = {
  state: AuthState;
  /** An invitation link being opened: a new account joins its workspace. */
  invitation?: string | undefined;
  onDone(): void;
};

/** Why single sign-on sent the browser back without signing it in (the server says it in the address). */
const ssoError = (): string | undefined => new URLSearchParams(window.location.search).get('sso_error') ?? undefined;

/**
 * First-run owner setup, sign-in (with a password, through single sign-on, or both, as the operator set it
 * up), or — when sign-up is open, or by invitation and one is being opened — a new account.
 */
export function AuthPage({ state, invitation, onDone }: AuthProps) {
  const setup = state.needsSetup;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(ssoError);
  const mayCreate = !setup && (state.signup === 'open' || (state.signup === 'invitation' && invitation !== undefined));
  const [creating, setCreating] = useState(mayCreate && invitation !== undefined);
  const newAccount = setup || creating;
  const withPassword = setup || creating || state.passwordSignIn;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await (setup ? api.setup(email, password) : creating ? api.signup(email, password, invitation) : api.login(email, password));
      // A new account that joined by its invitation starts in the workspace it joined (a new account is in no other).
      const joined = creating && invitation ? (await api.workspaces()).workspaces.find((w) => !w.personal) : undefined;
      if (joined) switchWorkspace(joined.id);
      else onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <main className="auth">
      <form onSubmit={(e) => void submit(e)}>
        <h1>{setup ? 'Welcome to Blocksmith' : creating ? 'Create your account' : 'Sign in'}</h1>
        {setup && <p className="muted">Create the owner account. Example agents will be added to your library.</p>}
        {invitation && !setup && <p className="muted">You were invited to a workspace: create an account, or sign in, to join it.</p>}
        {state.sso && !setup && !creating && (
          <Button asChild variant="primary">
            <a href={state.sso.start}>Sign in with {state.sso.name}</a>
          </Button>
        )}
        {withPassword && (
          <>
            <label htmlFor="email">Email</label>
            <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <label htmlFor="password">Password</label>
            <input
              id="password"
              type="password"
              autoComplete={newAccount ? 'new-password' : 'current-password'}
              required
              minLength={newAccount ? 8 : 1}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </>
        )}
        <FormError message={error} />
        {withPassword && (
          <button type="submit" className={state.sso && !newAccount ? '' : 'primary'}>
            {setup ? 'Create owner account' : creating ? 'Create account' : 'Sign in'}
          </button>
        )}
        {mayCreate && (
          <Button variant="ghost" onClick={() => setCreating(!creating)}>
            {creating ? 'I have an account: sign in' : 'New here? Create an account'}
          </Button>
        )}
      </form>
    </main>
  );
}
