import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { switchWorkspace } from '../api/current-workspace.ts';
import { useCurrentWorkspace } from '../api/use-current-workspace.ts';
import { Button } from '../ui/components/button.tsx';
import { Dialog, DialogActions, DialogClose } from '../ui/components/dialog.tsx';

const NEW = 'new';

/** Which workspace the app works in — the person's own, or one shared with others — and a way to make one. */
export function WorkspaceSwitcher() {
  const { current: chosen, all: workspaces } = useCurrentWorkspace();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  if (!chosen) return null;
  return (
    <div className="workspace-switcher">
      <select
        aria-label="Workspace"
        value={chosen.id}
        onChange={(e) => {
          if (e.target.value === NEW) return setCreating(true);
          const picked = workspaces.find((w) => w.id === e.target.value);
          switchWorkspace(picked?.personal ? undefined : picked?.id);
        }}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.personal ? 'Personal' : `${w.name} · ${w.role}`}
          </option>
        ))}
        <option value={NEW}>New workspace…</option>
      </select>
      <Dialog
        open={creating}
        onOpenChange={setCreating}
        title="New workspace"
        description="A workspace shares its agents, runs, credentials and files with the people you invite."
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            void api.createWorkspace(name).then(
              ({ workspace }) => switchWorkspace(workspace.id),
              (err: unknown) => setError(errorMessage(err)),
            );
          }}
        >
          <label htmlFor="workspace-name">Name</label>
          <input id="workspace-name" required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Support team" />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <DialogActions>
            <DialogClose asChild>
              <Button>Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="primary">
              Create
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </div>
  );
}
