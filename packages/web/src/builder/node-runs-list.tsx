import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { LogLines } from './log-lines.tsx';
import { Button } from '../ui/components/button.tsx';
import { durationLabel } from '../ui/duration-label.ts';
import { usageLabel } from '../ui/usage-label.ts';

const PAGE = 20;

/**
 * Every run of one node in a run — a fanned-out node runs once per item — a page at a time, each with its
 * status, inputs, outputs, error, time and model use. Kept current while the run goes on (the `runs` family
 * is read again whenever a run changes status).
 */
export function NodeRunsList({ runId, nodeId }: { runId: string; nodeId: string }) {
  const pages = useInfiniteQuery({
    queryKey: ['runs', runId, 'node', nodeId],
    queryFn: ({ pageParam }) => api.getNodeRuns(runId, nodeId, pageParam, PAGE),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nodeRunsNext,
  });
  const nodeRuns = pages.data?.pages.flatMap((page) => page.nodeRuns) ?? [];
  const total = pages.data?.pages[0]?.nodeRunsTotal;
  return (
    <div className="node-runs" data-testid="node-runs">
      <h4>Every run of this node{total !== undefined ? ` (${total})` : ''}</h4>
      <ol>
        {nodeRuns.map((nodeRun, index) => (
          <li key={nodeRun.id}>
            <details>
              <summary>
                Run {index + 1}: {nodeRun.status.toLowerCase()}
                {nodeRun.reusedFrom ? ', reused' : ''}
                {nodeRun.pinned ? ', pinned' : ''}
                {nodeRun.startedAt !== undefined && nodeRun.endedAt !== undefined ? ` in ${durationLabel(nodeRun.endedAt - nodeRun.startedAt)}` : ''}
                {nodeRun.usage ? ` · ${usageLabel(nodeRun.usage)}` : ''}
              </summary>
              {nodeRun.error && <p className="error small">{nodeRun.error.message}</p>}
              <OutputView name={`${nodeId}-run-${nodeRun.seq}-inputs`} value={nodeRun.inputs} />
              <OutputView name={`${nodeId}-run-${nodeRun.seq}-outputs`} value={nodeRun.outputs} />
              <LogLines logs={nodeRun.logs} />
            </details>
          </li>
        ))}
      </ol>
      {pages.hasNextPage && (
        <Button size="sm" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          Show {PAGE} more
        </Button>
      )}
    </div>
  );
}
