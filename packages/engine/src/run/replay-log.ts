import type { NodeRunRecord } from './records.ts';

/** JSON with object keys sorted, so equal inputs give equal keys whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const completed = (run: NodeRunRecord): boolean => run.status === 'COMPLETED';

/**
 * Recorded node runs a run may take instead of running blocks: by default the completed ones of an
 * earlier, interrupted execution of the same run; for a re-run from a node, those `reuseLog` picks of
 * another run. When the run reaches a node run with the same node and the same inputs, it takes the
 * recorded result instead of running the block again.
 */
export class ReplayLog {
  private readonly byKey = new Map<string, NodeRunRecord[]>();

  constructor(recorded: NodeRunRecord[], takes: (run: NodeRunRecord) => boolean = completed) {
    for (const run of [...recorded].sort((a, b) => a.seq - b.seq)) {
      if (!takes(run)) continue;
      const key = ReplayLog.key(run.nodeId, run.inputs);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), run]);
    }
  }

  static key(nodeId: string, inputs: Record<string, unknown>): string {
    return `${nodeId}\u0000${canonicalJson(inputs)}`;
  }

  /** The oldest unused recorded run for this node and inputs, if any. */
  take(nodeId: string, inputs: Record<string, unknown>): NodeRunRecord | undefined {
    const key = ReplayLog.key(nodeId, inputs);
    const runs = this.byKey.get(key);
    const run = runs?.shift();
    if (runs?.length === 0) this.byKey.delete(key);
    return run;
  }
}
