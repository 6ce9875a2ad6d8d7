/** A dependency that does not answer within this is reported down rather than left hanging. */
const CHECK_TIMEOUT_MS = 2000;

function withinMs<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What readiness asks of the services a process needs (an API server's `/readyz`, a worker's probe): the
 * first that does not answer within 2 s, as "<name> does not answer: <why>"; undefined when all do.
 */
export async function firstUnready(checks: Record<string, () => Promise<unknown>>): Promise<string | undefined> {
  for (const [name, check] of Object.entries(checks)) {
    try {
      await withinMs(CHECK_TIMEOUT_MS, check());
    } catch (error) {
      return `${name} does not answer: ${(error as Error).message}`;
    }
  }
  return undefined;
}
