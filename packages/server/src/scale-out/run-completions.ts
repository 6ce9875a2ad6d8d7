import { hasEnded, type GraphRunRecord, type RunEvent } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import type { EndedNotice } from './event-relay.ts';

/** How long an end seen as a status event waits for the worker's end notice before reading the record anyway. */
const COMMITTED_MESSAGE_WAIT_MS = 1000;

/** How long to keep re-reading a run whose end was announced before the worker's last write is visible. */
const SETTLE_MS = 5000;

/** A final record travels with the end's announcement up to this size (as JSON); a larger one is read from the database. */
const RECORD_IN_MESSAGE_MAX = 64 * 1024;

/**
 * The announcement that a run's final records are committed, as JSON (an
 * `EndedNotice`). The record goes along only when it is as the database has
 * it: no value in it is large enough to be stored as a file (`inlineOutputBytes`).
 */
export function endedNotice(record: GraphRunRecord, inlineOutputBytes: number): string {
  const json = JSON.stringify(record);
  return json.length <= Math.min(RECORD_IN_MESSAGE_MAX, inlineOutputBytes)
    ? `{"runId":${JSON.stringify(record.id)},"record":${json}}`
    : JSON.stringify({ runId: record.id });
}

/** Runs remembered as queued here; past this many (ends that never came), the memory starts again and waits read the database. */
const STARTED_HERE_MAX = 100_000;

/**
 * Resolves waits for the end of runs another process executes: the worker
 * announces each run's end once its records are committed, with the final
 * record when it is small; the relayed `graph_run.status` events cover an
 * announcement lost on the way.
 */
export class RunCompletions {
  private readonly waiting = new Map<string, ((record: GraphRunRecord) => void)[]>();
  /** Runs this server queued that have not ended: waiting for one needs no read, its end is still to come. */
  private readonly startedHere = new Set<string>();

  constructor(private readonly store: Store) {}

  /** A run this server just queued. */
  started(runId: string): void {
    if (this.startedHere.size >= STARTED_HERE_MAX) this.startedHere.clear();
    this.startedHere.add(runId);
  }

  /**
   * Feed it every event (it is an event-hub listener). The end event comes
   * before the worker commits the final records, and then the worker's end
   * notice (usually in the same message); this only covers a notice lost on the way.
   */
  readonly observe = (event: RunEvent): void => {
    if (event.type !== 'graph_run.status' || !hasEnded(event.status)) return;
    this.startedHere.delete(event.runId);
    if (!this.waiting.has(event.runId)) return;
    setTimeout(() => this.resolve(event.runId, () => this.settled(event.runId)), COMMITTED_MESSAGE_WAIT_MS).unref();
  };

  /** The run's final records are committed: the record given, or read once. */
  committed({ runId, record }: EndedNotice): void {
    this.startedHere.delete(runId);
    this.resolve(runId, record ? async () => record : async () => (await this.store.runs.byId(runId))!);
  }

  private resolve(runId: string, read: () => Promise<GraphRunRecord>): void {
    const resolvers = this.waiting.get(runId);
    if (!resolvers) return;
    this.waiting.delete(runId);
    void read().then((record) => resolvers.forEach((resolve) => resolve(record)));
  }

  /**
   * Reads every run waited on and resolves those that ended: after the
   * subscription to the events channel was lost for a while (Redis
   * restarting), when end notices may have been published to no one.
   */
  async recheck(): Promise<void> {
    for (const runId of [...this.waiting.keys()]) {
      const record = await this.store.runs.byId(runId);
      if (record && hasEnded(record.status)) this.resolve(runId, async () => record);
    }
  }

  /** The run's final record, once it ends (at once if it already has). */
  async wait(runId: string): Promise<GraphRunRecord> {
    const ended = new Promise<GraphRunRecord>((resolve) => this.waiting.set(runId, [...(this.waiting.get(runId) ?? []), resolve]));
    if (this.startedHere.has(runId)) return ended;
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
