import type { CredentialInfo } from '../api/types.ts';
import { ConnectButton } from '../oauth/connect-button.tsx';
import { useOAuthProviders } from '../oauth/use-oauth-providers.ts';
import { effectiveCredential, useFittingCredentials, type CredentialRequirement } from './use-fitting-credentials.ts';

interface Props {
  id: string;
  requirement: CredentialRequirement;
  value: unknown;
  onChange(value: string | undefined): void;
}

/** Chooses one of the user's credentials of the kinds a block accepts, or connects an account of a provider the block accepts. */
export function CredentialPicker({ id, requirement, value, onChange }: Props) {
  const { credentials, reload } = useFittingCredentials(requirement.kind);
  const connectable = useOAuthProviders().filter((p) => p.configured && requirement.kind.split('|').includes(p.kind));
  return (
    <>
      <select
        id={id}
        className="nodrag"
        value={typeof value === 'string' ? value : ''}
        onFocus={reload}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{emptyChoice(credentials, requirement)}</option>
        {credentials.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.kind})
          </option>
        ))}
      </select>
      {connectable.map((p) => (
        <ConnectButton key={p.id} provider={p} onConnected={(credentialId) => (reload(), onChange(credentialId))} />
      ))}
    </>
  );
}

/** What choosing nothing means: the engine uses the only fitting credential, unless the block works without one. */
function emptyChoice(credentials: CredentialInfo[], requirement: CredentialRequirement): string {
  const kinds = requirement.kind.replaceAll('|', ' or ');
  if (requirement.optional) return credentials.length ? 'none' : `none (add a ${kinds} credential in Settings)`;
  const fallback = effectiveCredential(undefined, requirement, credentials);
  if (fallback) return `default: ${credentials.find((c) => c.id === fallback)!.name}`;
  return credentials.length ? 'choose a credential' : `none yet: add a ${kinds} credential in Settings`;
}
