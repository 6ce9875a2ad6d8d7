import type { GraphRunStatus } from '../api/types.ts';
import type { BadgeTone } from './components/badge.tsx';

const TONES: Record<GraphRunStatus, BadgeTone> = { COMPLETED: 'ok', FAILED: 'fail', TERMINATED: 'fail', RUNNING: 'run', QUEUED: 'run', REVIEW: 'wait' };

/** The colour a run's status is shown in, the same on every page. */
export const statusTone = (status: GraphRunStatus): BadgeTone => TONES[status];
