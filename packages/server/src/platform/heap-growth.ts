import { setFlagsFromString } from 'node:v8';

/**
 * Bounds how far the JavaScript heap grows past what the last full
 * collection kept. Left to itself, V8 lets a busy process's heap grow to
 * several times its live objects before collecting, and the memory stays
 * resident: a worker's peak under the fan-out workload was 220 MB with about
 * 45 MB live. At 60 % its peak was 150 MB for the same throughput
 * (docs/performance.md). Long-running processes (start, server, worker) set
 * it before they load the platform; the flag is read at each collection, so
 * setting it at run time takes effect.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
