import { queryOptions, QueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RunQuery } from './types.ts';

/**
 * The app's one cache of server answers. Lists are read again when the live socket says they changed
 * (see use-live-updates), so a short stale time is enough to avoid double reads when pages mount.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, retry: 1 } },
});

/** An evaluation that runs is read again this often, so its progress shows (it sends no live events). */
export const EVALUATION_REFRESH_MS = 1000;

const NOTIFICATIONS_REFRESH_MS = 20_000;

/** Message triggers are read again this often while one connects or fails (its consumer reports without live events), else now and then. */
const MESSAGE_TRIGGERS_REFRESH_MS = { settling: 2_000, listening: 15_000 };

/** Reviews are also read now and then, in case an event was missed while the socket reconnected. */
const REVIEWS_REFRESH_MS = 15_000;

/**
 * What the web app reads, by key. The first part of each key is the family the live socket
 * invalidates: `runs` and `graphs` and `schedules` when a run changes status, `reviews` when a review does.
 */
export const queries = {
  auth: () => queryOptions({ queryKey: ['auth'], queryFn: api.authState, staleTime: Infinity }),
  graphs: (search = '') => queryOptions({ queryKey: ['graphs', search], queryFn: () => api.listGraphs(search) }),
  schedules: () => queryOptions({ queryKey: ['schedules'], queryFn: api.allSchedules }),
  runs: (query: RunQuery) => queryOptions({ queryKey: ['runs', query], queryFn: () => api.listRuns(query) }),
  workspaces: () => queryOptions({ queryKey: ['workspaces'], queryFn: api.workspaces }),
  datasets: () => queryOptions({ queryKey: ['datasets'], queryFn: api.datasets }),
  tables: () => queryOptions({ queryKey: ['tables'], queryFn: api.tables }),
  copilotMemories: () => queryOptions({ queryKey: ['copilot-memories'], queryFn: api.copilotMemories }),
  knowledgeBases: () => queryOptions({ queryKey: ['knowledge'], queryFn: api.knowledgeBases }),
  /** An agent's evaluations, read again while one of them runs. */
  evaluations: (graphId: string) =>
    queryOptions({
      queryKey: ['graphs', 'evaluations', graphId],
      queryFn: () => api.evaluations(graphId),
      refetchInterval: (query) => (query.state.data?.evaluations.some((e) => e.status === 'RUNNING') ? EVALUATION_REFRESH_MS : false),
    }),
  /** An agent's message triggers, with what each one's consumer last found. */
  messageTriggers: (graphId: string) =>
    queryOptions({
      queryKey: ['graphs', 'message-triggers', graphId],
      queryFn: () => api.messageTriggers(graphId),
      refetchInterval: (query) =>
        query.state.data?.triggers.some((t) => t.enabled && t.status !== 'listening')
          ? MESSAGE_TRIGGERS_REFRESH_MS.settling
          : MESSAGE_TRIGGERS_REFRESH_MS.listening,
    }),
  credentials: () => queryOptions({ queryKey: ['credentials'], queryFn: api.credentials }),
  presets: (graphId: string) => queryOptions({ queryKey: ['graphs', 'presets', graphId], queryFn: () => api.presets(graphId) }),
  /** Notifications come from a server's sweep, not the live socket: read again now and then. */
  notifications: () => queryOptions({ queryKey: ['notifications'], queryFn: () => api.notifications(), refetchInterval: NOTIFICATIONS_REFRESH_MS }),
  pendingReviews: () => queryOptions({ queryKey: ['reviews', 'pending'], queryFn: () => api.reviews('pending'), refetchInterval: REVIEWS_REFRESH_MS }),
};

/** The key families a change of a run's status makes stale. */
export const RUN_FAMILIES = ['runs', 'graphs', 'schedules'] as const;
