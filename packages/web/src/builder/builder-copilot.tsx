import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, ApiError, errorMessage } from '../api/client.ts';
import { ChatComposer } from '../copilot/chat-composer.tsx';
import { ChatTranscript } from '../copilot/chat-transcript.tsx';
import { useCopilotSession } from '../copilot/use-copilot-session.ts';
import { FormError } from '../ui/form-error.tsx';
import '../copilot/copilot.css';

const sessionKey = (graphId: string) => `blocksmith.copilot.graph.${graphId}`;

/** The copilot session of an agent open in the builder: the one used last on this agent, or a new one. */
function useGraphSession(graphId: string): { sessionId: string | undefined; error: string | undefined } {
  const [sessionId, setSessionId] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const saved = localStorage.getItem(sessionKey(graphId));
        const found = saved
          ? await api.copilotSession(saved).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e)))
          : undefined;
        const id = found?.session.id ?? (await api.createCopilotSession({ graphId })).session.id;
        localStorage.setItem(sessionKey(graphId), id);
        if (!cancelled) setSessionId(id);
      } catch (e) {
        if (!cancelled) setError(errorMessage(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [graphId]);
  return { sessionId, error };
}

/** The copilot beside the canvas, working on this agent; after each answer the builder shows what it changed. */
export function BuilderCopilot({ graphId, onTurnEnd, onClose }: { graphId: string; onTurnEnd(): void; onClose(): void }) {
  const { sessionId, error: sessionError } = useGraphSession(graphId);
  const { detail, live, error, say, stop } = useCopilotSession(sessionId, onTurnEnd);
  return (
    <section className="builder-copilot" aria-label="Copilot">
      <header>
        <h2>Copilot</h2>
        {sessionId && (
          <Link className="small" to="/copilot/$sessionId" params={{ sessionId }}>
            open full page
          </Link>
        )}
        <button type="button" aria-label="Close the copilot" onClick={onClose}>
          ×
        </button>
      </header>
      <FormError message={sessionError ?? error} />
      {detail && (
        <>
          <ChatTranscript
            items={detail.items}
            live={live}
            artifacts={detail.artifacts}
            onOpenArtifact={(id) => window.open(`/api/files/${id}`, '_blank', 'noopener')}
            onAnswer={(answer) => void say(answer)}
          />
          <ChatComposer running={detail.running} onSend={(text, fileIds) => void say(text, fileIds)} onStop={() => void stop()} />
        </>
      )}
    </section>
  );
}
