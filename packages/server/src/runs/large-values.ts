import type { NodeRunOutputEvent, NodeRunRecord } from '@blocksmith/engine';
import { largeValueRef, largeValueText } from '@blocksmith/sdk/large-value';
import type { RunDetail } from './run-detail.ts';

/** Where one value of a run is: one of a node run's outputs (or its input) by name and index, or one of the run's outputs. */
export type ValuePlace = { runId: string; seq?: number; part: 'outputs' | 'inputs'; name: string; index?: number };

export function valueUrl({ runId, seq, part, name, index }: ValuePlace): string {
  const query = new URLSearchParams({
    ...(seq !== undefined ? { nodeRun: String(seq), part } : {}),
    name,
    ...(index !== undefined ? { index: String(index) } : {}),
  });
  return `/api/runs/${encodeURIComponent(runId)}/value?${query.toString()}`;
}

/**
 * The value itself when it is at most `inlineBytes` as JSON, else a reference (size, type,
 * preview) whose URL serves it from its run (`GET /api/runs/:id/value`). Stored records already
 * hold references to workspace files (the store's value-spill.ts); this covers what has not been
 * stored yet — live events — and keeps every answer bounded whatever a record holds.
 */
export function inlineOrRef(value: unknown, inlineBytes: number, place: ValuePlace): unknown {
  const large = largeValueText(value, inlineBytes);
  return large ? largeValueRef(large.text, large.contentType, valueUrl(place)) : value;
}

/** Outputs (a node run's or a run's) with every large value replaced by its reference at `place`. */
function boundOutputs(outputs: Record<string, unknown[]>, inlineBytes: number, place: Omit<ValuePlace, 'part' | 'name' | 'index'>): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, values]) => [
      name,
      values.map((value, index) => inlineOrRef(value, inlineBytes, { ...place, part: 'outputs', name, index })),
    ]),
  );
}

/** A node run as clients get it: every large input and output replaced by its reference. */
function boundNodeRun(runId: string, nodeRun: NodeRunRecord, inlineBytes: number): NodeRunRecord {
  const outputs = boundOutputs(nodeRun.outputs, inlineBytes, { runId, seq: nodeRun.seq });
  const inputs = Object.fromEntries(
    Object.entries(nodeRun.inputs).map(([name, value]) => [name, inlineOrRef(value, inlineBytes, { runId, seq: nodeRun.seq, part: 'inputs', name })]),
  );
  return { ...nodeRun, inputs, outputs };
}

/** A run's detail with no value over the inline size: the answer is bounded by the page, the graph and the inline size. */
export function boundDetail(detail: RunDetail, inlineBytes: number): RunDetail {
  const runId = detail.run.id;
  return {
    ...detail,
    run: { ...detail.run, outputs: boundOutputs(detail.run.outputs, inlineBytes, { runId }) },
    nodeRuns: detail.nodeRuns.map((nodeRun) => boundNodeRun(runId, nodeRun, inlineBytes)),
    nodes: Object.fromEntries(
      Object.entries(detail.nodes).map(([nodeId, node]) => [nodeId, { ...node, latest: boundNodeRun(runId, node.latest, inlineBytes) }]),
    ),
  };
}

/** An output event as sockets get it: a large value travels as its reference. */
export function boundOutputEvent(event: NodeRunOutputEvent, inlineBytes: number): NodeRunOutputEvent {
  const seq = Number(event.nodeRunId.slice(event.nodeRunId.lastIndexOf('.') + 1));
  const value = inlineOrRef(event.value, inlineBytes, { runId: event.runId, seq, part: 'outputs', name: event.output, index: event.index });
  return value === event.value ? event : { ...event, value };
}
