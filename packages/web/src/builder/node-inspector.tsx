import { Pin, StepForward } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { durationLabel } from '../ui/duration-label.ts';
import { usageLabel } from '../ui/usage-label.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { AgentStepsView } from './agent-steps-view.tsx';
import { LogLines } from './log-lines.tsx';
import { NodeRunsList } from './node-runs-list.tsx';
import { usePinnedOutputs } from './pinned-outputs-store.ts';
import type { NodeRunView } from './run-view.ts';

/**
 * The selected node in the run on the canvas: its latest inputs and outputs (an agent's steps, with the
 * tools it called at each); pinning those outputs
 * (rule 16); and — once the run has ended — re-running from it: it and what follows it run again with
 * the agent as it is now, the rest is reused from this run (docs/semantics.md rule 15).
 */
export function NodeInspector({
  nodeId,
  runId,
  view,
  onRerunFrom,
}: {
  nodeId: string;
  runId: string;
  view: NodeRunView;
  /** Absent while the run goes on. */
  onRerunFrom: ((nodeId: string) => Promise<void>) | undefined;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pinned = usePinnedOutputs((s) => s.byNode[nodeId] !== undefined);
  const { error: _error, ...outputs } = view.outputs;
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="node-inspector" data-testid="node-inspector">
      <h3>
        Node <code>{nodeId}</code>: {view.status.toLowerCase()}
        {view.runs > 1 ? ` (latest of ${view.runs} runs)` : ''}
        {view.reused ? ', reused from the earlier run' : ''}
        {view.took !== undefined ? `, in ${durationLabel(view.took)}` : ''}
        {view.usage ? ` · ${usageLabel(view.usage)}` : ''}
      </h3>
      {onRerunFrom && (
        <p className="rerun-from">
          <Button size="sm" onClick={() => void act(() => onRerunFrom(nodeId))} disabled={busy} aria-describedby="rerun-from-hint">
            <StepForward size={14} aria-hidden /> Re-run from here
          </Button>
          <span id="rerun-from-hint" className="small muted">
            Runs this node and what follows it again, with your changes; reuses the rest of this run.
          </span>
        </p>
      )}
      {view.status === 'COMPLETED' && !pinned && Object.keys(outputs).length > 0 && (
        <p className="rerun-from">
          <Button size="sm" onClick={() => void act(() => usePinnedOutputs.getState().pin(nodeId, outputs, runId))} disabled={busy}>
            <Pin size={14} aria-hidden /> Pin these outputs
          </Button>
          <span className="small muted">Runs from the editor then put them out instead of running this node.</span>
        </p>
      )}
      <FormError message={error} />
      <h4>Inputs</h4>
      <OutputView name={`${nodeId}-inputs`} value={view.inputs ?? {}} />
      <AgentStepsView nodeId={nodeId} conversation={view.outputs.conversation?.[0]} />
      <h4>Outputs</h4>
      <OutputView name={`${nodeId}-outputs`} value={view.outputs} />
      <LogLines logs={view.logs} />
      {view.runs > 1 && <NodeRunsList key={`${runId}:${nodeId}`} runId={runId} nodeId={nodeId} />}
    </div>
  );
}
