import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { AgentOptions } from '../ui/agent-options.tsx';
import { FormError } from '../ui/form-error.tsx';

/**
 * The agent to run when one of this agent's runs fails (docs/publishing.md): it gets the failed run's id,
 * agent, failing node, error and inputs as its `failure` input, once per failed run. Saved at once.
 */
export function ErrorAgentSection({ graphId, current, mayBuild }: { graphId: string; current: string | undefined; mayBuild: boolean }) {
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const choose = async (errorAgentId: string) => {
    setError(undefined);
    setSaved(undefined);
    try {
      await api.setErrorAgent(graphId, errorAgentId || null);
      await client.invalidateQueries({ queryKey: ['graphs', 'detail', graphId] });
      setSaved(errorAgentId ? 'Saved: runs that fail from now on start it.' : 'Saved: failed runs start no agent.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="ship-section" aria-labelledby="error-agent-title">
      <h2 id="error-agent-title">When a run fails</h2>
      <p className="muted small">
        Run another agent with the failed run&apos;s id, agent, failing node, error and inputs as its <code>failure</code> input — to post to a chat, open an
        issue, or try again. Once per failed run; an error agent&apos;s own failures start nothing.
      </p>
      <label>
        Error agent{' '}
        <select value={current ?? ''} disabled={!mayBuild} onChange={(e) => void choose(e.target.value)}>
          <option value="">None</option>
          <AgentOptions except={graphId} />
        </select>
      </label>
      {saved && (
        <p className="small" role="status">
          {saved}
        </p>
      )}
      <FormError message={error} small />
    </section>
  );
}
