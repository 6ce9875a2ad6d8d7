import type { GraphRunRecord } from '../api/types.ts';

/** What started a run, in a few words for the run history. */
export function triggerLabel(trigger: GraphRunRecord['trigger']): string {
  switch (trigger?.kind) {
    case 'manual':
      return 'started in the app';
    case 'api':
      return 'started through the API';
    case 'webhook':
      return 'started by a webhook';
    case 'schedule':
      return `scheduled for ${new Date(trigger.fireTime).toLocaleString()}`;
    case 'rerun':
      return `re-run of ${trigger.runId.slice(0, 8)}`;
    default:
      return 'started before triggers were recorded';
  }
}
