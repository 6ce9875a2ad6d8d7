import { statfs } from 'node:fs/promises';
import { Refusal } from './refusal.ts';

/**
 * How long one look at the free space answers for while it found plenty
 * (ROOMY_BYTES more than the minimum): under load, requests share it instead
 * of asking the file system each. Closer to the minimum, every request looks.
 */
const LOOK_MS = 1000;
const ROOMY_BYTES = 1024 * 1024 * 1024;

/**
 * Refuses new work while the data folder's disk is nearly full, so that
 * what was already accepted keeps the space it needs: runs going on write
 * their records, SQLite checkpoints its log. New runs (every way one starts
 * goes through RunService.start) and uploads (FilesRepository.upload) ask
 * first; below `minFreeBytes` they are refused with 507, naming the folder
 * and the setting. A PostgreSQL deployment's data is on the database
 * server's disk, which this cannot see: there a full disk shows as the
 * database's own refusal (asRefusal).
 */
export class DiskSpace {
  private looked: { at: number; free: number } | undefined;

  constructor(
    private readonly dir: string,
    private readonly minFreeBytes: number,
    private readonly now: () => number = Date.now,
    private readonly freeBytes: (dir: string) => Promise<number> = async (dir) => {
      const stats = await statfs(dir);
      return stats.bavail * stats.bsize;
    },
  ) {}

  /** Throws a refusal when there is too little space left for `what`. */
  async admit(what: 'a new run' | 'an upload'): Promise<void> {
    const now = this.now();
    let looked = this.looked;
    if (!looked || now - looked.at >= LOOK_MS || looked.free < this.minFreeBytes + ROOMY_BYTES)
      looked = this.looked = { at: now, free: await this.freeBytes(this.dir) };
    if (looked.free >= this.minFreeBytes) return;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    throw new Refusal(
      'no_space',
      'storage_full',
      `The server's disk is nearly full (${mb(looked.free)} free in ${this.dir}, it keeps ${mb(this.minFreeBytes)} for work already accepted), so ${what} is refused. ` +
        'Runs already accepted go on and keep their records. Free some space (or delete old runs), or lower BLOCKSMITH_MIN_FREE_DISK_MB.',
    );
  }
}
