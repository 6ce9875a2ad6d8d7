import { compareVersions, mergeVersions, type MergeSide, type PartChange, type PartDifference } from '@blocksmith/engine/merge-versions';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { Button } from '../ui/components/button.tsx';
import { Dialog, DialogActions } from '../ui/components/dialog.tsx';
import { relativeTime } from '../ui/relative-time.ts';
import { useBuilder, type SaveConflict } from './builder-store.ts';

const CHANGE_WORDS: Record<PartChange, string> = { added: 'added', changed: 'changed', removed: 'removed', unchanged: '—' };

/** One side's cell: what it did to the part, and for a part both changed, the choice of keeping it. */
function SideCell({ part, side, pick, onPick }: { part: PartDifference; side: MergeSide; pick: MergeSide; onPick(side: MergeSide): void }) {
  const change = part[side];
  const fields = part.changed[side];
  const words = `${CHANGE_WORDS[change]}${fields.length ? `: ${fields.join(', ')}` : ''}`;
  if (!part.conflict) return <td className={`conflict-${change}`}>{words}</td>;
  return (
    <td className={`conflict-${change}`}>
      <label>
        <input type="radio" name={part.key} checked={pick === side} onChange={() => onPick(side)} />
        {words}
      </label>
    </td>
  );
}

/**
 * After a save was refused because another version was saved since: the two side by side, part by part,
 * and the three ways on — keep yours over it, keep that version, or merge them (each part the side that
 * changed it; a part both changed, the side picked).
 */
export function SaveConflictDialog(actions: ConflictActions) {
  const conflict = useBuilder((s) => s.conflict);
  // A new conflict (another save refused) starts with fresh picks.
  return conflict ? <Comparison key={`${conflict.latest.version}`} conflict={conflict} {...actions} /> : null;
}

interface ConflictActions {
  onSave(): Promise<unknown>;
  onTakeLatest(): Promise<void>;
}

function Comparison({ conflict, onSave, onTakeLatest }: ConflictActions & { conflict: SaveConflict }) {
  const [picks, setPicks] = useState<Record<string, MergeSide>>({});
  const [error, setError] = useState<string>();
  const comparison = useMemo(() => compareVersions(conflict.base?.graph, conflict.mine, conflict.latest.graph), [conflict]);
  const { latest } = conflict;
  const act = (action: () => Promise<unknown>) => {
    setError(undefined);
    void action().catch((e: unknown) => setError(errorMessage(e)));
  };
  const conflicts = comparison.differences.filter((d) => d.conflict).length;
  const { mine, theirs } = comparison.links;
  return (
    <Dialog
      wide
      open
      onOpenChange={(open) => !open && useBuilder.getState().dropConflict()}
      title="This agent was saved while you edited it"
      description={
        <>
          Your changes started from version {conflict.baseVersion}; version {latest.version} was saved {relativeTime(latest.createdAt)}. Nothing was saved and
          nothing is lost: compare the two, then keep yours, keep version {latest.version}, or merge them.
          {conflicts > 0 && ` Both changed ${conflicts === 1 ? 'one part' : `${conflicts} parts`}: pick which to keep for the merge.`}
        </>
      }
    >
      <table className="conflict-table" data-testid="save-conflict">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Your changes</th>
            <th scope="col">Version {latest.version}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.differences.map((part) => (
            <tr key={part.key} className={part.conflict ? 'conflict-both' : undefined}>
              <th scope="row">{part.label}</th>
              {(['mine', 'theirs'] as const).map((side) => (
                <SideCell key={side} part={part} side={side} pick={picks[part.key] ?? 'mine'} onPick={(pick) => setPicks({ ...picks, [part.key]: pick })} />
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Links</th>
            <td>
              +{mine.added} −{mine.removed}
            </td>
            <td>
              +{theirs.added} −{theirs.removed}
            </td>
          </tr>
        </tbody>
      </table>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <DialogActions>
        <Button onClick={() => act(onTakeLatest)}>Keep version {latest.version}</Button>
        <Button
          onClick={() =>
            act(async () => {
              useBuilder.getState().baseOn(latest.version);
              await onSave();
            })
          }
        >
          Keep mine
        </Button>
        <Button
          variant="primary"
          onClick={() =>
            act(async () => {
              useBuilder.getState().baseOn(latest.version, mergeVersions(conflict.base?.graph, conflict.mine, latest.graph, picks));
              await onSave();
            })
          }
        >
          Save merged
        </Button>
      </DialogActions>
    </Dialog>
  );
}
