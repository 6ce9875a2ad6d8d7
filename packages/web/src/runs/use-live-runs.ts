import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries.ts';
import type { RunList, RunQuery } from '../api/types.ts';

/**
 * A page of runs, kept current: the shell's live socket marks it stale whenever any run of the user changes
 * status — runs a schedule, a webhook or another tab started included — and after a reconnect. While another
 * filter's page loads, the previous one stays on screen.
 */
export function useLiveRuns(query: RunQuery): RunList | undefined {
  return useQuery({ ...queries.runs(query), placeholderData: keepPreviousData }).data;
}
