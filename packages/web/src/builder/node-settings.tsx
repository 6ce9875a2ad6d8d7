import { useMemo } from 'react';
import type { JsonSchema } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';
import type { BlockNodeData } from './graph-conversion.ts';
import { AddPin, compositeKind, compositePins } from './composite-pins.tsx';
import { fieldOnNode, inputFieldProps } from './input-field-props.ts';
import { withPolicyField, type PolicyField } from './node-options.ts';
import { SchemaField } from './schema-field.tsx';
import { ConnectFields } from './connect-fields.tsx';
import { PinnedOutputsField } from './pinned-outputs-field.tsx';
import { RunNodeAlone } from './run-node-alone.tsx';

const POLICY_FIELDS: { field: PolicyField; label: string; hint: string; empty: string }[] = [
  { field: 'timeoutMs', label: 'Timeout (ms)', hint: 'The longest one attempt may take.', empty: "the block's own" },
  { field: 'attempts', label: 'Attempts', hint: 'How many times to try before the node fails.', empty: '1 (no retry)' },
  {
    field: 'initialDelayMs',
    label: 'First retry after (ms)',
    hint: 'The wait before the second attempt; later waits grow by the factor.',
    empty: 'engine default',
  },
  { field: 'factor', label: 'Backoff factor', hint: 'Each wait is this many times the one before.', empty: 'engine default' },
  { field: 'maxDelayMs', label: 'Longest wait (ms)', hint: 'The cap on any one wait between attempts.', empty: 'engine default' },
];

/** The selected node's settings: its name on the canvas, every input's field, links from its outputs, its pinned outputs, and its retry and timeout policy. */
export function NodeSettings({ nodeId, onRunAlone }: { nodeId: string; onRunAlone(nodeId: string, inputs: Record<string, unknown>): Promise<void> }) {
  const node = useBuilder((s) => s.nodes.find((n) => n.id === nodeId));
  const manifest = useBuilder((s) => (node ? s.blocks.get(node.data.blockId) : undefined));
  const edges = useBuilder((s) => s.edges);
  const linked = useMemo(() => new Set(edges.filter((e) => e.target === nodeId).map((e) => e.targetHandle)), [edges, nodeId]);
  const extraPins = useBuilder((s) => s.extraPins[nodeId]);
  const graphId = useBuilder((s) => s.graphId);
  const { setInput, setOptions, setLabel, select, addPin } = useBuilder.getState();
  if (!node || !manifest) return null;
  const inputs = Object.entries((manifest.inputSchema.properties ?? {}) as Record<string, JsonSchema>).filter(([name]) => !linked.has(name));
  return (
    <section className="node-settings" aria-label="Node settings">
      <header>
        <h2>
          {manifest.name} <code>{nodeId}</code>
        </h2>
        <button type="button" aria-label="Close node settings" onClick={() => select(undefined)}>
          ×
        </button>
      </header>
      <p className="muted small">{manifest.description}</p>
      <div className="field">
        <label htmlFor={`settings-${nodeId}-label`}>Name on the canvas</label>
        <input id={`settings-${nodeId}-label`} value={node.data.label ?? ''} placeholder={manifest.name} onChange={(e) => setLabel(nodeId, e.target.value)} />
      </div>
      {manifest.kind !== 'note' &&
        inputs.map(([name, schema]) => {
          const kind = compositeKind(schema);
          return (
            <div key={name}>
              <SchemaField
                place="settings"
                nodeId={nodeId}
                name={name}
                schema={schema}
                {...inputFieldProps(manifest, name, schema, node.data.inputs)}
                value={node.data.inputs[name]}
                onChange={(value) => setInput(nodeId, name, value)}
              />
              {kind && !fieldOnNode(manifest, name) && (
                <AddPin
                  nodeId={nodeId}
                  input={name}
                  kind={kind}
                  pins={compositePins(name, edges, nodeId, extraPins ?? [])}
                  onAdd={(pin) => addPin(nodeId, pin)}
                />
              )}
            </div>
          );
        })}
      {manifest.kind !== 'note' && <ConnectFields key={nodeId} nodeId={nodeId} manifest={manifest} />}
      {manifest.kind !== 'note' && <RunNodeAlone key={`alone-${nodeId}`} nodeId={nodeId} manifest={manifest} onRun={onRunAlone} />}
      {manifest.kind !== 'note' && <PinnedOutputsField key={nodeId} nodeId={nodeId} manifest={manifest} saved={graphId !== undefined} />}
      {manifest.kind !== 'note' && <PolicyFields nodeId={nodeId} options={node.data.options} onChange={(options) => setOptions(nodeId, options)} />}
    </section>
  );
}

function PolicyFields({ nodeId, options, onChange }: { nodeId: string; options: BlockNodeData['options']; onChange(options: BlockNodeData['options']): void }) {
  const current = { timeoutMs: options?.timeoutMs, ...options?.retry };
  return (
    <fieldset className="policy-fields">
      <legend>Retry and timeout</legend>
      {POLICY_FIELDS.map(({ field, label, hint, empty }) => (
        <div className="field" key={field}>
          <label htmlFor={`settings-${nodeId}-${field}`} title={hint}>
            {label}
          </label>
          <input
            id={`settings-${nodeId}-${field}`}
            type="number"
            min={field === 'factor' || field === 'attempts' ? 1 : 0}
            step={field === 'factor' ? 0.1 : 1}
            placeholder={empty}
            disabled={field !== 'timeoutMs' && field !== 'attempts' && options?.retry === undefined}
            value={current[field] ?? ''}
            onChange={(e) => onChange(withPolicyField(options, field, e.target.value === '' ? undefined : Number(e.target.value)))}
          />
        </div>
      ))}
    </fieldset>
  );
}
