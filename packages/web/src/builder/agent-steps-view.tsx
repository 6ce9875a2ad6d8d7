import { OutputView } from '../renderers/output-view.tsx';
import { agentSteps } from './agent-steps.ts';

/** An agent node run's steps: at each, what the model said and the tools it called, with what they gave back. */
export function AgentStepsView({ nodeId, conversation }: { nodeId: string; conversation: unknown }) {
  const steps = agentSteps(conversation);
  if (!steps.some((step) => step.calls.length > 0)) return null;
  return (
    <div className="agent-steps" data-testid={`agent-steps-${nodeId}`}>
      <h4>Steps</h4>
      <ol>
        {steps.map((step) => (
          <li key={step.step}>
            <strong>Step {step.step}</strong>
            {step.text && <span className="muted"> — {step.text}</span>}
            {step.calls.map((call) => (
              <details key={call.id}>
                <summary>
                  called <code>{call.tool}</code>
                  {call.output === undefined ? ' (no result)' : ''}
                </summary>
                <OutputView name={`${nodeId}-step-${step.step}-${call.id}-input`} value={call.input ?? {}} />
                {call.output !== undefined && <OutputView name={`${nodeId}-step-${step.step}-${call.id}-output`} value={call.output} />}
              </details>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
