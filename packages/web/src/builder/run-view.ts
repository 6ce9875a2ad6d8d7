import { addUsage, type UsageTotals } from '@blocksmith/sdk/usage';
import type { GraphRunRecord, NodeRunRecord, RunDetail, RunEvent } from '../api/types.ts';

/** What the canvas shows of a run for one node: its latest status and how many times it ran. */
export interface NodeRunView {
  status: NodeRunRecord['status'];
  runs: number;
  /** Text streamed so far by the latest node run (e.g. model tokens), and its last progress fraction. */
  streamed?: string;
  fraction?: number;
  inputs?: Record<string, unknown>;
  outputs: Record<string, unknown[]>;
  error?: { message: string; kind: string };
  /** Model use summed over the node's runs. */
  usage?: UsageTotals;
  /** Whether its latest node run was reused from the run this one re-ran from a node (not run again). */
  reused?: boolean;
  /** How long its latest node run took, once it ended (ms). */
  took?: number;
  /** What its latest node run's block logged (from the run's records: live events do not carry logs). */
  logs?: NodeRunRecord['logs'];
}

export interface RunView {
  runId: string;
  status: GraphRunRecord['status'];
  outputs: Record<string, unknown[]>;
  inputs?: Record<string, unknown>;
  error?: string;
  nodes: Record<string, NodeRunView>;
  /** Node run id → node id, to attribute events. */
  nodeRunOwner: Record<string, string>;
  /** Model use of the whole run (sub-runs included). */
  usage?: UsageTotals;
  /** Latest model use reported per node run: status events repeat a node run's running total. */
  nodeRunUsage: Record<string, UsageTotals>;
}

export function emptyRunView(runId: string): RunView {
  return { runId, status: 'QUEUED', outputs: {}, nodes: {}, nodeRunOwner: {}, nodeRunUsage: {} };
}

/**
 * The view from a snapshot: the truth after (re)connecting. Each node is drawn from the
 * server's summary of all its node runs; the page of node runs only attributes later events.
 */
export function fromSnapshot({ run, nodeRuns, nodes }: Pick<RunDetail, 'run' | 'nodeRuns' | 'nodes'>): RunView {
  const view: RunView = {
    runId: run.id,
    status: run.status,
    outputs: run.outputs,
    inputs: run.inputs,
    nodes: {},
    nodeRunOwner: {},
    nodeRunUsage: {},
    ...(run.error ? { error: run.error } : {}),
    ...(run.usage ? { usage: run.usage } : {}),
  };
  for (const nodeRun of nodeRuns) {
    view.nodeRunOwner[nodeRun.id] = nodeRun.nodeId;
    if (nodeRun.usage) view.nodeRunUsage[nodeRun.id] = nodeRun.usage;
  }
  for (const [nodeId, { runs, latest, usage }] of Object.entries(nodes)) {
    view.nodeRunOwner[latest.id] = nodeId;
    if (latest.usage) view.nodeRunUsage[latest.id] = latest.usage;
    view.nodes[nodeId] = {
      status: latest.status,
      runs,
      inputs: latest.inputs,
      outputs: latest.outputs,
      ...(latest.error ? { error: latest.error } : {}),
      ...(usage ? { usage } : {}),
      ...(latest.reusedFrom ? { reused: true } : {}),
      ...(latest.logs ? { logs: latest.logs } : {}),
      ...(latest.startedAt !== undefined && latest.endedAt !== undefined ? { took: latest.endedAt - latest.startedAt } : {}),
    };
  }
  return view;
}

/** Applies one live event; events for other runs are ignored. */
export function applyEvent(view: RunView, event: RunEvent): RunView {
  if (event.runId !== view.runId) return view;
  if (event.type === 'graph_run.status') {
    return { ...view, status: event.status, ...(event.error ? { error: event.error } : {}), ...(event.usage ? { usage: event.usage } : {}) };
  }
  if (event.type === 'node_run.status') {
    const isNew = view.nodeRunOwner[event.nodeRunId] === undefined;
    const previous = view.nodes[event.nodeId];
    const node: NodeRunView = {
      status: event.status,
      runs: (previous?.runs ?? 0) + (isNew ? 1 : 0),
      outputs: isNew ? {} : (previous?.outputs ?? {}),
      ...(previous?.inputs && !isNew ? { inputs: previous.inputs } : {}),
      ...(previous?.streamed !== undefined && !isNew ? { streamed: previous.streamed } : {}),
      ...(previous?.logs && !isNew ? { logs: previous.logs } : {}),
      // The final status of a node run that started says when: it took from then to this event.
      ...(event.startedAt !== undefined ? { took: event.at - event.startedAt } : {}),
      ...(event.error ? { error: event.error } : {}),
      ...(previous?.usage ? { usage: previous.usage } : {}),
      ...(event.reusedFrom ? { reused: true } : {}),
    };
    const next = { ...view, nodeRunOwner: { ...view.nodeRunOwner, [event.nodeRunId]: event.nodeId }, nodes: { ...view.nodes, [event.nodeId]: node } };
    return event.usage ? withNodeRunUsage(next, event.nodeId, event.nodeRunId, event.usage) : next;
  }
  if (event.type === 'node_run.progress') {
    const previous = view.nodes[event.nodeId] ?? { status: 'RUNNING' as const, runs: 1, outputs: {} };
    const { delta, fraction } = event.progress;
    const node: NodeRunView = {
      ...previous,
      ...(delta !== undefined ? { streamed: (previous.streamed ?? '') + delta } : {}),
      ...(fraction !== undefined ? { fraction } : {}),
    };
    return { ...view, nodes: { ...view.nodes, [event.nodeId]: node } };
  }
  if (event.type === 'node_run.output') {
    const previous = view.nodes[event.nodeId] ?? { status: 'RUNNING' as const, runs: 1, outputs: {} };
    const outputs = { ...previous.outputs, [event.output]: [...(previous.outputs[event.output] ?? []), event.value] };
    return { ...view, nodes: { ...view.nodes, [event.nodeId]: { ...previous, outputs } } };
  }
  return view;
}

/** Records a node run's latest usage and sums it again into its node's and the run's totals. */
function withNodeRunUsage(view: RunView, nodeId: string, nodeRunId: string, usage: UsageTotals): RunView {
  const nodeRunUsage = { ...view.nodeRunUsage, [nodeRunId]: usage };
  let nodeTotal: UsageTotals | undefined;
  let runTotal: UsageTotals | undefined;
  for (const [id, runUsage] of Object.entries(nodeRunUsage)) {
    runTotal = addUsage(runTotal, runUsage);
    if (view.nodeRunOwner[id] === nodeId) nodeTotal = addUsage(nodeTotal, runUsage);
  }
  return {
    ...view,
    nodeRunUsage,
    nodes: { ...view.nodes, [nodeId]: { ...view.nodes[nodeId]!, ...(nodeTotal ? { usage: nodeTotal } : {}) } },
    ...(runTotal ? { usage: runTotal } : {}),
  };
}

export const isFinished = (status: GraphRunRecord['status']): boolean => status === 'COMPLETED' || status === 'FAILED' || status === 'TERMINATED';

/** The node a failed run failed at: the first node, in the graph's order, whose latest run failed; none while the run has not failed. */
export function failingNode(view: RunView, nodeOrder: readonly string[]): string | undefined {
  if (view.status !== 'FAILED') return undefined;
  return nodeOrder.find((id) => view.nodes[id]?.status === 'FAILED');
}
