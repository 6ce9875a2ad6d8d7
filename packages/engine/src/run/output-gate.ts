/** Node runs queued at which a block putting out values is held until the queue drains. */
export const QUEUE_HIGH = 1024;
/** Node runs queued below which held blocks go on. */
export const QUEUE_LOW = 256;

/**
 * Backpressure between a block that puts out many values (a fan-out over
 * 250 000 items) and the node runs they make. Without it such a block runs to
 * its end at once, every node run it makes is queued before the first one
 * starts, and a block that never awaits keeps the event loop for the whole
 * run: the store's flush never gets a turn, so every record stays in memory,
 * and the server answers nobody meanwhile.
 *
 * A block is held at its yield while `QUEUE_HIGH` node runs are queued; a held
 * block holds no concurrency slot (else held producers could fill every slot
 * and nothing would drain the queue). Once the queue is down to `QUEUE_LOW`,
 * held blocks go on in the next turn of the event loop, after timers and I/O:
 * memory stays bounded by the queue, whatever the fan-out. Time held is not
 * the block's: its timeout stops meanwhile (run-attempt.ts).
 */
export class OutputGate {
  private waiting: (() => void)[] = [];
  private releasing = false;

  constructor(private readonly queued: () => number) {}

  /** Blocks held now. */
  get held(): number {
    return this.waiting.length;
  }

  /** Whether a block that just put out a value must wait before its next one. */
  full(): boolean {
    return this.queued() >= QUEUE_HIGH;
  }

  /** Resolves when the held block may go on. */
  hold(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Called after the queue moved: lets held blocks go on in the next turn once it has drained enough. */
  drained(): void {
    if (this.waiting.length === 0 || this.releasing || this.queued() > QUEUE_LOW) return;
    this.releasing = true;
    setImmediate(this.releaseAll);
  }

  /** Lets every held block go on now (the run was stopped: they end at their next step). */
  readonly releaseAll = (): void => {
    this.releasing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  };
}
