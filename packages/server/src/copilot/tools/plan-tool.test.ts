import { describe, expect, it } from 'vitest';
import type { ToolContext } from './copilot-tool.ts';
import { callTool } from './tool-testing.ts';
import { updatePlan } from './plan-tool.ts';

const call = (args: unknown) => callTool(updatePlan, args, {} as ToolContext);

describe('update_plan', () => {
  it('answers the plan with how far it has come, steps pending unless said', async () => {
    expect(await call({ steps: [{ text: 'Find blocks', status: 'done' }, { text: 'Build the agent', status: 'in_progress' }, { text: 'Run it' }] })).toEqual({
      plan: [
        { text: 'Find blocks', status: 'done' },
        { text: 'Build the agent', status: 'in_progress' },
        { text: 'Run it', status: 'pending' },
      ],
      done: 1,
      of: 3,
    });
  });

  it('refuses two steps in progress, an empty plan and an unknown status, saying what to change', async () => {
    expect(
      await call({
        steps: [
          { text: 'A', status: 'in_progress' },
          { text: 'B', status: 'in_progress' },
        ],
      }),
    ).toEqual({
      error: 'Only one step can be in_progress at a time, and 2 are ("B"…): mark the others pending or done.',
    });
    expect(await call({ steps: [] })).toEqual({ error: expect.stringContaining('steps') });
    expect(await call({ steps: [{ text: 'A', status: 'started' }] })).toEqual({ error: expect.stringContaining('steps.0.status') });
  });
});
