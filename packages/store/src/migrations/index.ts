import type { Migration } from 'kysely';
import { initial } from './0001-initial.ts';

/** Every migration, by name in apply order; names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};
