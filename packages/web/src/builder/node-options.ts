import type { BlockNodeData } from './graph-conversion.ts';

type NodeOptions = NonNullable<BlockNodeData['options']>;
export type PolicyField = 'timeoutMs' | 'attempts' | 'initialDelayMs' | 'maxDelayMs' | 'factor';

/**
 * The node's options with one field set (a number) or removed (undefined). A retry policy exists only
 * with its number of attempts, so removing the attempts removes the delays with them; no options at all
 * is `undefined`, and the node is saved without them.
 */
export function withPolicyField(options: BlockNodeData['options'], field: PolicyField, value: number | undefined): BlockNodeData['options'] {
  const { timeoutMs, retry } = options ?? {};
  let next: NodeOptions;
  if (field === 'timeoutMs') next = { ...(value !== undefined ? { timeoutMs: value } : {}), ...(retry ? { retry } : {}) };
  else if (field === 'attempts')
    next = { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(value !== undefined ? { retry: { ...retry, attempts: value } } : {}) };
  else {
    if (!retry) return options;
    const { [field]: _previous, ...rest } = retry;
    next = { ...(timeoutMs !== undefined ? { timeoutMs } : {}), retry: value !== undefined ? { ...rest, [field]: value } : rest };
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The policy in a few words for the node on the canvas: `3 attempts · 5000 ms timeout`. */
export function policySummary(options: BlockNodeData['options']): string | undefined {
  const parts = [
    ...(options?.retry && options.retry.attempts > 1 ? [`${options.retry.attempts} attempts`] : []),
    ...(options?.timeoutMs !== undefined ? [`${options.timeoutMs} ms timeout`] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
