/** One engine started for the benchmark: where each workload is answered, and how to stop it. */
export interface EngineUnderTest {
  name: string;
  version: string;
  /** From starting its process(es) until it answered (its workflows already set up, when that takes a step of its own). */
  readyMs: number;
  /** Whether every run (execution) is written to a database. */
  persisted: boolean;
  /** The URL answering each workload with the run's result (after the run finished); W4 where the engine can do it. */
  urls: Record<LoadedWorkload, string> & { W4?: string };
  /** From an answer, what the run computed: the final x for W1 and W3, the number of results for W2 and W4. */
  summarize(workload: Workload, answer: unknown): number;
  /** The processes to measure memory of (their children are included). */
  pids(): number[];
  /** Where runs cross shared services (scale-out): what each run costs them. */
  costs?: RunCosts;
  stop(): Promise<void>;
}

/** The shared services' counters, read around a number of runs. */
export interface RunCosts {
  /** PostgreSQL transactions of the engine's database (a statement outside a transaction is one) and Redis commands (those of scripts included). */
  counters(): Promise<{ pgTransactions: number; redisCommands: number }>;
  /** The median time from a run's record being written to a worker starting it, over the last `runs` runs. */
  claimP50Ms(runs: number): Promise<number>;
}

/** The workloads measured under load, in rounds. */
export type LoadedWorkload = 'W1' | 'W2' | 'W3';
/** W4 fanout-250000: one run of a million node runs, measured alone. */
export type Workload = LoadedWorkload | 'W4';

export const W4_ITEMS = 250_000;

/** What every engine's answer must summarize to: 0 + 100, 1000 results, 0 + 5, 250 000 results. */
export const EXPECTED: Record<Workload, number> = { W1: 100, W2: 1000, W3: 5, W4: W4_ITEMS };

/** The request body each workload is sent. */
export const BODIES: Record<Workload, unknown> = { W1: { x: 0 }, W2: {}, W3: { x: 0 }, W4: {} };
