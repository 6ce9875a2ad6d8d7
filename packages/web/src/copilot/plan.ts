import type { TranscriptItem } from '../api/types.ts';
import type { ShownToolCall } from './tool-card.tsx';

/** The copilot's tool that shows its plan; its successful answer is `{ plan, done, of }`. */
export const PLAN_TOOL = 'update_plan';

export type PlanStatus = 'pending' | 'in_progress' | 'done';
export interface PlanStep {
  text: string;
  status: PlanStatus;
}

/** The steps a plan call answered, or undefined for another tool, a call still running, or a refused one. */
export function planOf(call: Pick<ShownToolCall, 'name' | 'record'>): PlanStep[] | undefined {
  if (call.name !== PLAN_TOOL) return undefined;
  const plan = (call.record?.result as { plan?: unknown } | null | undefined)?.plan;
  return Array.isArray(plan) ? (plan as PlanStep[]) : undefined;
}

/** The plan as the copilot last showed it: its last answered plan call, in the turn streaming now or in what was said before. */
export function currentPlan(items: TranscriptItem[], liveCalls: ShownToolCall[] = []): PlanStep[] | undefined {
  for (let i = liveCalls.length - 1; i >= 0; i--) {
    const plan = planOf(liveCalls[i]!);
    if (plan) return plan;
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind !== 'step') continue;
    for (let j = item.toolCalls.length - 1; j >= 0; j--) {
      const call = item.toolCalls[j]!;
      const plan = planOf({ name: call.name, record: call });
      if (plan) return plan;
    }
  }
  return undefined;
}
