import { hasEnded, type GraphRunRecord, type RunEvent } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';

/** How long an announced end waits for the worker's committed message before reading the record anyway. */
const COMMITTED_MESSAGE_WAIT_MS = 1000;

/** How long to keep re-reading a run whose end was announced before the worker's last write is visible. */
const SETTLE_MS = 5000;

/**
 * Resolves waits for the end of runs another process executes: it watches the
 * relayed `graph_run.status` events and then reads the final record.
 */
export class RunCompletions {
  private readonly waiting = new Map<string, ((record: GraphRunRecord) => void)[]>();

  constructor(private readonly store: Store) {}

  /**
   * Feed it every event (it is an event-hub listener). The end event comes
   * before the worker commits the final records, and then the worker's
   * `committed` message; this only covers a message lost on the way.
   */
  readonly observe = (event: RunEvent): void => {
    if (event.type !== 'graph_run.status' || !hasEnded(event.status) || !this.waiting.has(event.runId)) return;
    setTimeout(() => this.resolve(event.runId, () => this.settled(event.runId)), COMMITTED_MESSAGE_WAIT_MS).unref();
  };

  /** A worker committed the run's final records: read them once. */
  committed(runId: string): void {
    this.resolve(runId, async () => (await this.store.runs.byId(runId))!);
  }

  private resolve(runId: string, read: () => Promise<GraphRunRecord>): void {
    const resolvers = this.waiting.get(runId);
    if (!resolvers) return;
    this.waiting.delete(runId);
    void read().then((record) => resolvers.forEach((resolve) => resolve(record)));
  }

  /** The run's final record, once it ends (at once if it already has). */
  async wait(runId: string): Promise<GraphRunRecord> {
    const ended = new Promise<GraphRunRecord>((resolve) => this.waiting.set(runId, [...(this.waiting.get(runId) ?? []), resolve]));
    const current = await this.store.runs.byId(runId);
    if (current && hasEnded(current.status)) {
      this.waiting.delete(runId);
      return current;
    }
    return ended;
  }

  /** The worker announces the end before its write-behind commits; read until the record shows it. */
  private async settled(runId: string): Promise<GraphRunRecord> {
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      const record = await this.store.runs.byId(runId);
      if (record && (hasEnded(record.status) || Date.now() > deadline)) return record;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
