import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import { addUsage } from '@blocksmith/sdk/usage';
import type { z } from 'zod';
import type { nodeSummary, runDetail as runDetailSchema } from '../wire/runs.ts';

/** Node runs in one answer at most: a run's detail never grows with its fan-out. */
export const NODE_RUN_PAGE_MAX = 1000;
export const NODE_RUN_PAGE_DEFAULT = 200;

/** Which node runs to include: those after `after` (a seq), `limit` of them, in creation order — of one node only, with `nodeId`. */
export interface NodeRunPage {
  after: number;
  limit: number;
  nodeId?: string | undefined;
}

/** What a client needs to draw a node of a run, whatever its number of node runs: how many, the latest, and their model use. */
export type NodeSummary = z.infer<typeof nodeSummary>;

/** A run, one page of its node runs, and a summary of every node that ran (the API's RunDetail). */
export type RunDetail = z.infer<typeof runDetailSchema>;

/** A run's detail: one page of its node runs and a summary of every node, so the answer is bounded by the graph, not the run. */
export function runDetail(run: GraphRunRecord, all: NodeRunRecord[], page: NodeRunPage): RunDetail {
  const bySeq = [...all].sort((a, b) => a.seq - b.seq);
  const nodes: Record<string, NodeSummary> = {};
  for (const nodeRun of bySeq) {
    const previous = nodes[nodeRun.nodeId];
    const usage = nodeRun.usage ? addUsage(previous?.usage, nodeRun.usage) : previous?.usage;
    nodes[nodeRun.nodeId] = { runs: (previous?.runs ?? 0) + 1, latest: nodeRun, ...(usage ? { usage } : {}) };
  }
  const listed = page.nodeId === undefined ? bySeq : bySeq.filter((nodeRun) => nodeRun.nodeId === page.nodeId);
  const start = listed.findIndex((nodeRun) => nodeRun.seq > page.after);
  const rest = start === -1 ? [] : listed.slice(start);
  const nodeRuns = rest.slice(0, page.limit);
  return {
    run,
    nodeRuns,
    nodeRunsTotal: listed.length,
    ...(rest.length > page.limit ? { nodeRunsNext: nodeRuns.at(-1)?.seq ?? page.after } : {}),
    nodes,
  };
}
