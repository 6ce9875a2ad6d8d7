import type { CredentialInfo } from '../api/types.ts';
import { useFittingCredentials, type CredentialRequirement } from './use-fitting-credentials.ts';

interface Props {
  id: string;
  requirement: CredentialRequirement;
  value: unknown;
  onChange(value: string | undefined): void;
}

/** Chooses one of the user's credentials of the kinds a block accepts. */
export function CredentialPicker({ id, requirement, value, onChange }: Props) {
  const { kind, optional } = requirement;
  const { credentials, reload } = useFittingCredentials(kind);
  return (
    <select id={id} className="nodrag" value={typeof value === 'string' ? value : ''} onFocus={reload} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{emptyChoice(credentials, kind, optional === true)}</option>
      {credentials.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name} ({c.kind})
        </option>
      ))}
    </select>
  );
}

/** What choosing nothing means: the engine uses the only fitting credential, unless the block works without one. */
function emptyChoice(credentials: CredentialInfo[], kind: string, optional: boolean): string {
  if (optional) return credentials.length ? 'none' : `none (add a ${kind.replaceAll('|', ' or ')} credential in Settings)`;
  if (credentials.length === 1) return `default: ${credentials[0]!.name}`;
  return credentials.length ? 'choose a credential' : `none yet: add a ${kind.replaceAll('|', ' or ')} credential in Settings`;
}
