import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CredentialInfo } from '../api/types.ts';

/** Chooses one of the user's credentials of the kinds a block accepts (`kind` may list several, separated by |). */
export function CredentialPicker({ id, kind, value, onChange }: { id: string; kind: string; value: unknown; onChange(value: string | undefined): void }) {
  const [credentials, setCredentials] = useState<CredentialInfo[]>([]);
  const load = () => void api.credentials().then((r) => setCredentials(r.credentials.filter((c) => kind.split('|').includes(c.kind))));
  useEffect(load, [kind]);
  return (
    <select id={id} className="nodrag" value={typeof value === 'string' ? value : ''} onFocus={load} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{credentials.length ? 'choose a credential' : `none yet: add a ${kind.replaceAll('|', ' or ')} credential in Settings`}</option>
      {credentials.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name} ({c.kind})
        </option>
      ))}
    </select>
  );
}
