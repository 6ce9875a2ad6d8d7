import { useId, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import type { OAuthProviderInfo } from '../api/types.ts';
import { connectAccount } from './connect-account.ts';
import { FormError } from '../ui/form-error.tsx';
import './connect.css';

interface Props {
  provider: OAuthProviderInfo;
  onConnected(credentialId: string): void;
}

/** "Connect <provider>": signs in with the provider in a popup; says what to do when the operator has not set the provider up. */
export function ConnectButton({ provider, onConnected }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const connect = () => {
    setBusy(true);
    setError(undefined);
    connectAccount(provider.id)
      .then(
        ({ credentialId }) => onConnected(credentialId),
        (err: unknown) => setError(errorMessage(err)),
      )
      .finally(() => setBusy(false));
  };
  const env = `BLOCKSMITH_OAUTH_${provider.id.toUpperCase()}_CLIENT_ID`;
  const reasonId = useId();
  return (
    <span className="connect-account">
      <button
        type="button"
        className="nodrag"
        disabled={busy || !provider.configured}
        title={provider.configured ? `Sign in with ${provider.title} and keep the access in the vault` : undefined}
        aria-describedby={provider.configured ? undefined : reasonId}
        onClick={connect}
      >
        {busy ? 'Connecting…' : `Connect ${provider.title}`}
      </button>
      {/* Why it is greyed out, in view rather than only on hover. */}
      {!provider.configured && (
        <span id={reasonId} className="muted small">
          Not set up: the operator sets <code>{env}</code> and <code>_CLIENT_SECRET</code>.
        </span>
      )}
      <FormError message={error} inline />
    </span>
  );
}
