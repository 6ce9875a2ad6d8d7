import { BlockError, type BlockSteps } from '@blocksmith/sdk';
import type { OutputGate } from './output-gate.ts';

export type AttemptOutcome = { ok: true } | { ok: false; error: unknown; yielded: boolean; cancelled: boolean };

/**
 * One attempt of a block (or the replay of a recorded one, replay-steps.ts): drives its generator, hands each output on, and
 * ends once — when the block returns or throws, when its timeout fires, or
 * when the run interrupts it. The engine stops waiting at that moment, so a
 * block that ignores its signal cannot hold the run.
 *
 * Node runs are many and short, so an attempt costs little: the run
 * interrupts its attempts directly instead of each listening on the run's
 * AbortSignal, and only an attempt with a timeout has an AbortController of
 * its own (the context hands the block that signal, or else the run's). A
 * block whose `run` is a plain generator (it never awaits) is driven without
 * any promise: its attempt has ended when the constructor returns, unless
 * the run's output gate held it at a yield (output-gate.ts).
 */
export class BlockAttempt {
  /** How the attempt ended; already set after construction when the block never awaited. */
  result: AttemptOutcome | undefined;
  private settle: ((outcome: AttemptOutcome) => void) | undefined;
  private yielded = false;
  private readonly controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When the timeout fires (performance.now()); moved on by the time the gate held the block. */
  private deadline = 0;
  private readonly generator: BlockSteps;

  /** `steps`: what `block.run` returned; its body starts at the first `next()`, so the context's signal set here is in place by then. */
  constructor(
    steps: BlockSteps,
    context: { attemptSignal: AbortSignal | undefined } | undefined,
    private readonly timeoutMs: number | undefined,
    private readonly onOutput: (name: string, value: unknown) => void,
    private readonly gate: OutputGate,
  ) {
    this.generator = steps;
    if (timeoutMs !== undefined) {
      this.controller = new AbortController();
      this.startTimer(timeoutMs);
    }
    if (context) context.attemptSignal = this.controller?.signal;
    if (Symbol.asyncIterator in this.generator) void this.driveAsync(this.generator);
    else this.driveSync(this.generator);
  }

  /** Resolves with the result when the attempt ends. */
  ended(): Promise<AttemptOutcome> {
    return this.result ? Promise.resolve(this.result) : new Promise((resolve) => (this.settle = resolve));
  }

  /** Ends the attempt now, without waiting for the block: `cancelled` when the run was stopped. */
  interrupt(error: unknown, cancelled: boolean): void {
    this.end({ ok: false, error, yielded: this.yielded, cancelled });
  }

  private driveSync(generator: Generator<readonly [string, unknown], void, undefined>): void {
    try {
      for (let step = generator.next(); !this.result; step = generator.next()) {
        if (step.done) return this.end({ ok: true });
        this.yielded = true;
        this.onOutput(step.value[0], step.value[1]);
        if (this.gate.full()) return void this.driveSyncLater(generator);
      }
    } catch (error) {
      this.end({ ok: false, error, yielded: this.yielded, cancelled: false });
    }
  }

  /** Goes on with a plain generator once the gate lets it: the attempt has become one that waits. */
  private async driveSyncLater(generator: Generator<readonly [string, unknown], void, undefined>): Promise<void> {
    await this.held();
    if (!this.result) this.driveSync(generator);
  }

  /** Waits while the gate holds the block; that time is the run's, not the block's, so its timeout stops meanwhile. */
  private async held(): Promise<void> {
    const remaining = this.timer === undefined ? undefined : this.deadline - performance.now();
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.gate.hold();
    if (remaining !== undefined && !this.result) this.startTimer(Math.max(0, remaining));
  }

  private startTimer(ms: number): void {
    this.deadline = performance.now() + ms;
    this.timer = setTimeout(timeOut, ms, this, this.timeoutMs ?? ms);
  }

  private async driveAsync(generator: AsyncGenerator<readonly [string, unknown], void, undefined>): Promise<void> {
    try {
      for (;;) {
        const step = await generator.next();
        if (this.result) return;
        if (step.done) return this.end({ ok: true });
        this.yielded = true;
        this.onOutput(step.value[0], step.value[1]);
        if (this.gate.full()) await this.held();
      }
    } catch (error) {
      this.end({ ok: false, error, yielded: this.yielded, cancelled: false });
    }
  }

  private end(outcome: AttemptOutcome): void {
    if (this.result) return;
    this.result = outcome;
    if (this.timer) clearTimeout(this.timer);
    if (!outcome.ok) {
      // The block may still be working (interrupted) or suspended at a yield (its output was refused): let it go.
      if (this.controller && !this.controller.signal.aborted) this.controller.abort(outcome.error);
      this.close();
    }
    this.settle?.(outcome);
  }

  /** Runs the block's `finally` blocks; what they throw is dropped, the attempt has already failed. */
  private close(): void {
    try {
      const closing = this.generator.return(undefined);
      if (closing instanceof Promise) closing.catch(() => undefined);
    } catch {
      // A plain generator that is still running (it stopped its own run) cannot be closed from inside: it ends as it returns.
    }
  }
}

function timeOut(attempt: BlockAttempt, timeoutMs: number): void {
  attempt.interrupt(new BlockError('timeout', `Timed out after ${timeoutMs} ms: raise the node's timeout or make the work smaller.`), false);
}
