/**
 * An error a block throws on purpose, with a kind that downstream `error`
 * handlers can route on (e.g. `invalid_input`, `timeout`, `http`).
 */
export class BlockError extends Error {
  readonly kind: string;
  /** False when trying again cannot help (bad credentials, refused address): the engine then does not retry. */
  readonly retriable: boolean;

  constructor(kind: string, message: string, options: { retriable?: boolean } = {}) {
    super(message);
    this.name = 'BlockError';
    this.kind = kind;
    this.retriable = options.retriable ?? true;
  }
}

/** The value a failed node run emits on its implicit `error` output. */
export interface BlockErrorValue {
  message: string;
  kind: string;
}

/** Turns anything thrown into the `{ message, kind }` emitted on `error`. */
export function toErrorValue(thrown: unknown): BlockErrorValue {
  if (thrown instanceof BlockError) return { message: thrown.message, kind: thrown.kind };
  if (thrown instanceof Error) {
    const kind = thrown.name === 'Error' ? 'error' : thrown.name.replace(/Error$/, '').toLowerCase() || 'error';
    return { message: thrown.message, kind };
  }
  return { message: String(thrown), kind: 'error' };
}
