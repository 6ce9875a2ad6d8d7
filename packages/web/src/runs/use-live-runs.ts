import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
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

/**
 * The newest runs matching `query`, a page at a time: `more` reads the next older page while there is one.
 * Kept current like useLiveRuns (every page read is read again); a run that moved between pages meanwhile shows once.
 */
export function useLiveRunPages(query: Omit<RunQuery, 'limit' | 'offset'>, pageSize: number): { list: RunList | undefined; more: (() => void) | undefined } {
  const pages = useInfiniteQuery({
    queryKey: ['runs', 'pages', pageSize, query],
    queryFn: ({ pageParam }) => api.listRuns({ ...query, limit: pageSize, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const read = all.reduce((count, page) => count + page.runs.length, 0);
      return read < last.total ? read : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const read = pages.data?.pages;
  const seen = new Set<string>();
  const list = read && { ...read[0]!, runs: read.flatMap((page) => page.runs).filter((run) => !seen.has(run.id) && !!seen.add(run.id)) };
  return { list, more: pages.hasNextPage ? () => void pages.fetchNextPage() : undefined };
}
