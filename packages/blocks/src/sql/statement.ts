import type { OutboundPolicy } from '../outbound/index.ts';

/** One statement to run, as sql.query gives it to the database's driver. */
export interface Statement {
  url: URL;
  sql: string;
  params: unknown[];
  allowWrites: boolean;
  signal: AbortSignal;
  /** The address policy the driver's connection is opened under. */
  network: OutboundPolicy;
}

/** What a driver answers: the rows (as objects by column) and how many rows the statement touched. */
export interface StatementResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

/** A driver's failure, sorted so the block can say what to do: the read-only rule, the sign-in, or the database's own message. */
export class StatementError extends Error {
  constructor(
    readonly reason: 'read_only' | 'sign_in' | 'database',
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** SQLSTATE of a write refused by a read-only transaction, in PostgreSQL and MySQL alike. */
export const READ_ONLY_SQLSTATE = '25006';
