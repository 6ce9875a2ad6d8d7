import type { ArtifactRef, TranscriptItem } from '../api/types.ts';
import { Markdown } from '../renderers/document-renderers.tsx';
import { PlanCard } from './plan-card.tsx';
import { currentPlan, planOf } from './plan.ts';
import { QuestionCard } from './question-card.tsx';
import { ToolCard, type ShownToolCall } from './tool-card.tsx';
import type { LiveStep } from './use-copilot-session.ts';
import { linkWorkspaceRefs, workspaceLinkTarget } from './workspace-links.ts';

/** The assistant's words as markdown whose workspace:// links open in the artifact panel. */
function AssistantText({ text, artifacts, onOpenArtifact }: { text: string; artifacts: ArtifactRef[]; onOpenArtifact(id: string): void }) {
  if (!text) return null;
  return (
    <div
      className="chat-assistant"
      onClick={(event) => {
        const id = workspaceLinkTarget((event.target as HTMLElement).closest('a')?.getAttribute('href') ?? null);
        if (id === undefined) return;
        event.preventDefault();
        onOpenArtifact(id);
      }}
    >
      <Markdown text={linkWorkspaceRefs(text, artifacts)} />
    </div>
  );
}

/** A tool call as the chat shows it: a question to answer, or a card. */
function Call({ call, onOpenArtifact, onAnswer }: { call: ShownToolCall; onOpenArtifact(id: string): void; onAnswer: ((answer: string) => void) | undefined }) {
  if (call.name === 'ask_user') return <QuestionCard args={call.args} {...(onAnswer ? { onAnswer } : {})} />;
  // The plan itself is pinned above the chat; where it changed, a line says how far it has come.
  const plan = planOf(call);
  if (plan)
    return (
      <p className="muted small plan-note">
        Plan updated · {plan.filter((step) => step.status === 'done').length} of {plan.length} done
      </p>
    );
  return <ToolCard call={call} onOpenArtifact={onOpenArtifact} />;
}

/** What was said in a session, with the turn streaming now at its end; the last question can be answered with a click. */
export function ChatTranscript({
  items,
  live,
  artifacts,
  onOpenArtifact,
  onAnswer,
}: {
  items: TranscriptItem[];
  live: LiveStep | undefined;
  artifacts: ArtifactRef[];
  onOpenArtifact(id: string): void;
  onAnswer(answer: string): void;
}) {
  const plan = currentPlan(items, live?.calls);
  return (
    <div className="chat-transcript" aria-live="polite">
      {plan && <PlanCard steps={plan} />}
      {items.map((item, index) =>
        item.kind === 'user' ? (
          <p key={index} className="chat-user">
            {item.text}
            {item.fileIds?.length ? <span className="muted small"> · {item.fileIds.length} attached</span> : null}
          </p>
        ) : item.kind === 'error' ? (
          <p key={index} className="error">
            {item.message}
          </p>
        ) : (
          <div key={index} className="chat-step">
            <AssistantText text={item.text} artifacts={artifacts} onOpenArtifact={onOpenArtifact} />
            {item.toolCalls.map((call) => (
              <Call
                key={call.callId}
                call={{ callId: call.callId, name: call.name, args: call.args, record: call }}
                onOpenArtifact={onOpenArtifact}
                onAnswer={!live && index === items.length - 1 ? onAnswer : undefined}
              />
            ))}
          </div>
        ),
      )}
      {live && (
        <div className="chat-step live" data-testid="live-step">
          <AssistantText text={live.text} artifacts={artifacts} onOpenArtifact={onOpenArtifact} />
          {live.calls.map((call) => (
            <Call key={call.callId} call={call} onOpenArtifact={onOpenArtifact} onAnswer={undefined} />
          ))}
          {!live.text && live.calls.length === 0 && <p className="muted">Thinking…</p>}
        </div>
      )}
    </div>
  );
}
