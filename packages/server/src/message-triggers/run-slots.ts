/**
 * How many of a trigger's runs may be going at once. A message waits for a slot before its run
 * starts, and stays unacknowledged meanwhile, so a broker holding a million messages starts runs
 * as fast as they end rather than all at once: the rest wait at the broker.
 */
export class RunSlots {
  private going = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves with the slot's release once one is free; rejects when `signal` aborts first. */
  async take(signal: AbortSignal): Promise<() => void> {
    if (this.going >= this.size) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal.removeEventListener('abort', abort);
          resolve();
        };
        const abort = () => {
          this.waiting.splice(this.waiting.indexOf(wake), 1);
          reject(new Error('stopped'));
        };
        if (signal.aborted) return reject(new Error('stopped'));
        this.waiting.push(wake);
        signal.addEventListener('abort', abort, { once: true });
      });
    } else {
      this.going++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `going` stays as it is.
      if (next) next();
      else this.going--;
    };
  }

  get inUse(): number {
    return this.going;
  }
}
