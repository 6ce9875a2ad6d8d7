import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'blocksmith.lock';

/** Who holds a data folder: written into the lock file, read by a process that finds it taken. */
interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes the embedded server's data folder for this process. Two servers on one folder would
 * each resume the other's runs in flight (a node's side effect — a message sent — happening
 * twice), so a second start is refused, naming the process that holds it. A lock left by a
 * process that no longer runs (kill -9, a crash) is taken over.
 */
export function lockDataFolder(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw refusal(dataDir, path, readHolder(path));
      const holder = readHolder(path);
      if (holder && isAlive(holder)) throw refusal(dataDir, path, holder);
      // Left behind by a process that is gone: take it over (a racing start fails the exclusive create above).
      rmSync(path, { force: true });
    }
  }
  return {
    release() {
      const holder = readHolder(path);
      if (holder?.pid === me.pid && holder.host === me.host) rmSync(path, { force: true });
    },
  };
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string'
      ? { pid: holder.pid, host: holder.host, startedAt: String(holder.startedAt) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A holder on another host cannot be checked from here, so it counts as running. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function refusal(dataDir: string, path: string, holder: Holder | undefined): Error {
  const who = holder ? `process ${holder.pid} on ${holder.host} (started ${holder.startedAt})` : 'another process';
  return new Error(
    `The data folder ${dataDir} is in use by ${who}: one embedded server per folder. Stop that process, or set BLOCKSMITH_DATA_DIR to another folder. If no such process runs, delete ${path}.`,
  );
}
