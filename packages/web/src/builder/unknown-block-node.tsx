import { Handle, Position } from '@xyflow/react';
import { useMemo } from 'react';
import { useBuilder } from './builder-store.ts';
import { unknownBlockProblem } from './run-blockers.ts';

/**
 * A node whose block this server does not have (a typo in an imported file, a block of another version):
 * it keeps its links, drawn to the pins they name, and says what is wrong and which block was likely meant.
 */
export function UnknownBlockNode({ id, blockId }: { id: string; blockId: string }) {
  const edges = useBuilder((s) => s.edges);
  const issues = useBuilder((s) => s.issues[id]);
  const pins = useMemo(
    () => ({
      inputs: [...new Set(edges.filter((e) => e.target === id).map((e) => e.targetHandle ?? ''))],
      outputs: [...new Set(edges.filter((e) => e.source === id).map((e) => e.sourceHandle ?? ''))],
    }),
    [edges, id],
  );
  const problems = issues?.map((i) => i.message) ?? [unknownBlockProblem(id, blockId)];
  return (
    <div className="block-node unknown" data-testid={`node-${id}`}>
      <header>
        <span className="block-name">Unknown block {blockId}</span>
      </header>
      <div className="node-id">{id}</div>
      <div className="pins">
        <div className="inputs">
          {pins.inputs.map((name) => (
            <div className="pin input-pin" key={name}>
              <Handle type="target" position={Position.Left} id={name} className="handle" isConnectable={false} />
              <span className="linked-input">{name}</span>
            </div>
          ))}
        </div>
        <div className="outputs">
          {pins.outputs.map((name) => (
            <div className="pin output-pin" key={name}>
              <span>{name}</span>
              <Handle type="source" position={Position.Right} id={name} className="handle" isConnectable={false} />
            </div>
          ))}
        </div>
      </div>
      <ul className="node-issues" role="alert" aria-label="Problems with this node">
        {problems.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
