import type { Clock } from '@blocksmith/engine';

export interface Periodic {
  /** Ends the rounds; resolves once the round under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Calls `work` every `everyMs` on `clock` (the first round at once, or after one interval), one round at a
 * time: a round that fails goes to `onError`, and the next one comes all the same.
 */
export function periodic(
  clock: Clock,
  everyMs: number,
  work: () => Promise<unknown>,
  onError: (error: unknown) => void,
  first: 'now' | 'after one interval' = 'now',
): Periodic {
  const stopping = new AbortController();
  const loop = (async () => {
    for (let round = first === 'now'; !stopping.signal.aborted; round = true) {
      if (round) await work().catch(onError);
      try {
        await clock.sleep(everyMs, stopping.signal);
      } catch {
        return;
      }
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
