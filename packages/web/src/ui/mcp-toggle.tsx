import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { FormError } from './form-error.tsx';

/** Whether the agent is a tool of the owner's MCP clients (/api/mcp): a setting of the agent, saved at once. */
export function McpToggle({ graphId, initial }: { graphId: string; initial?: boolean }) {
  const [on, setOn] = useState(initial);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (initial === undefined)
      void api.getGraph(graphId).then(
        (detail) => setOn(detail.mcp),
        () => undefined,
      );
  }, [graphId, initial]);
  return (
    <label className="mcp-toggle small" title="Offer this agent as a tool to your MCP clients (desktop assistants, IDEs), through /api/mcp with an API key">
      <input
        type="checkbox"
        checked={on ?? false}
        disabled={on === undefined}
        onChange={async (e) => {
          const wanted = e.target.checked;
          setError(undefined);
          setOn(wanted);
          try {
            setOn((await api.setAgentMcp(graphId, wanted)).mcp);
          } catch (err) {
            setOn(!wanted);
            setError(errorMessage(err));
          }
        }}
      />{' '}
      MCP tool
      {error && ' '}
      <FormError message={error} inline />
    </label>
  );
}
