import { Pin, PinOff } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import type { BlockManifest } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { runLabel } from '../ui/run-label.ts';
import { usePinnedOutputs } from './pinned-outputs-store.ts';

/** A pin to start typing from: every output of the block, with no values yet. */
const emptyPin = (manifest: BlockManifest): string =>
  JSON.stringify(Object.fromEntries(Object.keys(manifest.outputSchema.properties ?? {}).map((name) => [name, []])), null, 2);

/**
 * A node's pinned outputs in its settings: what runs from the editor put out instead of running it, as
 * JSON to edit (each output a list of values) — typed by hand, or pinned from a run in the node's latest
 * values — and Unpin.
 */
export function PinnedOutputsField({ nodeId, manifest, saved }: { nodeId: string; manifest: BlockManifest; saved: boolean }) {
  const pin = usePinnedOutputs((s) => s.byNode[nodeId]);
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shown = text ?? (pin ? JSON.stringify(pin.outputs, null, 2) : emptyPin(manifest));
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setText(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    act(async () => {
      let outputs: unknown;
      try {
        outputs = JSON.parse(shown);
      } catch {
        throw new Error('The pinned outputs are not JSON: write an object of lists, e.g. {"response": ["a value"]}.');
      }
      if (outputs === null || typeof outputs !== 'object' || Array.isArray(outputs)) {
        throw new Error('Pinned outputs are an object of lists, by output name, e.g. {"response": ["a value"]}.');
      }
      await usePinnedOutputs.getState().pin(nodeId, outputs as Record<string, unknown[]>);
    });
  const id = `settings-${nodeId}-pins`;
  return (
    <fieldset className="pinned-outputs">
      <legend>
        <Pin size={12} aria-hidden /> Pinned outputs
      </legend>
      <p className="muted small">
        {pin
          ? `Runs from the editor put these out instead of running this node${pin.fromRunId ? ` (from run ${runLabel(pin.fromRunId)})` : ''}. Triggers, the API and schedules always run it.`
          : 'Pin values here (or from a run: select the node in it) and runs from the editor put them out instead of running this node.'}
      </p>
      {!saved && <p className="muted small">Save the agent to pin outputs.</p>}
      <label htmlFor={id} className="visually-hidden">
        Pinned outputs of {nodeId} (JSON)
      </label>
      <textarea id={id} rows={5} spellCheck={false} value={shown} disabled={!saved} onChange={(e) => setText(e.target.value)} />
      <div className="fieldset-actions">
        <Button size="sm" onClick={() => void save()} disabled={busy || !saved || (pin !== undefined && text === undefined)}>
          {pin ? 'Save pinned outputs' : 'Pin these outputs'}
        </Button>
        {pin && (
          <Button size="sm" variant="ghost" onClick={() => void act(() => usePinnedOutputs.getState().unpin(nodeId))} disabled={busy}>
            <PinOff size={14} aria-hidden /> Unpin
          </Button>
        )}
      </div>
      <FormError message={error} small />
    </fieldset>
  );
}
