import { Link } from '@tanstack/react-router';
import { Copy, Download, MoreHorizontal, Pencil, Rocket, SquarePen, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { LibraryGraph } from '../api/types.ts';
import { Button, IconButton } from '../ui/components/button.tsx';
import { ConfirmDialog, Dialog, DialogActions, DialogClose } from '../ui/components/dialog.tsx';
import { Menu, MenuCheckboxItem, MenuItem, MenuSeparator } from '../ui/components/menu.tsx';
import { notify } from '../ui/components/toaster.tsx';

const act = notify.outcome;
import { agentActions } from './agent-actions.ts';

/** An agent's actions on its library card: open, evaluations and releases, rename, duplicate, export, offer to MCP clients, delete. */
export function AgentMenu({ graph }: { graph: LibraryGraph }) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <Menu label={`Actions for ${graph.name}`} trigger={<IconButton label={`Actions for ${graph.name}`} icon={<MoreHorizontal size={18} />} />}>
        <MenuItem asChild>
          <Link to="/graphs/$graphId" params={{ graphId: graph.id }}>
            <SquarePen size={16} aria-hidden />
            Open
          </Link>
        </MenuItem>
        <MenuItem asChild>
          <Link to="/graphs/$graphId/ship" params={{ graphId: graph.id }}>
            <Rocket size={16} aria-hidden />
            Evaluations and releases
          </Link>
        </MenuItem>
        <MenuItem icon={<Pencil size={16} aria-hidden />} onSelect={() => setRenaming(true)}>
          Rename…
        </MenuItem>
        <MenuItem icon={<Copy size={16} aria-hidden />} onSelect={() => act(() => agentActions.duplicate(graph.id), `Made a copy of “${graph.name}”.`)}>
          Duplicate
        </MenuItem>
        <MenuItem asChild>
          <a href={api.exportUrl(graph.id)} download>
            <Download size={16} aria-hidden />
            Export
          </a>
        </MenuItem>
        <MenuCheckboxItem
          checked={graph.mcp}
          onCheckedChange={(on) =>
            act(
              () => agentActions.setMcp(graph.id, on),
              on ? `“${graph.name}” is now a tool of your MCP clients.` : `“${graph.name}” is no longer an MCP tool.`,
            )
          }
        >
          MCP tool
        </MenuCheckboxItem>
        <MenuSeparator />
        <MenuItem danger icon={<Trash2 size={16} aria-hidden />} onSelect={() => setDeleting(true)}>
          Delete…
        </MenuItem>
      </Menu>
      <RenameDialog graph={graph} open={renaming} onOpenChange={setRenaming} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete “${graph.name}”?`}
        description="Its versions, schedules and webhooks go with it. Its past runs stay in the Runs monitor."
        keep="Keep it"
        confirm="Delete"
        onConfirm={() => act(() => agentActions.remove(graph.id), `Deleted “${graph.name}”.`)}
      />
    </>
  );
}

function RenameDialog({ graph, open, onOpenChange }: { graph: LibraryGraph; open: boolean; onOpenChange(open: boolean): void }) {
  const [name, setName] = useState(graph.name);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const wanted = name.trim();
    onOpenChange(false);
    if (wanted && wanted !== graph.name) act(() => agentActions.rename(graph.id, wanted), `Renamed to “${wanted}”.`);
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (setName(graph.name), onOpenChange(next))} title={`Rename “${graph.name}”`}>
      <form onSubmit={submit} className="dialog-form">
        <label htmlFor={`rename-${graph.id}`}>Name</label>
        <input id={`rename-${graph.id}`} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        <DialogActions>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          <Button type="submit" variant="primary">
            Rename
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
