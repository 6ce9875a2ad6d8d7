import type { ShownSchedule } from '../api/types.ts';

/** A schedule whose latest fire started no run says so, with the reason, where its next times are shown. */
export function FailedFireNote({ lastFire }: Pick<ShownSchedule, 'lastFire'>) {
  if (lastFire?.outcome !== 'failed') return null;
  return (
    <span className="error small failed-fire" role="status">
      Last fire ({new Date(lastFire.fireTime).toLocaleString()}) started no run: {lastFire.error}
    </span>
  );
}
