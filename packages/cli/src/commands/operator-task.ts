import { CliError } from '../args.ts';

/**
 * Runs an operator's task (export, import, backup, restore, reset-password):
 * what it refuses — a running server, a missing file, a wrong password —
 * becomes a refusal the CLI reports (JSON under --json), never a stack trace.
 */
export async function operatorTask<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('refused', (error as Error).message);
  }
}
