import type { RunEvent } from '@blocksmith/engine';

const SYMBOL: Record<string, string> = {
  QUEUED: '·',
  RUNNING: '▶',
  COMPLETED: '✔',
  FAILED: '✘',
  TERMINATED: '■',
  INCOMPLETE: '…',
  REVIEW: '?',
};

/** One readable line per node status change or progress report of the top-level run. */
export function formatEvent(event: RunEvent, startedAt: number, rootRunId: string): string | undefined {
  if (event.runId !== rootRunId) return undefined;
  const clock = `+${String(event.at - startedAt).padStart(6)}ms`;
  switch (event.type) {
    case 'node_run.status':
      if (event.status === 'QUEUED') return undefined;
      return `${clock}  ${SYMBOL[event.status]} ${event.nodeId} (${event.blockId}) ${event.status}${event.attempt > 1 ? ` attempt ${event.attempt}` : ''}${event.error ? `: ${event.error.message}` : ''}`;
    case 'node_run.progress': {
      const { fraction, message, delta } = event.progress;
      const percent = fraction === undefined ? '' : ` ${Math.round(fraction * 100)}%`;
      return `${clock}    ${event.nodeId}${percent}${message ? ` ${message}` : ''}${delta ? ` ${JSON.stringify(delta)}` : ''}`;
    }
    case 'graph_run.status':
      return event.status === 'QUEUED' ? undefined : `${clock}  run ${event.status}${event.error ? `: ${event.error}` : ''}`;
    default:
      return undefined;
  }
}
