import { BlockError, type AnyBlock, type BlockContext } from '@blocksmith/sdk';

export type AttemptOutcome = { ok: true } | { ok: false; error: unknown; yielded: boolean; cancelled: boolean };

/**
 * One attempt of a block: drives its generator, hands each output on, and
 * settles once — when the block returns or throws, when its timeout fires, or
 * when the run interrupts it. The engine stops waiting at that moment, so a
 * block that ignores its signal cannot hold the run.
 *
 * Node runs are many and short, so an attempt costs one promise: the run
 * interrupts its attempts directly instead of each listening on the run's
 * AbortSignal, and only an attempt with a timeout has an AbortController of
 * its own (the context hands the block that signal, or else the run's).
 */
export class BlockAttempt {
  readonly outcome: Promise<AttemptOutcome>;
  private settle!: (outcome: AttemptOutcome) => void;
  private settled = false;
  private yielded = false;
  private readonly controller: AbortController | undefined;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly generator: AsyncGenerator<readonly [string, unknown], void, undefined>;

  constructor(
    block: AnyBlock,
    input: Record<string, unknown>,
    context: BlockContext & { attemptSignal: AbortSignal | undefined },
    timeoutMs: number | undefined,
    private readonly onOutput: (name: string, value: unknown) => void,
  ) {
    this.outcome = new Promise((resolve) => (this.settle = resolve));
    // An async generator's body starts at the first `next()`, so the signal set below is in place by then.
    this.generator = block.run(input, context);
    if (timeoutMs !== undefined) {
      this.controller = new AbortController();
      this.timer = setTimeout(timeOut, timeoutMs, this, timeoutMs);
    }
    context.attemptSignal = this.controller?.signal;
    void this.drive();
  }

  /** Ends the attempt now, without waiting for the block: `cancelled` when the run was stopped. */
  interrupt(error: unknown, cancelled: boolean): void {
    this.end({ ok: false, error, yielded: this.yielded, cancelled });
  }

  private async drive(): Promise<void> {
    try {
      for (;;) {
        const step = await this.generator.next();
        if (this.settled) return;
        if (step.done) return this.end({ ok: true });
        this.yielded = true;
        this.onOutput(step.value[0], step.value[1]);
      }
    } catch (error) {
      this.end({ ok: false, error, yielded: this.yielded, cancelled: false });
    }
  }

  private end(outcome: AttemptOutcome): void {
    if (this.settled) return;
    this.settled = true;
    if (this.timer) clearTimeout(this.timer);
    if (!outcome.ok) {
      // The block may still be working (interrupted) or suspended at a yield (its output was refused): let it go.
      if (this.controller && !this.controller.signal.aborted) this.controller.abort(outcome.error);
      this.generator.return(undefined).catch(() => undefined);
    }
    this.settle(outcome);
  }
}

function timeOut(attempt: BlockAttempt, timeoutMs: number): void {
  attempt.interrupt(new BlockError('timeout', `Timed out after ${timeoutMs} ms: raise the node's timeout or make the work smaller.`), false);
}
