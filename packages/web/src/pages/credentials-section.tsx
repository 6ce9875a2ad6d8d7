import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { CredentialInfo } from '../api/types.ts';
import { ConnectButton } from '../oauth/connect-button.tsx';
import { useOAuthProviders } from '../oauth/use-oauth-providers.ts';
import { FormError } from '../ui/form-error.tsx';

type Kinds = Awaited<ReturnType<typeof api.credentialKinds>>['kinds'];
type Outcome = { ok: boolean; message: string } | 'testing';

/** Add, rename and delete credentials; secrets are typed once and never shown again. */
export function CredentialsSection() {
  const [credentials, setCredentials] = useState<CredentialInfo[]>([]);
  const [kinds, setKinds] = useState<Kinds>({});
  const [kind, setKind] = useState('http_bearer');
  const [name, setName] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [tests, setTests] = useState<Record<string, Outcome>>({});
  const [warning, setWarning] = useState<string>();
  const providers = useOAuthProviders();
  const refresh = () => void api.credentials().then((r) => setCredentials(r.credentials));
  useEffect(() => {
    refresh();
    void api.credentialKinds().then((r) => setKinds(r.kinds));
  }, []);
  const fieldNames = Object.keys(kinds[kind]?.properties ?? {});

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api.addCredential(name, kind, Object.fromEntries(Object.entries(fields).filter(([k, v]) => fieldNames.includes(k) && v !== '')));
      setName('');
      setFields({});
      refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const test = async (id: string) => {
    setTests((t) => ({ ...t, [id]: 'testing' }));
    const result = await api.testCredential(id).catch((err: unknown) => ({ ok: false, message: errorMessage(err) }));
    setTests((t) => ({ ...t, [id]: result }));
  };

  return (
    <section className="settings-section" aria-label="Credentials">
      <h2>Credentials</h2>
      <p className="muted">
        Keys and tokens for blocks (HTTP requests, model providers). They are encrypted on the server and only handed to the block that uses them.
      </p>
      <div className="connect-accounts" aria-label="Connect an account">
        <span className="muted">Connect an account:</span>
        {providers.map((p) => (
          <ConnectButton key={p.id} provider={p} onConnected={refresh} />
        ))}
      </div>
      <form onSubmit={(e) => void add(e)} className="credential-form">
        <label htmlFor="credential-name">Name</label>
        <input id="credential-name" required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="credential-kind">Kind</label>
        <select id="credential-kind" value={kind} onChange={(e) => (setKind(e.target.value), setFields({}))}>
          {Object.keys(kinds).map((k) => (
            <option key={k} value={k}>
              {kinds[k]?.title ?? k}
            </option>
          ))}
        </select>
        {fieldNames.map((field) => (
          <div key={field} className="field">
            <label htmlFor={`credential-${field}`}>{kinds[kind]?.properties?.[field]?.title ?? field}</label>
            <input
              id={`credential-${field}`}
              type={/token|key|password|value/i.test(field) ? 'password' : 'text'}
              autoComplete="off"
              required={kinds[kind]?.required?.includes(field)}
              placeholder={kinds[kind]?.properties?.[field]?.description}
              value={fields[field] ?? ''}
              onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
            />
          </div>
        ))}
        <button type="submit" className="primary">
          Add credential
        </button>
      </form>
      <FormError message={error ?? warning} />
      <table className="keys">
        <tbody>
          {credentials.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{kinds[c.kind]?.title ?? providers.find((p) => p.kind === c.kind)?.title ?? c.kind}</td>
              <td className="credential-test" data-testid={`credential-test-${c.name}`}>
                <TestOutcome outcome={tests[c.id]} />
              </td>
              <td>
                <button type="button" onClick={() => void test(c.id)} disabled={tests[c.id] === 'testing'}>
                  Test
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    const next = prompt('New name', c.name)?.trim();
                    if (next) void api.renameCredential(c.id, next).then(refresh);
                  }}
                >
                  Rename
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Delete credential ${c.name}`}
                  onClick={() =>
                    confirm(`Delete “${c.name}”? Blocks using it will fail until another is chosen.`) &&
                    void api.deleteCredential(c.id).then((answer) => (setWarning(answer?.warning), refresh()))
                  }
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TestOutcome({ outcome }: { outcome: Outcome | undefined }) {
  if (outcome === undefined) return null;
  if (outcome === 'testing') return <span className="muted">Testing…</span>;
  return <span className={outcome.ok ? 'ok' : 'error'}>{outcome.message}</span>;
}
