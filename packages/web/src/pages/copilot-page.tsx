import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { CopilotSessionInfo } from '../api/types.ts';
import { ArtifactPanel } from '../copilot/artifact-panel.tsx';
import { emptyHistory, openArtifact } from '../copilot/artifact-history.ts';
import { ChatComposer } from '../copilot/chat-composer.tsx';
import { ChatTranscript } from '../copilot/chat-transcript.tsx';
import { CopilotSettings } from '../copilot/copilot-settings.tsx';
import { MemoriesPanel } from '../copilot/memories-panel.tsx';
import { useCopilotSession } from '../copilot/use-copilot-session.ts';
import { FormError } from '../ui/form-error.tsx';
import { usageLabel } from '../ui/usage-label.ts';
import '../copilot/copilot.css';

/** The copilot: sessions on the left, the chat, and the artifact panel beside it. */
export function CopilotPage() {
  const { sessionId } = useParams({ strict: false });
  const navigate = useNavigate();
  const [sessions, setSessions] = useState<CopilotSessionInfo[]>([]);
  const [listError, setListError] = useState<string>();
  const [history, setHistory] = useState(emptyHistory);
  const [panelOpen, setPanelOpen] = useState(false);
  const client = useQueryClient();
  // A turn may have remembered or forgotten something.
  const { detail, live, error, say, stop, reload } = useCopilotSession(sessionId, () => void client.invalidateQueries({ queryKey: ['copilot-memories'] }));
  /** The first message, said before there was a session: said in the session made for it once that has loaded. */
  const [first, setFirst] = useState<{ sessionId: string; text: string; fileIds: string[] }>();
  const refreshList = () =>
    void api.copilotSessions().then(
      (answer) => setSessions(answer.sessions),
      (e: unknown) => setListError(errorMessage(e)),
    );
  useEffect(refreshList, [sessionId, detail?.session.title]);
  useEffect(() => {
    setHistory(emptyHistory);
    setPanelOpen(false);
  }, [sessionId]);

  const newChat = async (message?: { text: string; fileIds: string[] }) => {
    try {
      const id = (await api.createCopilotSession()).session.id;
      if (message) setFirst({ sessionId: id, ...message });
      void navigate({ to: '/copilot/$sessionId', params: { sessionId: id } });
    } catch (e) {
      setListError(errorMessage(e));
    }
  };
  useEffect(() => {
    if (!first || detail?.session.id !== first.sessionId) return;
    setFirst(undefined);
    void say(first.text, first.fileIds);
  }, [first, detail, say]);
  const open = (id: string) => {
    setHistory((h) => openArtifact(h, id));
    setPanelOpen(true);
  };

  return (
    <main className="copilot-page">
      <header className="toolbar">
        <h1>Copilot</h1>
        {detail?.session.usage && (
          <span className="muted small" data-testid="copilot-usage">
            {usageLabel(detail.session.usage)}
          </span>
        )}
      </header>
      <div className="copilot-body">
        <nav className="copilot-sessions" aria-label="Chats">
          <button type="button" className="primary" onClick={() => void newChat()}>
            New chat
          </button>
          <FormError message={listError} />
          <ul>
            {sessions.map((s) => (
              <li key={s.id} className={s.id === sessionId ? 'current' : ''}>
                <Link to="/copilot/$sessionId" params={{ sessionId: s.id }}>
                  {s.title}
                </Link>
                <button
                  type="button"
                  className="small"
                  aria-label={`Rename ${s.title}`}
                  onClick={async () => {
                    const title = prompt('New name', s.title)?.trim();
                    if (title) await api.updateCopilotSession(s.id, { title }).then(refreshList);
                  }}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`Delete ${s.title}`}
                  onClick={async () => {
                    if (!confirm(`Delete the chat “${s.title}”?`)) return;
                    await api.deleteCopilotSession(s.id);
                    if (s.id === sessionId) void navigate({ to: '/copilot' });
                    refreshList();
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <MemoriesPanel />
        </nav>
        <section className="copilot-chat" aria-label="Chat">
          {!sessionId ? (
            <>
              <p className="muted page-message">Describe the agent you want: the copilot builds it, runs it and shows what it made.</p>
              <FormError message={error} />
              <ChatComposer running={false} onSend={(text, fileIds) => void newChat({ text, fileIds })} onStop={() => undefined} />
            </>
          ) : !detail ? (
            <p className="page-message">Loading…</p>
          ) : (
            <>
              <CopilotSettings session={detail.session} onChange={() => void reload()} />
              <ChatTranscript items={detail.items} live={live} artifacts={detail.artifacts} onOpenArtifact={open} onAnswer={(answer) => void say(answer)} />
              <FormError message={error} />
              <ChatComposer running={detail.running} onSend={(text, fileIds) => void say(text, fileIds)} onStop={() => void stop()} />
            </>
          )}
        </section>
        {panelOpen && detail && <ArtifactPanel artifacts={detail.artifacts} history={history} onHistory={setHistory} onClose={() => setPanelOpen(false)} />}
      </div>
    </main>
  );
}
