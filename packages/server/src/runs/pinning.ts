import { pinnedOutputIssues, UnknownNodeError } from '@blocksmith/engine';
import type { NodePin } from '@blocksmith/store';
import type { Platform } from '../platform/platform.ts';
import { notFound, Refusal } from '../platform/refusal.ts';

/**
 * Pins outputs on a node of the agent's latest version, after checking that they fit its block: the
 * outputs it has, each a list of values its schema takes (docs/semantics.md rule 16).
 */
export async function pinOutputs(
  { store, registry }: Pick<Platform, 'store' | 'registry'>,
  workspaceId: string,
  graphId: string,
  nodeId: string,
  pin: { outputs: NodePin['outputs']; fromRunId?: string | undefined },
): Promise<NodePin> {
  const latest = await store.graphs.version(workspaceId, graphId);
  if (!latest) throw notFound(`Graph ${graphId}`);
  const node = latest.graph.nodes.find((n) => n.id === nodeId);
  if (!node) throw new UnknownNodeError(nodeId);
  const block = registry.get(node.block);
  if (!block) throw new Refusal('invalid', 'unknown_block', `Node "${nodeId}" uses block "${node.block}", which this server does not have.`);
  const issues = pinnedOutputIssues(block, pin.outputs);
  if (issues.length) throw new Refusal('invalid', 'invalid_pin', `These outputs cannot be pinned on node "${nodeId}": ${issues.join(' ')}`, issues);
  const saved = await store.pins.set(workspaceId, graphId, {
    nodeId,
    outputs: pin.outputs,
    ...(pin.fromRunId !== undefined ? { fromRunId: pin.fromRunId } : {}),
  });
  if (!saved) throw notFound(`Graph ${graphId}`);
  return saved;
}
