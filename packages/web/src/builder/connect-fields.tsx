import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BlockManifest } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';
import { linkTargets, outputsOf } from './link-targets.ts';

/** "Connect to…": links one of the selected node's outputs to a fitting input, with the keyboard alone. */
export function ConnectFields({ nodeId, manifest }: { nodeId: string; manifest: BlockManifest }) {
  const outputs = outputsOf(manifest);
  const [output, setOutput] = useState(outputs[0] ?? '');
  const [target, setTarget] = useState('');
  const { nodes, edges, blocks } = useBuilder(useShallow((s) => ({ nodes: s.nodes, edges: s.edges, blocks: s.blocks })));
  if (outputs.length === 0) return null;
  const targets = linkTargets(nodeId, output, nodes, edges, blocks);
  const connect = () => {
    const chosen = targets.find((t) => `${t.node}.${t.input}` === target);
    if (!chosen) return;
    if (useBuilder.getState().connect({ source: nodeId, sourceHandle: output, target: chosen.node, targetHandle: chosen.input })) setTarget('');
  };
  return (
    <fieldset className="connect-fields">
      <legend>Connect to…</legend>
      <div className="field">
        <label htmlFor={`connect-${nodeId}-output`}>Output</label>
        <select id={`connect-${nodeId}-output`} value={output} onChange={(e) => (setOutput(e.target.value), setTarget(''))}>
          {outputs.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`connect-${nodeId}-target`}>Input it goes to</label>
        <select id={`connect-${nodeId}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{targets.length ? 'choose an input' : 'no input of another node fits'}</option>
          {targets.map((t) => (
            <option key={`${t.node}.${t.input}`} value={`${t.node}.${t.input}`}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!target} onClick={connect}>
        Connect
      </button>
    </fieldset>
  );
}
