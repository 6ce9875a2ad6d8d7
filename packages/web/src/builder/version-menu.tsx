import { ChevronDown, History } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { Button } from '../ui/components/button.tsx';
import { Menu, MenuItem } from '../ui/components/menu.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { useBuilder } from './builder-store.ts';

/** The saved versions of the graph, read when the menu opens; restoring one puts it on the canvas to save as the newest. */
export function VersionMenu({ graphId, current }: { graphId: string; current: number | undefined }) {
  const [versions, setVersions] = useState<{ version: number; createdAt: number; name: string }[]>();
  const restore = useBuilder((s) => s.restore);
  const read = (open: boolean) =>
    open &&
    void api.versions(graphId).then(
      (answer) => setVersions(answer.versions),
      (e: unknown) => notify.failed(errorMessage(e)),
    );
  return (
    <Menu
      label="Versions"
      align="start"
      onOpenChange={read}
      trigger={
        <Button aria-label="Versions">
          <History size={16} aria-hidden />
          <span className="tool-label">Versions</span>
          <ChevronDown size={14} aria-hidden />
        </Button>
      }
    >
      {!versions && <MenuItem disabled>Loading…</MenuItem>}
      {versions?.map((v) =>
        v.version === current ? (
          <MenuItem key={v.version} disabled>
            v{v.version} · {new Date(v.createdAt).toLocaleString()} · current
          </MenuItem>
        ) : (
          <MenuItem key={v.version} onSelect={() => void api.getGraph(graphId, v.version).then(restore)}>
            Restore v{v.version} · {new Date(v.createdAt).toLocaleString()}
          </MenuItem>
        ),
      )}
    </Menu>
  );
}
