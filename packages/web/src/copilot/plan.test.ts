import { describe, expect, it } from 'vitest';
import type { ToolCallRecord, TranscriptItem } from '../api/types.ts';
import { currentPlan } from './plan.ts';

const record = (name: string, result: unknown): ToolCallRecord => ({ callId: `${name}-${Math.random()}`, name, args: {}, result, startedAt: 0, endedAt: 1 });
const plan = (...texts: string[]) => ({ plan: texts.map((text) => ({ text, status: 'pending' })), done: 0, of: texts.length });
const step = (...toolCalls: ToolCallRecord[]): TranscriptItem => ({ kind: 'step', text: '', toolCalls });

describe('the plan the chat pins', () => {
  it('is the last answered plan call, across steps and the turn streaming now', () => {
    const items: TranscriptItem[] = [
      { kind: 'user', text: 'Build it' },
      step(record('update_plan', plan('a', 'b'))),
      step(record('find_blocks', { blocks: [] }), record('update_plan', plan('a', 'b', 'c'))),
      step(record('update_plan', { error: 'Only one step can be in_progress at a time' })),
    ];
    expect(currentPlan(items)?.map((s) => s.text)).toEqual(['a', 'b', 'c']);
    // A call still running has no answer yet: the plan before it stays.
    expect(currentPlan(items, [{ callId: 'x', name: 'update_plan', args: {} }])?.length).toBe(3);
    const live = { callId: 'y', name: 'update_plan', args: {}, record: record('update_plan', plan('only')) };
    expect(currentPlan(items, [live])).toEqual([{ text: 'only', status: 'pending' }]);
  });

  it('is none until the copilot shows one', () => {
    expect(currentPlan([{ kind: 'user', text: 'hi' }, step(record('find_blocks', { blocks: [] }))])).toBeUndefined();
  });
});
