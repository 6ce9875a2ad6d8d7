import { useState } from 'react';
import { api } from '../api/client.ts';
import { useBuilder } from './builder-store.ts';

/** The saved versions of the graph; restoring one puts it on the canvas to save as the newest. */
export function VersionMenu({ graphId, current }: { graphId: string; current: number | undefined }) {
  const [versions, setVersions] = useState<{ version: number; createdAt: number; name: string }[]>();
  const restore = useBuilder((s) => s.restore);
  return (
    <details className="version-menu" onToggle={(e) => (e.currentTarget.open ? void api.versions(graphId).then((r) => setVersions(r.versions)) : undefined)}>
      <summary className="button">Versions</summary>
      <ul>
        {versions?.map((v) => (
          <li key={v.version}>
            <span>
              v{v.version} · {new Date(v.createdAt).toLocaleString()}
            </span>
            {v.version === current ? (
              <span className="muted">current</span>
            ) : (
              <button type="button" onClick={() => void api.getGraph(graphId, v.version).then(restore)}>
                Restore v{v.version}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
