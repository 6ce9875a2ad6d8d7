import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import type { OAuthProviderInfo } from '../api/types.ts';
import { connectAccount } from './connect-account.ts';
import { FormError } from '../ui/form-error.tsx';

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
  return (
    <span className="connect-account">
      <button
        type="button"
        className="nodrag"
        disabled={busy || !provider.configured}
        title={
          provider.configured ? `Sign in with ${provider.title} and keep the access in the vault` : `The operator sets ${env} and _CLIENT_SECRET to allow this`
        }
        onClick={connect}
      >
        {busy ? 'Connecting…' : `Connect ${provider.title}`}
      </button>
      <FormError message={error} inline />
    </span>
  );
}
