import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { api, errorMessage } from '../api/client.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { RunOutputs } from '../runs/run-outputs.tsx';

/** What a run's share link shows anyone, signed in or not: the run's inputs and outputs, rendered, and how it ended. */
export function SharedRunPage() {
  const { token } = useParams({ from: '/shared/$token' });
  const shared = useQuery({ queryKey: ['shared-run', token], queryFn: () => api.sharedRun(token), retry: false });
  const run = shared.data?.run;
  return (
    <main className="shared-run">
      <h1>Shared run</h1>
      {shared.isPending && <p className="muted">Loading…</p>}
      {shared.error && (
        <p className="error" role="alert">
          {errorMessage(shared.error)}
        </p>
      )}
      {run && (
        <section aria-label="The run">
          <p>
            <strong data-testid="shared-run-status">{run.status}</strong>
            {run.endedAt !== undefined && <span className="muted"> · ended {new Date(run.endedAt).toLocaleString()}</span>}
          </p>
          {run.error && (
            <p className="error" role="alert">
              {run.error}
            </p>
          )}
          {Object.keys(run.inputs).length > 0 && (
            <>
              <h2>Inputs</h2>
              <OutputView name="inputs" value={run.inputs} />
            </>
          )}
          <h2>Outputs</h2>
          <RunOutputs outputs={run.outputs} />
        </section>
      )}
    </main>
  );
}
