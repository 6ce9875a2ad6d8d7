import { Link } from '@tanstack/react-router';
import { RotateCcw, Square, SquarePen, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { queryClient } from '../api/queries.ts';
import type { GraphRunRecord, GraphRunStatus } from '../api/types.ts';
import { When } from '../ui/when.tsx';
import { Badge } from '../ui/components/badge.tsx';
import { Button } from '../ui/components/button.tsx';
import { ConfirmDialog } from '../ui/components/dialog.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { durationLabel } from '../ui/duration-label.ts';
import { runLabel } from '../ui/run-label.ts';
import { statusTone } from '../ui/status-tone.ts';
import { triggerLabel } from '../ui/trigger-label.ts';
import { usageLabel } from '../ui/usage-label.ts';

export const UNFINISHED = new Set<GraphRunStatus>(['QUEUED', 'RUNNING', 'REVIEW']);

/** Stops and re-runs show through the live socket; a deletion sends no event, so the lists it changes are read again here. */
const deleteRun = async (runId: string) => {
  await api.deleteRun(runId);
  await Promise.all(['runs', 'graphs'].map((family) => queryClient.invalidateQueries({ queryKey: [family] })));
};

/** One run: on a phone its cells stack, each under its column's name (data-label). With `onSelect`, a box selects it (to add it to a dataset). */
export function RunRow({ run, selected, onSelect }: { run: GraphRunRecord; selected?: boolean; onSelect?: (selected: boolean) => void }) {
  const [deleting, setDeleting] = useState(false);
  const label = `${run.graphName} ${runLabel(run.id)}`;
  return (
    <tr data-testid={`run-row-${run.id}`} className={`status-${run.status.toLowerCase()}`}>
      {onSelect && (
        <td className="run-row-select">
          <input type="checkbox" aria-label={`Select ${label}`} checked={selected ?? false} onChange={(e) => onSelect(e.target.checked)} />
        </td>
      )}
      <td data-label="Agent">
        {run.graphName} <code className="muted small">{runLabel(run.id)}</code>
      </td>
      <td data-label="Status">
        <Badge tone={statusTone(run.status)}>{run.status.toLowerCase()}</Badge>
        {run.error && <div className="error small run-row-error">{run.error}</div>}
      </td>
      <td data-label="Started by" className="small">
        {triggerLabel(run.trigger)}
      </td>
      <td data-label="Started" className="small">
        <When at={run.createdAt} />
      </td>
      <td data-label="Duration" className="small">
        {run.startedAt && run.endedAt ? durationLabel(run.endedAt - run.startedAt) : UNFINISHED.has(run.status) ? '…' : ''}
      </td>
      <td data-label="Model use" className="small">
        {run.usage ? usageLabel(run.usage) : ''}
      </td>
      <td className="run-row-actions">
        {run.graphId && (
          <Button asChild size="sm">
            <Link to="/graphs/$graphId/runs/$runId" params={{ graphId: run.graphId, runId: run.id }} aria-label={`Open ${label} on the canvas`}>
              <SquarePen size={14} aria-hidden />
              Open
            </Link>
          </Button>
        )}
        {UNFINISHED.has(run.status) ? (
          <Button size="sm" aria-label={`Stop ${label}`} onClick={() => notify.outcome(() => api.stopRun(run.id), `Stopping ${label}.`)}>
            <Square size={14} aria-hidden />
            Stop
          </Button>
        ) : (
          <Button size="sm" aria-label={`Re-run ${label}`} onClick={() => notify.outcome(() => api.rerun(run.id), `Started a re-run of ${label}.`)}>
            <RotateCcw size={14} aria-hidden />
            Re-run
          </Button>
        )}
        {!UNFINISHED.has(run.status) && (
          <Button size="sm" variant="ghost" aria-label={`Delete ${label}`} onClick={() => setDeleting(true)}>
            <Trash2 size={14} aria-hidden />
            Delete
          </Button>
        )}
        <ConfirmDialog
          open={deleting}
          onOpenChange={setDeleting}
          title={`Delete run ${runLabel(run.id)} of “${run.graphName}”?`}
          description="Its node runs, outputs and reviews go with it; files it wrote stay in Files."
          keep="Keep it"
          confirm="Delete"
          onConfirm={() => notify.outcome(() => deleteRun(run.id), `Deleted ${label}.`)}
        />
      </td>
    </tr>
  );
}
