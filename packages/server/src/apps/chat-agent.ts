import type { BlockRegistry, GraphFile } from '@blocksmith/engine';
import { Refusal } from '../platform/refusal.ts';
import { agentInputs, agentOutputs } from '../runs/agent-inputs.ts';

/** What a chat app's agent takes and gives: the visitor's message, optionally the turns before it, and its reply. */
export const CHAT = { message: 'message', history: 'history', reply: 'reply' } as const;

/** Refuses to publish as a chat an agent without an Input `message` and an Output `reply`, naming what it lacks. */
export function refuseNonChatAgent(graph: GraphFile, registry: BlockRegistry): void {
  const lacks = [
    ...(agentInputs(graph, registry).some((input) => input.name === CHAT.message) ? [] : [`an Input block named "${CHAT.message}"`]),
    ...(agentOutputs(graph, registry).includes(CHAT.reply) ? [] : [`an Output block named "${CHAT.reply}"`]),
  ];
  if (lacks.length > 0) {
    throw new Refusal(
      'invalid',
      'not_a_chat_agent',
      `A chat app needs an agent with ${lacks.join(' and ')}; add ${lacks.length > 1 ? 'them' : 'it'}, save, and publish again.`,
    );
  }
}

/** Whether the agent takes the earlier turns (an Input `history`). */
export const takesHistory = (graph: GraphFile, registry: BlockRegistry): boolean => agentInputs(graph, registry).some((input) => input.name === CHAT.history);

/**
 * The nodes whose streamed text is the reply as it comes: those linked straight into the Output `reply`
 * (a model block's tokens reach the visitor as the block streams them).
 */
export function replySources(graph: GraphFile, registry: BlockRegistry): Set<string> {
  const replyNodes = new Set(
    graph.nodes.filter((node) => registry.get(node.block)?.kind === 'output' && node.inputs?.name === CHAT.reply).map((node) => node.id),
  );
  return new Set(graph.links.filter((link) => replyNodes.has(link.to.node)).map((link) => link.from.node));
}
