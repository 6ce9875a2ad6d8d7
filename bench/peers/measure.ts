import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface Load {
  connections: number;
  durationS: number;
}

export interface Measured {
  requests: number;
  per_s: number;
  latency_p50_ms: number;
  latency_p99_ms: number;
}

/** Bounded load on one URL: a fixed number of connections, each sending the next request when the last is answered. */
export async function measure(url: string, body: unknown, load: Load): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: load.connections,
    duration: load.durationS,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  }
  return {
    requests: result.requests.total,
    per_s: Number((result.requests.total / load.durationS).toFixed(1)),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Resident memory of processes and all their descendants, in MB: now (VmRSS) or the high-water mark since they started (VmHWM). */
export function rssMb(pids: number[], which: 'now' | 'peak' = 'now'): number {
  const field = new RegExp(`${which === 'now' ? 'VmRSS' : 'VmHWM'}:\\s+(\\d+) kB`);
  let kb = 0;
  for (const pid of processTree(pids)) {
    const match = field.exec(readOr(`/proc/${pid}/status`));
    if (match) kb += Number(match[1]);
  }
  return Math.round(kb / 1024);
}

/**
 * Pauses (SIGSTOP) or resumes (SIGCONT) processes and all their descendants:
 * an engine not being measured then takes no CPU from the one that is, on a
 * machine whose cores the engines and the load generator share.
 */
export function setPaused(pids: number[], paused: boolean): void {
  for (const pid of processTree(pids)) {
    try {
      process.kill(pid, paused ? 'SIGSTOP' : 'SIGCONT');
    } catch {
      // Gone already: nothing to pause.
    }
  }
}

function processTree(pids: number[]): Set<number> {
  const all = new Set<number>();
  const visit = (pid: number) => {
    if (all.has(pid)) return;
    all.add(pid);
    for (const child of childrenOf(pid)) visit(child);
  };
  pids.forEach(visit);
  return all;
}

function childrenOf(pid: number): number[] {
  const text = readOr(`/proc/${pid}/task/${pid}/children`);
  return text.trim() ? text.trim().split(/\s+/).map(Number) : [];
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
