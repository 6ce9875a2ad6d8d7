import type { Clock } from '../ports/clock.ts';

/** Time only moves when the test says so; sleepers wake when their time has come. */
export class ManualClock implements Clock {
  private sleepers: { until: number; wake(): void }[] = [];

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const sleeper = { until: this.time + ms, wake: resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }

  set(time: number): void {
    this.time = time;
    const due = this.sleepers.filter((s) => s.until <= time);
    this.sleepers = this.sleepers.filter((s) => s.until > time);
    for (const sleeper of due) sleeper.wake();
  }

  get sleeping(): number {
    return this.sleepers.length;
  }
}
