/** One engine started for the benchmark: where each workload is answered, and how to stop it. */
export interface EngineUnderTest {
  name: string;
  version: string;
  /** Whether every run (execution) is written to a database. */
  persisted: boolean;
  /** The URL answering each workload with the run's result (after the run finished). */
  urls: Record<'W1' | 'W2' | 'W3', string>;
  /** From an answer, what the run computed: the final x for W1 and W3, the number of results for W2. */
  summarize(workload: Workload, answer: unknown): number;
  /** The processes to measure memory of (their children are included). */
  pids(): number[];
  stop(): Promise<void>;
}

export type Workload = keyof EngineUnderTest['urls'];

/** What every engine's answer must summarize to: 0 + 100, 1000 results, 0 + 5. */
export const EXPECTED: Record<Workload, number> = { W1: 100, W2: 1000, W3: 5 };

/** The request body each workload is sent. */
export const BODIES: Record<Workload, unknown> = { W1: { x: 0 }, W2: {}, W3: { x: 0 } };
