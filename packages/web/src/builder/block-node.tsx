import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { Pin, Recycle } from 'lucide-react';
import type { JsonSchema } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';
import { usePinnedOutputs } from './pinned-outputs-store.ts';
import type { BlockNode as BlockNodeType } from './graph-conversion.ts';
import { CompositePins, compositeKind, compositePins } from './composite-pins.tsx';
import { policySummary } from './node-options.ts';
import { fieldOnNode, inputFieldProps, valueSummary } from './input-field-props.ts';
import { NodeReview } from './node-review.tsx';
import { SchemaField } from './schema-field.tsx';
import { UnknownBlockNode } from './unknown-block-node.tsx';
import { usageLabel } from '../ui/usage-label.ts';
import { isFar } from './graph-sketch.ts';

const STATUS_LABEL: Record<string, string> = {
  INCOMPLETE: 'incomplete',
  QUEUED: 'queued',
  RUNNING: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
  TERMINATED: 'stopped',
  REVIEW: 'review',
};

/** One node on the canvas: typed handles, fields for unlinked inputs, and its live run status. */
export const BlockNode = memo(function BlockNode({ id, data, selected }: NodeProps<BlockNodeType>) {
  const manifest = useBuilder((s) => s.blocks.get(data.blockId));
  const edges = useBuilder((s) => s.edges);
  const linked = useMemo(() => new Set(edges.filter((e) => e.target === id).map((e) => e.targetHandle)), [edges, id]);
  const runView = useBuilder((s) => s.run?.nodes[id]);
  const pinned = usePinnedOutputs((s) => s.byNode[id] !== undefined);
  const issues = useBuilder((s) => s.issues[id]);
  const extraPins = useBuilder((s) => s.extraPins[id]);
  const addPin = useBuilder((s) => s.addPin);
  const setInput = useBuilder((s) => s.setInput);
  // Zoomed far out, fields are unreadable: draw only names and handles, which keeps large graphs smooth.
  const compact = useStore((s) => isFar(s.transform[2]));
  if (!manifest) return <UnknownBlockNode id={id} blockId={data.blockId} />;
  const inputs = Object.entries((manifest.inputSchema.properties ?? {}) as Record<string, JsonSchema>);
  const outputs = Object.entries((manifest.outputSchema.properties ?? {}) as Record<string, JsonSchema>);
  const status = runView?.status;
  return (
    <div
      className={`block-node${selected ? ' selected' : ''}${status ? ` status-${status.toLowerCase()}` : ''}${manifest.kind === 'note' ? ' note' : ''}`}
      data-testid={`node-${id}`}
      data-status={status ?? ''}
      data-reused={runView?.reused ? 'true' : undefined}
      data-pinned={pinned ? 'true' : undefined}
    >
      <header>
        <span className="block-name" title={manifest.description}>
          {data.label || manifest.name}
        </span>
        {pinned && (
          <span className="pinned-badge" title="Pinned: runs from the editor put out its pinned values instead of running it">
            <Pin size={11} aria-hidden /> pinned
          </span>
        )}
        {status && (
          <span className="status-badge" aria-label={`status ${STATUS_LABEL[status]}${runView.reused ? ', reused from the earlier run' : ''}`}>
            {status === 'RUNNING' && <span className="spinner" aria-hidden="true" />}
            {runView.reused && (
              <span className="reused" title="Reused from the run this one re-ran: not run again">
                <Recycle size={11} aria-hidden /> reused
              </span>
            )}
            {STATUS_LABEL[status]}
            {runView.runs > 1 && <span className="run-count"> ×{runView.runs}</span>}
          </span>
        )}
      </header>
      {status === 'REVIEW' && <NodeReview nodeId={id} />}
      <div className="node-id">
        {id}
        {policySummary(data.options) && <span className="node-policy"> · {policySummary(data.options)}</span>}
      </div>
      {manifest.kind !== 'note' && (
        <div className="pins">
          <div className="inputs">
            {inputs.map(([name, schema]) => {
              const kind = compositeKind(schema);
              const pins = kind ? compositePins(name, edges, id, extraPins ?? []) : [];
              return (
                <div className={`pin input-pin${issues?.some((i) => i.pin === name) ? ' pin-issue' : ''}`} key={name}>
                  <Handle type="target" position={Position.Left} id={name} className="handle" title={`${name}: ${String(schema.type ?? 'any')}`} />
                  {compact || linked.has(name) ? (
                    <span className="linked-input">{name}</span>
                  ) : fieldOnNode(manifest, name) ? (
                    <SchemaField
                      nodeId={id}
                      name={name}
                      schema={schema}
                      {...inputFieldProps(manifest, name, schema, data.inputs)}
                      value={data.inputs[name]}
                      onChange={(value) => setInput(id, name, value)}
                    />
                  ) : (
                    <span className="optional-input" title="Set it in the node's settings (select the node)">
                      {name}
                      {data.inputs[name] !== undefined && <span className="input-summary"> = {valueSummary(data.inputs[name])}</span>}
                    </span>
                  )}
                  {kind && !compact && (pins.length > 0 || fieldOnNode(manifest, name)) && (
                    <CompositePins nodeId={id} input={name} kind={kind} pins={pins} adding={fieldOnNode(manifest, name)} onAdd={(pin) => addPin(id, pin)} />
                  )}
                </div>
              );
            })}
          </div>
          <div className="outputs">
            {outputs.map(([name, schema]) => (
              <div className={`pin output-pin${name === 'error' ? ' error-pin' : ''}`} key={name}>
                <span>{name}</span>
                <Handle type="source" position={Position.Right} id={name} className="handle" title={`${name}: ${String(schema.type ?? 'any')}`} />
              </div>
            ))}
          </div>
        </div>
      )}
      {manifest.kind === 'note' && (
        <textarea
          className="nodrag note-text"
          aria-label="Note"
          value={String(data.inputs.text ?? '')}
          onChange={(e) => setInput(id, 'text', e.target.value)}
        />
      )}
      {issues && (
        <ul className="node-issues" role="alert" aria-label="Problems with this node">
          {issues.map(({ message }) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {runView?.streamed && (
        <div className="node-stream nowheel" aria-live="polite" data-testid={`stream-${id}`}>
          {runView.streamed}
        </div>
      )}
      {runView?.fraction !== undefined && runView.status === 'RUNNING' && (
        <progress className="node-progress" value={runView.fraction} max={1} aria-label={`${id} progress`} />
      )}
      {runView?.usage && (
        <div className="node-usage" data-testid={`usage-${id}`} title="Model tokens and cost of this node's runs">
          {usageLabel(runView.usage)}
        </div>
      )}
      {runView?.error && (
        <div className="node-error" role="alert">
          {runView.error.message}
        </div>
      )}
    </div>
  );
});
