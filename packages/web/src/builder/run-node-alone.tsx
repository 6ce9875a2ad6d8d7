import { Play } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api/client.ts';
import type { BlockManifest, JsonSchema } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { useBuilder } from './builder-store.ts';
import { inputFieldProps } from './input-field-props.ts';
import { usePinnedOutputs } from './pinned-outputs-store.ts';
import { SchemaField } from './schema-field.tsx';
import { aloneInputs, linkedInputs } from './alone-inputs.ts';

/**
 * Runs the selected node alone (docs/semantics.md rule 17): a field per linked input, generated from its
 * schema and filled from the run on the canvas or, where it did not run, from the pinned outputs that feed
 * it; the other inputs are its settings. An agent runs with its tools.
 */
export function RunNodeAlone({
  nodeId,
  manifest,
  onRun,
}: {
  nodeId: string;
  manifest: BlockManifest;
  onRun(nodeId: string, inputs: Record<string, unknown>): Promise<void>;
}) {
  const edges = useBuilder((s) => s.edges);
  const nodeInputs = useBuilder((s) => s.nodes.find((n) => n.id === nodeId)?.data.inputs);
  const lastInputs = useBuilder((s) => s.run?.nodes[nodeId]?.inputs);
  const pins = usePinnedOutputs((s) => s.byNode);
  const linked = useMemo(() => linkedInputs(edges, nodeId), [edges, nodeId]);
  const start = useMemo(() => aloneInputs(linked, edges, nodeId, lastInputs, pins), [linked, edges, nodeId, lastInputs, pins]);
  const [typed, setTyped] = useState<Record<string, unknown>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const values = { ...start, ...typed };
  const properties = (manifest.inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onRun(nodeId, Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="run-alone">
      <legend>
        <Play size={12} aria-hidden /> Run this node alone
      </legend>
      <p className="muted small">
        {linked.length
          ? 'Its linked inputs, from the run shown (or the pinned outputs that feed it); its other inputs are its settings.'
          : 'It runs with its settings.'}{' '}
        Nothing else runs; an agent calls its tools.
      </p>
      {linked.map((name) => (
        <SchemaField
          key={name}
          place="alone"
          nodeId={nodeId}
          name={name}
          schema={properties[name] ?? {}}
          {...inputFieldProps(manifest, name, properties[name] ?? {}, nodeInputs ?? {})}
          value={values[name]}
          onChange={(value) => setTyped((current) => ({ ...current, [name]: value }))}
        />
      ))}
      <div className="fieldset-actions">
        <Button size="sm" onClick={() => void run()} disabled={busy}>
          <Play size={14} aria-hidden /> Run this node
        </Button>
      </div>
      <FormError message={error} small />
    </fieldset>
  );
}
