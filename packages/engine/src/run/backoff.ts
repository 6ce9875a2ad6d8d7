import type { RetryPolicy } from '@blocksmith/sdk';

export const DEFAULT_RETRY: Required<Omit<RetryPolicy, 'attempts'>> = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  factor: 2,
};

/**
 * Delay before the next attempt after `failedAttempts` failures: exponential,
 * capped, with "equal jitter" (half fixed, half random) so retries spread out.
 */
export function backoffDelay(policy: RetryPolicy, failedAttempts: number, random: () => number): number {
  const initial = policy.initialDelayMs ?? DEFAULT_RETRY.initialDelayMs;
  const factor = policy.factor ?? DEFAULT_RETRY.factor;
  const max = policy.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const base = Math.min(max, initial * factor ** (failedAttempts - 1));
  return base / 2 + random() * (base / 2);
}
