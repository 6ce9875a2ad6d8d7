import { Link } from '@tanstack/react-router';
import type { ArtifactRef, ToolCallRecord } from '../api/types.ts';

/** A tool call while it runs (no result yet) or once done. */
export interface ShownToolCall {
  callId: string;
  name: string;
  args: unknown;
  record?: ToolCallRecord;
}

const agentOf = (result: unknown): string | undefined => {
  const r = result as { saved?: boolean; id?: string } | null;
  return r?.saved && typeof r.id === 'string' ? r.id : undefined;
};

/** One tool call as a card: its name, arguments, result and how long it took; links to what it made. */
export function ToolCard({ call, onOpenArtifact }: { call: ShownToolCall; onOpenArtifact(id: string): void }) {
  const { record } = call;
  const result = record?.result as { error?: string; saved?: boolean; artifact?: ArtifactRef; artifacts?: ArtifactRef[] } | undefined;
  const artifacts = [...(result?.artifact ? [result.artifact] : []), ...(result?.artifacts ?? [])];
  const agentId = agentOf(record?.result);
  // Refused: the engine found problems and nothing was saved; the model reads them and tries again.
  const state = !record ? 'running' : result?.error ? 'failed' : result?.saved === false ? 'refused' : 'done';
  return (
    <div className={`tool-card tool-${state}`} data-testid={`tool-${call.name}`} data-state={state}>
      <div className="tool-head">
        {state === 'running' && <span className="spinner" aria-hidden="true" />}
        <code>{call.name}</code>
        <span className="muted small">{record ? `${record.endedAt - record.startedAt} ms` : 'running…'}</span>
      </div>
      <details>
        <summary className="small">arguments</summary>
        <pre className="tool-json">{JSON.stringify(call.args, null, 2)}</pre>
      </details>
      {record && (
        <details open={state === 'failed' || state === 'refused'}>
          <summary className="small">{state === 'failed' ? 'error' : state === 'refused' ? 'refused: problems to fix' : 'result'}</summary>
          <pre className="tool-json">{result?.error ?? JSON.stringify(record.result, null, 2)}</pre>
        </details>
      )}
      {(agentId || artifacts.length > 0) && (
        <div className="tool-links">
          {agentId && (
            <Link className="button small" to="/graphs/$graphId" params={{ graphId: agentId }}>
              Open in builder
            </Link>
          )}
          {artifacts.map((a) => (
            <button key={a.id} type="button" className="small" onClick={() => onOpenArtifact(a.id)}>
              Open {a.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
