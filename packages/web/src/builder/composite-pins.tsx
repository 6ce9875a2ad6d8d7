import { Handle, Position } from '@xyflow/react';
import { parsePin } from '@blocksmith/sdk/pin';
import { useState } from 'react';
import type { JsonSchema } from '../api/types.ts';
import type { LinkEdge } from './graph-conversion.ts';

/** The element (`items[i]`) or key (`values.key`) pins of a list or dictionary input: linked ones, plus ones added here. */
export function compositePins(input: string, edges: LinkEdge[], nodeId: string, extra: string[]): string[] {
  const linked = edges.filter(
    (e) => e.target === nodeId && e.targetHandle && parsePin(e.targetHandle).input === input && parsePin(e.targetHandle).kind !== 'plain',
  );
  const pins = new Set([...linked.map((e) => e.targetHandle!), ...extra.filter((p) => parsePin(p).input === input)]);
  return [...pins].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

export const compositeKind = (schema: JsonSchema): 'element' | 'key' | undefined =>
  schema.type === 'array' ? 'element' : schema.type === 'object' && schema.properties === undefined ? 'key' : undefined;

/** Handles for each element/key pin, and (where the input's field is on the node) a control to add the next one. */
export function CompositePins({
  nodeId,
  input,
  kind,
  pins,
  adding,
  onAdd,
}: {
  nodeId: string;
  input: string;
  kind: 'element' | 'key';
  pins: string[];
  adding: boolean;
  onAdd(pin: string): void;
}) {
  return (
    <div className="composite-pins">
      {pins.map((pin) => (
        <div className="pin input-pin composite-pin" key={pin}>
          <Handle type="target" position={Position.Left} id={pin} className="handle" title={pin} />
          <span className="linked-input">{pin}</span>
        </div>
      ))}
      {adding && <AddPin nodeId={nodeId} input={input} kind={kind} pins={pins} onAdd={onAdd} />}
    </div>
  );
}

/** Adds the next element pin (`items[2]`) or a named key pin (`values.city`) to a list or dictionary input. */
export function AddPin({
  nodeId,
  input,
  kind,
  pins,
  onAdd,
}: {
  nodeId: string;
  input: string;
  kind: 'element' | 'key';
  pins: string[];
  onAdd(pin: string): void;
}) {
  const [key, setKey] = useState('');
  const nextIndex = Math.max(-1, ...pins.map((p) => parsePin(p)).map((p) => (p.kind === 'element' ? p.index : -1))) + 1;
  return kind === 'element' ? (
    <button type="button" className="nodrag add-pin" onClick={() => onAdd(`${input}[${nextIndex}]`)} aria-label={`Add ${input}[${nextIndex}] pin on ${nodeId}`}>
      + {input}[{nextIndex}]
    </button>
  ) : (
    <form
      className="nodrag add-pin"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^[\w-]+$/.test(key)) onAdd(`${input}.${key}`);
        setKey('');
      }}
    >
      <input aria-label={`New ${input} key on ${nodeId}`} placeholder="key" value={key} onChange={(e) => setKey(e.target.value)} />
      <button type="submit" aria-label={`Add ${input} key pin on ${nodeId}`}>
        + pin
      </button>
    </form>
  );
}
