import type { ReviewDecision } from './context.ts';

/**
 * A declared example: inputs and what the block must yield for them.
 * Every example runs as a test, and the editor shows them as documentation.
 */
export interface BlockExample {
  name: string;
  input: Record<string, unknown>;
  /** Every value yielded per output name, in order. */
  output?: Record<string, unknown[]>;
  /** Outputs whose values vary between runs (ids, times): only checked to be yielded once. */
  unchecked?: string[];
  /** Substring the thrown error's message must contain. */
  error?: string;
  /** Fixed surroundings the example needs. */
  context?: {
    /** ISO timestamp the block's clock reads. */
    now?: string;
    /** Saved graphs by id (graph file format) available to `runGraph`. */
    graphs?: Record<string, unknown>;
    /** Text files by id available to `ctx.files.read`. */
    files?: Record<string, { name: string; contentType: string; text: string }>;
    /** Data tables of the example's workspace by name: their columns and rows. */
    tables?: Record<string, { columns: { name: string; type: 'text' | 'number' | 'boolean' | 'date' | 'json' }[]; rows?: Record<string, unknown>[] }>;
    /** The person's decision on every review the block asks for. */
    review?: ReviewDecision;
  };
}
