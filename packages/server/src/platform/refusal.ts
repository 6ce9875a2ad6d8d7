import { CellRefused, DataTableNameTaken, GraphValidationError, NoSuchDataTable, RunInputError, UnknownNodeError } from '@blocksmith/engine';
import { isStorageFull } from '@blocksmith/store';

/**
 * Why a service said no, in the terms of the domain. Services throw these and
 * know nothing of HTTP; `http/errors.ts` maps each kind to a status code, and
 * the copilot and MCP tools hand the message to the model as it is.
 */
export type RefusalKind =
  /** What was asked for does not exist, or belongs to someone else. */
  | 'not_found'
  /** The request itself is wrong: asking again unchanged will fail again. */
  | 'invalid'
  /** The request is fine but the state it meets forbids it (already decided, still running, not set up). */
  | 'conflict'
  /** A service outside Blocksmith that the request needed refused it or failed. */
  | 'upstream'
  /** The server has no room to keep what the request would add (its disk nearly or entirely full). */
  | 'no_space';

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** A stable, machine-readable reason clients can branch on. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const notFound = (what: string): Refusal => new Refusal('not_found', 'not_found', `${what} was not found.`);

/** The error as a Refusal when it is one — the engine's refusals of a graph, of run inputs or of a node to re-run from included — or undefined for a fault. */
export function asRefusal(error: unknown): Refusal | undefined {
  if (error instanceof Refusal) return error;
  if (error instanceof GraphValidationError) return new Refusal('invalid', 'invalid_graph', error.message, error.issues);
  if (error instanceof RunInputError) return new Refusal('invalid', 'invalid_inputs', error.message, error.problems);
  if (error instanceof CellRefused) return new Refusal('invalid', 'invalid_row', error.message);
  if (error instanceof NoSuchDataTable) return new Refusal('not_found', 'not_found', error.message);
  if (error instanceof DataTableNameTaken) return new Refusal('conflict', 'name_taken', error.message);
  if (error instanceof UnknownNodeError) return new Refusal('invalid', 'unknown_node', error.message, { nodeId: error.nodeId });
  if (isStorageFull(error))
    return new Refusal(
      'no_space',
      'storage_full',
      "The database's disk is full, so this change was not saved; nothing saved before it was lost. Free some space on it (or delete old runs), then try again.",
    );
  return undefined;
}
