import type { GraphRunRecord, NodeRunRecord } from '@blocksmith/engine';
import type { NodeRunSighting } from '@blocksmith/store';
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

/** A run's detail from its node runs at hand (each in its last state). */
export function runDetail(run: GraphRunRecord, all: NodeRunRecord[], page: NodeRunPage): RunDetail {
  const fold = new RunDetailFold(page);
  for (const nodeRun of all) fold.visit(sightingOf(nodeRun));
  return fold.detail(run);
}

const sightingOf = (nodeRun: NodeRunRecord): NodeRunSighting => ({
  seq: nodeRun.seq,
  nodeId: nodeRun.nodeId,
  status: nodeRun.status,
  usage: nodeRun.usage,
  record: () => nodeRun,
});

/**
 * A run's detail gathered from the sightings of its node runs (RunsRepository.scanNodeRuns), oldest
 * save first, keeping only what the answer holds: the page's node runs, each node's latest, and
 * counts. A detail of a run of a million node runs so costs one pass over them, not their memory.
 */
export class RunDetailFold {
  /** Seqs met so far: a node run saved several times counts once. */
  private readonly seen = new SeqSet();
  private readonly nodes = new Map<string, { runs: number; firstSeq: number; latestSeq: number; latest: NodeRunRecord }>();
  /** Model use by seq, as last saved (few node runs have any). */
  private readonly usage = new Map<number, { nodeId: string; usage: NonNullable<NodeRunRecord['usage']> }>();
  /** The page so far: the lowest seqs after `page.after`, up to twice the limit before they are trimmed. */
  private readonly candidates = new Map<number, NodeRunRecord>();
  private highestKept = Number.POSITIVE_INFINITY;
  private listed = 0;
  private listedAfter = 0;

  constructor(private readonly page: NodeRunPage) {}

  readonly visit = (sighting: NodeRunSighting): void => {
    const { seq, nodeId } = sighting;
    const listed = this.page.nodeId === undefined || nodeId === this.page.nodeId;
    const node = this.nodes.get(nodeId);
    if (this.seen.add(seq)) {
      if (node) node.runs++;
      if (listed) {
        this.listed++;
        if (seq > this.page.after) this.listedAfter++;
      }
    }
    if (!node) this.nodes.set(nodeId, { runs: 1, firstSeq: seq, latestSeq: seq, latest: sighting.record() });
    else {
      node.firstSeq = Math.min(node.firstSeq, seq);
      if (seq >= node.latestSeq) {
        node.latestSeq = seq;
        node.latest = sighting.record();
      }
    }
    if (sighting.usage) this.usage.set(seq, { nodeId, usage: sighting.usage });
    if (listed && seq > this.page.after && this.page.limit > 0 && (seq < this.highestKept || this.candidates.has(seq))) {
      this.candidates.set(seq, sighting.record());
      if (this.candidates.size > 2 * this.page.limit) this.trim();
    }
  };

  detail(run: GraphRunRecord): RunDetail {
    this.trim();
    const nodes: Record<string, NodeSummary> = {};
    const usageOf = new Map<string, NodeSummary['usage']>();
    for (const { nodeId, usage } of this.usage.values()) usageOf.set(nodeId, addUsage(usageOf.get(nodeId), usage));
    // In the order the nodes first ran.
    for (const [nodeId, { runs, latest }] of [...this.nodes].sort(([, a], [, b]) => a.firstSeq - b.firstSeq)) {
      const usage = usageOf.get(nodeId);
      nodes[nodeId] = { runs, latest, ...(usage ? { usage } : {}) };
    }
    const nodeRuns = [...this.candidates.values()];
    return {
      run,
      nodeRuns,
      nodeRunsTotal: this.listed,
      ...(this.listedAfter > this.page.limit ? { nodeRunsNext: nodeRuns.at(-1)?.seq ?? this.page.after } : {}),
      nodes,
    };
  }

  /** Keeps the `limit` lowest seqs, in seq order. */
  private trim(): void {
    const kept = [...this.candidates.keys()].sort((a, b) => a - b).slice(0, this.page.limit);
    const records = kept.map((seq) => this.candidates.get(seq)!);
    this.candidates.clear();
    kept.forEach((seq, i) => this.candidates.set(seq, records[i]!));
    if (kept.length === this.page.limit) this.highestKept = kept.at(-1)!;
  }
}

/** A set of seqs (positive integers) as bits: a million node runs take 125 KB. */
class SeqSet {
  private bits = new Uint8Array(1024);

  /** Adds a seq; true when it was not in the set. */
  add(seq: number): boolean {
    const byte = seq >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (seq & 7);
    if (this.bits[byte]! & mask) return false;
    this.bits[byte]! |= mask;
    return true;
  }
}
