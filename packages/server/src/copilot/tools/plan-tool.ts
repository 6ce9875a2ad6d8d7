import { z } from 'zod';
import { defineTool, ToolError } from './copilot-tool.ts';

/** A step's state; the chat draws each one with its own mark. */
export const planStepStatus = z.enum(['pending', 'in_progress', 'done']);

const planStep = z.object({
  text: z.string().trim().min(1).max(300).describe('What this step does, in a few words the person understands.'),
  status: planStepStatus.default('pending'),
});

/**
 * The plan of a long task as a to-do list the person sees above the chat. The list lives in the
 * transcript (the last successful call is the plan), so it survives reloads and needs no table.
 */
export const updatePlan = defineTool({
  name: 'update_plan',
  description:
    'Show the person your plan for a task of several steps as a to-do list pinned above the chat. Call it before you start, with every step, ' +
    'and again with the whole list each time a step starts (in_progress, one at a time) or is done.',
  input: z.object({ steps: z.array(planStep).min(1).max(20) }),
  async run({ steps }) {
    const working = steps.filter((step) => step.status === 'in_progress');
    if (working.length > 1) {
      throw new ToolError(`Only one step can be in_progress at a time, and ${working.length} are ("${working[1]!.text}"…): mark the others pending or done.`);
    }
    return { plan: steps, done: steps.filter((step) => step.status === 'done').length, of: steps.length };
  },
});
