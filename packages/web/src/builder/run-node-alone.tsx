import { Play } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { useBuilder } from './builder-store.ts';

/** The inputs a node's links fill (a list element or object key pin fills its whole input here). */
const linkedInputs = (edges: { target: string; targetHandle?: string | null }[], nodeId: string): string[] => [
  ...new Set(edges.filter((e) => e.target === nodeId && e.targetHandle).map((e) => e.targetHandle!.replace(/[[.].*$/, ''))),
];

/**
 * Runs the selected node alone (docs/semantics.md rule 17): its linked inputs, as JSON, start from what
 * they were in the run on the canvas (or empty), the rest are its settings; an agent runs with its tools.
 */
export function RunNodeAlone({ nodeId, onRun }: { nodeId: string; onRun(nodeId: string, inputs: Record<string, unknown>): Promise<void> }) {
  const edges = useBuilder((s) => s.edges);
  const lastInputs = useBuilder((s) => s.run?.nodes[nodeId]?.inputs);
  const linked = useMemo(() => linkedInputs(edges, nodeId), [edges, nodeId]);
  const start = useMemo(() => JSON.stringify(Object.fromEntries(linked.map((name) => [name, lastInputs?.[name] ?? null])), null, 2), [linked, lastInputs]);
  const [text, setText] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      let inputs: unknown;
      try {
        inputs = JSON.parse(text ?? start);
      } catch {
        throw new Error('The inputs are not JSON: write an object with a value for each linked input, e.g. {"text": "hello"}.');
      }
      if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs))
        throw new Error('The inputs are an object: a value for each linked input, by name.');
      await onRun(nodeId, inputs as Record<string, unknown>);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const id = `settings-${nodeId}-alone`;
  return (
    <fieldset className="run-alone">
      <legend>
        <Play size={12} aria-hidden /> Run this node alone
      </legend>
      <p className="muted small">
        {linked.length ? 'Values for its linked inputs (from the run shown, where it ran); its other inputs are its settings.' : 'It runs with its settings.'}{' '}
        Nothing else runs; an agent calls its tools.
      </p>
      {linked.length > 0 && (
        <>
          <label htmlFor={id} className="visually-hidden">
            Inputs of {nodeId} for running it alone (JSON)
          </label>
          <textarea id={id} rows={4} spellCheck={false} value={text ?? start} onChange={(e) => setText(e.target.value)} />
        </>
      )}
      <div className="fieldset-actions">
        <Button size="sm" onClick={() => void run()} disabled={busy}>
          <Play size={14} aria-hidden /> Run this node
        </Button>
      </div>
      <FormError message={error} small />
    </fieldset>
  );
}
