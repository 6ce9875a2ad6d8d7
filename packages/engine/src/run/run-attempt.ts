import { BlockError, type AnyBlock, type BlockContext } from '@blocksmith/sdk';

export type AttemptOutcome = { ok: true } | { ok: false; error: unknown; yielded: boolean; cancelled: boolean };

/**
 * Runs one attempt of a block. The block sees an AbortSignal that fires on
 * cancel or timeout; the engine also stops waiting at that moment, so a block
 * that ignores its signal cannot hold the run. Without a timeout the block
 * gets the run's own signal: most node runs are short, and an AbortController
 * for each was a measurable part of the engine's cost.
 */
export async function runAttempt(
  block: AnyBlock,
  input: Record<string, unknown>,
  context: BlockContext,
  runSignal: AbortSignal,
  timeoutMs: number | undefined,
  onOutput: (name: string, value: unknown) => void,
): Promise<AttemptOutcome> {
  if (runSignal.aborted) return { ok: false, error: runSignal.reason, yielded: false, cancelled: true };
  const controller = timeoutMs === undefined ? undefined : new AbortController();
  let rejectOnAbort!: (reason: unknown) => void;
  const interrupted = new Promise<never>((_, reject) => (rejectOnAbort = reject));
  interrupted.catch(() => undefined);
  const abort = (reason: unknown): void => {
    controller?.abort(reason);
    rejectOnAbort(reason);
  };
  const onRunAbort = (): void => abort(runSignal.reason);
  runSignal.addEventListener('abort', onRunAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => abort(new BlockError('timeout', `Timed out after ${timeoutMs} ms: raise the node's timeout or make the work smaller.`)), timeoutMs);

  let yielded = false;
  let finished = false;
  context.signal = controller?.signal ?? runSignal;
  const generator = block.run(input, context);
  try {
    for (;;) {
      const step = await Promise.race([generator.next(), interrupted]);
      if (step.done) break;
      yielded = true;
      onOutput(step.value[0], step.value[1]);
    }
    finished = true;
    return { ok: true };
  } catch (error) {
    const cancelled = runSignal.aborted;
    const timedOut = controller?.signal.aborted === true && !cancelled;
    return { ok: false, error: timedOut ? controller.signal.reason : error, yielded, cancelled };
  } finally {
    if (timer) clearTimeout(timer);
    runSignal.removeEventListener('abort', onRunAbort);
    if (!finished) {
      if (controller && !controller.signal.aborted) controller.abort(new Error('The node run ended.'));
      generator.return(undefined).catch(() => undefined);
    }
  }
}
