import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { ApiKeyInfo } from '../api/types.ts';
import { previewLimitMb, setPreviewLimitMb } from '../ui/preferences.ts';
import { AccountSection } from './account-section.tsx';
import { NotificationsSection } from './notifications-section.tsx';
import { CredentialsSection } from './credentials-section.tsx';
import { MembersSection } from './members-section.tsx';
import { AuditSection } from './audit-section.tsx';
import { PeopleSection } from './people-section.tsx';
import { FormError } from '../ui/form-error.tsx';
import './settings.css';

/** Settings: the account, display, credentials, and API keys for programs (the secret is shown once). */
export function SettingsPage() {
  const [keys, setKeys] = useState<ApiKeyInfo[]>([]);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  const refresh = () => void api.apiKeys().then((r) => setKeys(r.keys));
  useEffect(refresh, []);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const created = await api.createApiKey(name);
      setSecret(created.secret);
      setName('');
      refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <main className="settings">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <AccountSection />
      <NotificationsSection />
      <section className="settings-section" aria-label="Display">
        <h2>Display</h2>
        <label htmlFor="preview-limit">Largest output previewed (MB); larger ones are offered as downloads</label>
        <input
          id="preview-limit"
          type="number"
          min={1}
          max={1024}
          defaultValue={previewLimitMb()}
          onChange={(e) => Number(e.target.value) > 0 && setPreviewLimitMb(Number(e.target.value))}
          style={{ maxWidth: 120, display: 'block' }}
        />
      </section>
      <MembersSection />
      <AuditSection />
      <PeopleSection />
      <CredentialsSection />
      <section className="settings-section" aria-label="API keys">
        <h2>API keys</h2>
        <p className="muted">
          Programs send a key as <code>Authorization: Bearer &lt;key&gt;</code>. A key is shown once, when it is created.
        </p>
        <form onSubmit={(e) => void create(e)} className="inline-form">
          <label htmlFor="key-name">Key name</label>
          <input id="key-name" required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. CI" />
          <button type="submit" className="primary">
            Create key
          </button>
        </form>
        <FormError message={error} />
        {secret && (
          <div className="notice" role="status">
            Copy this key now; it will not be shown again: <code data-testid="new-key">{secret}</code>
            <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
              Copy
            </button>
          </div>
        )}
        <table className="keys">
          <thead>
            <tr>
              <th>Name</th>
              <th>Key</th>
              <th>Created</th>
              <th>Last used</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{new Date(key.createdAt).toLocaleString()}</td>
                <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : 'never'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Delete key ${key.name}`}
                    onClick={() => confirm(`Delete the key “${key.name}”? Programs using it stop working.`) && void api.deleteApiKey(key.id).then(refresh)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
