import type { NodeRunOutputEvent, NodeRunRecord } from '@blocksmith/engine';
import { jsonSizeWithin } from '@blocksmith/sdk/json-size';
import type { RunDetail } from './run-detail.ts';

/** Characters of a large value that travel with its reference, so a client shows its start without fetching it. */
const PREVIEW_CHARS = 2000;

/**
 * What travels instead of a value larger than the inline size, in run details, snapshots and
 * events: its size, its start, and a same-origin URL of the whole value (`GET /api/runs/:id/value`).
 * Blocks downstream were given the value itself.
 */
export interface LargeValueRef {
  largeValue: { size: number; contentType: 'text/plain' | 'application/json'; preview: string; url: string };
}

/** Where one value of a run is: one of a node run's outputs (or its input) by name and index, or one of the run's outputs. */
export type ValuePlace = { runId: string; seq?: number; part: 'outputs' | 'inputs'; name: string; index?: number };

export function valueUrl({ runId, seq, part, name, index }: ValuePlace): string {
  const query = new URLSearchParams({ ...(seq !== undefined ? { nodeRun: String(seq), part } : {}), name, ...(index !== undefined ? { index: String(index) } : {}) });
  return `/api/runs/${encodeURIComponent(runId)}/value?${query.toString()}`;
}

/** The value itself when it is at most `inlineBytes` as JSON, else its reference. */
export function inlineOrRef(value: unknown, inlineBytes: number, place: ValuePlace): unknown {
  const mayBeLarge = typeof value === 'string' ? value.length * 3 + 2 > inlineBytes : typeof value === 'object' && value !== null;
  if (!mayBeLarge || jsonSizeWithin(value, inlineBytes) <= inlineBytes) return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Cut on a code point, never inside a surrogate pair.
  const preview = Array.from(text.slice(0, PREVIEW_CHARS + 1)).slice(0, PREVIEW_CHARS).join('');
  const ref: LargeValueRef = {
    largeValue: {
      size: Buffer.byteLength(text),
      contentType: typeof value === 'string' ? 'text/plain' : 'application/json',
      preview,
      url: valueUrl(place),
    },
  };
  return ref;
}

/** A node run as clients get it: every large input and output replaced by its reference. */
function boundNodeRun(runId: string, nodeRun: NodeRunRecord, inlineBytes: number): NodeRunRecord {
  const outputs = Object.fromEntries(
    Object.entries(nodeRun.outputs).map(([name, values]) => [
      name,
      values.map((value, index) => inlineOrRef(value, inlineBytes, { runId, seq: nodeRun.seq, part: 'outputs', name, index })),
    ]),
  );
  const inputs = Object.fromEntries(
    Object.entries(nodeRun.inputs).map(([name, value]) => [name, inlineOrRef(value, inlineBytes, { runId, seq: nodeRun.seq, part: 'inputs', name })]),
  );
  return { ...nodeRun, inputs, outputs };
}

/** A run's detail with no value over the inline size: the answer is bounded by the page, the graph and the inline size. */
export function boundDetail(detail: RunDetail, inlineBytes: number): RunDetail {
  const runId = detail.run.id;
  const outputs = Object.fromEntries(
    Object.entries(detail.run.outputs).map(([name, values]) => [
      name,
      values.map((value, index) => inlineOrRef(value, inlineBytes, { runId, part: 'outputs', name, index })),
    ]),
  );
  return {
    ...detail,
    run: { ...detail.run, outputs },
    nodeRuns: detail.nodeRuns.map((nodeRun) => boundNodeRun(runId, nodeRun, inlineBytes)),
    nodes: Object.fromEntries(Object.entries(detail.nodes).map(([nodeId, node]) => [nodeId, { ...node, latest: boundNodeRun(runId, node.latest, inlineBytes) }])),
  };
}

/** An output event as sockets get it: a large value travels as its reference. */
export function boundOutputEvent(event: NodeRunOutputEvent, inlineBytes: number): NodeRunOutputEvent {
  const seq = Number(event.nodeRunId.slice(event.nodeRunId.lastIndexOf('.') + 1));
  const value = inlineOrRef(event.value, inlineBytes, { runId: event.runId, seq, part: 'outputs', name: event.output, index: event.index });
  return value === event.value ? event : { ...event, value };
}
