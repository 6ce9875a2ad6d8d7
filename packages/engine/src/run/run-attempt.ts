import { BlockError, type AnyBlock, type BlockContext } from '@blocksmith/sdk';

export type AttemptOutcome = { ok: true } | { ok: false; error: unknown; yielded: boolean; cancelled: boolean };

/**
 * Runs one attempt of a block. The block sees an AbortSignal that fires on
 * cancel or timeout; the engine also stops waiting at that moment, so a block
 * that ignores its signal cannot hold the run.
 */
export async function runAttempt(
  block: AnyBlock,
  input: Record<string, unknown>,
  context: BlockContext,
  runSignal: AbortSignal,
  timeoutMs: number | undefined,
  onOutput: (name: string, value: unknown) => void,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let rejectOnAbort!: (reason: unknown) => void;
  const aborted = new Promise<never>((_, reject) => (rejectOnAbort = reject));
  aborted.catch(() => undefined);
  const abort = (reason: unknown): void => {
    controller.abort(reason);
    rejectOnAbort(reason);
  };
  const onRunAbort = (): void => abort(runSignal.reason);
  if (runSignal.aborted) return { ok: false, error: runSignal.reason, yielded: false, cancelled: true };
  runSignal.addEventListener('abort', onRunAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => abort(new BlockError('timeout', `Timed out after ${timeoutMs} ms: raise the node's timeout or make the work smaller.`)), timeoutMs);

  let yielded = false;
  let finished = false;
  context.signal = controller.signal;
  const generator = block.run(input, context);
  try {
    for (;;) {
      const step = await Promise.race([generator.next(), aborted]);
      if (step.done) break;
      yielded = true;
      onOutput(step.value[0], step.value[1]);
    }
    finished = true;
    return { ok: true };
  } catch (error) {
    const cancelled = runSignal.aborted;
    return { ok: false, error: controller.signal.aborted && !cancelled ? controller.signal.reason : error, yielded, cancelled };
  } finally {
    if (timer) clearTimeout(timer);
    runSignal.removeEventListener('abort', onRunAbort);
    if (!finished) {
      if (!controller.signal.aborted) controller.abort(new Error('The node run ended.'));
      generator.return(undefined).catch(() => undefined);
    }
  }
}
