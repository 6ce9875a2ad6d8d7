import { describe, expect, it } from 'vitest';
import { triggerLabel } from './trigger-label.ts';

describe('trigger labels', () => {
  it('say what started a run', () => {
    expect(triggerLabel({ kind: 'manual' })).toBe('started in the app');
    expect(triggerLabel({ kind: 'api' })).toBe('started through the API');
    expect(triggerLabel({ kind: 'webhook', webhookId: 'w' })).toBe('started by a webhook');
    expect(triggerLabel({ kind: 'rerun', runId: '0123456789abcdef' })).toBe('re-run of 89abcdef');
    expect(triggerLabel({ kind: 'rerun', runId: '0123456789abcdef', fromNode: 'shout' })).toBe('re-run of 89abcdef from shout');
    expect(triggerLabel({ kind: 'node', nodeId: 'ask', version: 2, inputs: {} })).toBe('node ask alone');
    expect(triggerLabel({ kind: 'manual', pins: true })).toBe('started in the app, with pins');
    expect(triggerLabel({ kind: 'schedule', scheduleId: 's', fireTime: 0 })).toMatch(/^scheduled for /);
    expect(triggerLabel(undefined)).toBe('started before triggers were recorded');
  });
});
