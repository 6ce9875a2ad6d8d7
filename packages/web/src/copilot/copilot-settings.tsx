import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { CopilotSessionInfo, CredentialInfo } from '../api/types.ts';
import { FormError } from '../ui/form-error.tsx';

const MODEL_KINDS = ['openai', 'anthropic', 'ollama', 'openai_compatible'];

/** Which model the session talks to: one of the user's model credentials, and a model id. */
export function CopilotSettings({ session, onChange }: { session: CopilotSessionInfo; onChange(session: CopilotSessionInfo): void }) {
  const [credentials, setCredentials] = useState<CredentialInfo[]>();
  const [model, setModel] = useState(session.model);
  const [error, setError] = useState<string>();
  useEffect(() => {
    void api.credentials().then((answer) => setCredentials(answer.credentials.filter((c) => MODEL_KINDS.includes(c.kind))));
  }, []);
  useEffect(() => setModel(session.model), [session.model]);
  const update = async (change: { credentialId?: string | null; model?: string }) => {
    setError(undefined);
    try {
      onChange((await api.updateCopilotSession(session.id, change)).session);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (credentials && credentials.length === 0) {
    return (
      <p className="notice" role="status">
        The copilot needs a model: add an OpenAI, Anthropic, Ollama or OpenAI-compatible credential in <Link to="/settings">Settings</Link>.
      </p>
    );
  }
  return (
    <div className="copilot-settings">
      <label>
        Model credential{' '}
        <select value={session.credentialId ?? ''} onChange={(e) => void update({ credentialId: e.target.value || null })}>
          <option value="">{credentials?.length === 1 ? credentials[0]!.name : 'your only one'}</option>
          {credentials?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Model{' '}
        <input
          value={model}
          onChange={(e) => setModel(e.target.value)}
          onBlur={() => model.trim() && model !== session.model && void update({ model: model.trim() })}
        />
      </label>
      <FormError message={error} />
    </div>
  );
}
