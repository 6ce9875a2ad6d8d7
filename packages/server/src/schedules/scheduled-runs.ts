import { hasEnded, systemClock } from '@blocksmith/engine';
import type { Schedule, Store } from '@blocksmith/store';
import type { RunService } from '../runs/run-service.ts';
import { Scheduler } from './scheduler.ts';

/** The inputs a schedule runs with: its own, or its preset's (a deleted preset leaves none). */
async function scheduleInputs(store: Store, schedule: Schedule): Promise<Record<string, unknown>> {
  if (schedule.presetId !== undefined) return (await store.presets.get(schedule.workspaceId, schedule.presetId))?.inputs ?? {};
  return schedule.inputs ?? {};
}

/** This process's scheduler, starting runs through the run service (here or queued for workers) as the schedule's owner. */
export function scheduledRuns(store: Store, runs: RunService): Scheduler {
  return new Scheduler({
    schedules: store.schedules,
    clock: systemClock,
    startRun: async (schedule, fireTime) =>
      (
        await runs.start({ workspaceId: schedule.workspaceId, userId: schedule.userId }, schedule.graphId, await scheduleInputs(store, schedule), {
          alias: schedule.alias,
          trigger: { kind: 'schedule', scheduleId: schedule.id, fireTime },
        })
      ).runId,
    isUnfinished: async (runId) => {
      const run = await store.runs.byId(runId);
      return run !== undefined && !hasEnded(run.status);
    },
    log: (message) => process.stderr.write(`blocksmith scheduler: ${message}\n`),
  });
}
