import { create } from 'zustand';
import { api } from '../api/client.ts';
import type { NodePin } from '../api/types.ts';

interface PinnedOutputsState {
  /** The agent whose pins these are. */
  graphId: string | undefined;
  byNode: Record<string, NodePin>;
  /** Loads an agent's pins (none for an agent not saved yet). */
  load(graphId: string | undefined): Promise<void>;
  pin(nodeId: string, outputs: Record<string, unknown[]>, fromRunId?: string): Promise<void>;
  unpin(nodeId: string): Promise<void>;
}

/**
 * The open agent's pinned outputs (docs/semantics.md rule 16): what the editor's runs put out instead of
 * running those nodes. They live beside the agent's versions on the server, so they are not part of the
 * graph being edited (nor of its undo history).
 */
export const usePinnedOutputs = create<PinnedOutputsState>((set, get) => ({
  graphId: undefined,
  byNode: {},

  async load(graphId) {
    set({ graphId, byNode: {} });
    if (!graphId) return;
    const { pins } = await api.listPins(graphId);
    if (get().graphId === graphId) set({ byNode: Object.fromEntries(pins.map((pin) => [pin.nodeId, pin])) });
  },

  async pin(nodeId, outputs, fromRunId) {
    const { graphId } = get();
    if (!graphId) throw new Error('Save the agent before pinning outputs: pins belong to a saved agent.');
    const { pin } = await api.pinOutputs(graphId, nodeId, outputs, fromRunId);
    if (get().graphId === graphId) set({ byNode: { ...get().byNode, [nodeId]: pin } });
  },

  async unpin(nodeId) {
    const { graphId } = get();
    if (!graphId) return;
    await api.unpinOutputs(graphId, nodeId);
    const { [nodeId]: _gone, ...rest } = get().byNode;
    if (get().graphId === graphId) set({ byNode: rest });
  },
}));
