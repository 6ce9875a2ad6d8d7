import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { FormError } from '../ui/form-error.tsx';

/** The address a share link's path makes on this server, as the person sharing sees it. */
const linkOf = (path: string) => `${window.location.origin}${window.location.pathname}${path.replace(/^\/+/, '')}`;

/**
 * Sharing an ended run: a link that shows its inputs and outputs to anyone who has it (docs/publishing.md),
 * shown once when made, and the run's working links, each of which can be stopped.
 */
export function ShareRun({ runId }: { runId: string }) {
  const queryClient = useQueryClient();
  const key = ['runs', 'shares', runId];
  const shares = useQuery({ queryKey: key, queryFn: () => api.runShares(runId) });
  const [made, setMade] = useState<{ runId: string; url: string }>();
  const [error, setError] = useState<string>();
  const act = (action: () => Promise<unknown>) => () =>
    void action()
      .then(() => (setError(undefined), queryClient.invalidateQueries({ queryKey: key })))
      .catch((e: unknown) => setError(errorMessage(e)));
  const working = shares.data?.shares.filter((share) => share.revokedAt === null) ?? [];
  const link = made?.runId === runId ? made.url : undefined;
  return (
    <details className="run-share">
      <summary>Share{working.length > 0 ? ` (${working.length} link${working.length === 1 ? '' : 's'})` : ''}</summary>
      <p className="muted small">Anyone with a link sees this run's inputs and outputs, and nothing else, until you stop the link.</p>
      <button type="button" className="small" onClick={act(async () => setMade({ runId, url: linkOf((await api.shareRun(runId)).path) }))}>
        Make a link
      </button>
      {link && (
        <div className="share-link">
          <input aria-label="Share link" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className="small" onClick={() => void navigator.clipboard?.writeText(link)}>
            Copy
          </button>
        </div>
      )}
      <FormError message={error} small />
      {working.length > 0 && (
        <ul className="share-list">
          {working.map((share) => (
            <li key={share.id}>
              Link made {new Date(share.createdAt).toLocaleString()}{' '}
              <button type="button" className="small" onClick={act(() => api.revokeRunShare(runId, share.id))}>
                Stop sharing
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
