import type { NodeRunRecord } from './records.ts';

const NONE_READY: readonly NodeRunRecord[] = [];

/** A node run still waiting for some linked pins. */
export interface PendingRun {
  record: NodeRunRecord;
  filledPins: number;
}

/**
 * The pairing rules for one node: deliveries fill the oldest pending run that
 * lacks the pin (FIFO), static values fill every pending run and every later
 * one, and a run is ready once all its linked pins hold a value.
 */
export class NodeInbox {
  private pending: PendingRun[] = [];
  private readonly statics = new Map<string, unknown>();

  constructor(
    private readonly linkedPinCount: number,
    private readonly createRun: (at: number) => NodeRunRecord,
  ) {}

  /** Delivers one value at time `at`; returns the runs that became ready, oldest first. */
  deliver(pin: string, value: unknown, isStatic: boolean, at: number): readonly NodeRunRecord[] {
    if (isStatic) return this.deliverStatic(pin, value, at);
    const run = this.pending.find((p) => !Object.hasOwn(p.record.inputs, pin)) ?? this.open(at);
    this.fill(run, pin, value);
    return this.takeReady();
  }

  /** Runs left waiting when the graph run ends. */
  leftovers(): NodeRunRecord[] {
    return this.pending.map((p) => p.record);
  }

  private deliverStatic(pin: string, value: unknown, at: number): readonly NodeRunRecord[] {
    this.statics.set(pin, value);
    const lacking = this.pending.filter((p) => !Object.hasOwn(p.record.inputs, pin));
    if (lacking.length === 0) this.open(at);
    else for (const run of lacking) this.fill(run, pin, value);
    return this.takeReady();
  }

  private open(at: number): PendingRun {
    const run: PendingRun = { record: this.createRun(at), filledPins: 0 };
    for (const [pin, value] of this.statics) this.fill(run, pin, value);
    this.pending.push(run);
    return run;
  }

  private fill(run: PendingRun, pin: string, value: unknown): void {
    if (!Object.hasOwn(run.record.inputs, pin)) run.filledPins++;
    run.record.inputs[pin] = value;
  }

  private takeReady(): readonly NodeRunRecord[] {
    // Most often one run is pending: the one just filled.
    if (this.pending.length === 1) {
      const only = this.pending[0]!;
      if (only.filledPins !== this.linkedPinCount) return NONE_READY;
      this.pending = [];
      return [only.record];
    }
    if (!this.pending.some((p) => p.filledPins === this.linkedPinCount)) return NONE_READY;
    const ready: NodeRunRecord[] = [];
    this.pending = this.pending.filter((p) => {
      if (p.filledPins !== this.linkedPinCount) return true;
      ready.push(p.record);
      return false;
    });
    return ready;
  }
}
