/** Whether a write failed on a unique constraint: SQLite's "UNIQUE constraint failed", PostgreSQL's 23505. */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string })?.code === '23505' || /UNIQUE constraint failed|duplicate key value/i.test(String((error as Error)?.message));
