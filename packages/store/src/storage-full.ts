/**
 * Whether a write failed because the database's disk is full: SQLite's
 * SQLITE_FULL, PostgreSQL's disk_full (53100), or the file system's ENOSPC.
 * Nothing of that write was kept, and nothing written before it was lost.
 */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC';
}
