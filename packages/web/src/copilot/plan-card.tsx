import { Circle, CircleCheck, CircleDot } from 'lucide-react';
import type { PlanStatus, PlanStep } from './plan.ts';

const MARK: Record<PlanStatus, { icon: typeof Circle; words: string }> = {
  pending: { icon: Circle, words: 'to do' },
  in_progress: { icon: CircleDot, words: 'in progress' },
  done: { icon: CircleCheck, words: 'done' },
};

/** The copilot's plan for a long task, pinned above the chat: each step with whether it is to do, under way or done. */
export function PlanCard({ steps }: { steps: PlanStep[] }) {
  const done = steps.filter((step) => step.status === 'done').length;
  return (
    <section className="chat-plan" aria-label="Plan" data-testid="copilot-plan">
      <h3 className="small">
        Plan{' '}
        <span className="muted">
          · {done} of {steps.length} done
        </span>
      </h3>
      <ol>
        {steps.map((step, index) => {
          const { icon: Icon, words } = MARK[step.status];
          return (
            <li key={index} data-status={step.status}>
              <Icon size={14} aria-hidden="true" />
              <span>{step.text}</span>
              <span className="visually-hidden"> ({words})</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
