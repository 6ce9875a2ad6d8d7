import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';

/** Every visitor's conversations with the agent's chat app, the latest first; one opens with its messages. */
export function AppConversations({ graphId }: { graphId: string }) {
  const list = useQuery({ queryKey: ['graphs', 'app', graphId, 'conversations'], queryFn: () => api.appConversations(graphId) });
  const [openId, setOpenId] = useState<string>();
  const open = useQuery({
    queryKey: ['graphs', 'app', graphId, 'conversation', openId],
    queryFn: () => api.appConversation(graphId, openId!),
    enabled: openId !== undefined,
  });
  const conversations = list.data?.conversations ?? [];
  return (
    <details className="app-conversations">
      <summary>Conversations ({conversations.length})</summary>
      {conversations.length === 0 && <p className="muted small">No visitor has written yet.</p>}
      <ul>
        {conversations.map((c) => (
          <li key={c.id}>
            <button type="button" className="small" aria-expanded={c.id === openId} onClick={() => setOpenId(c.id === openId ? undefined : c.id)}>
              {c.title}
            </button>{' '}
            <span className="muted small">{new Date(c.updatedAt).toLocaleString()}</span>
            {c.id === openId && (
              <ol className="small">
                {(open.data?.messages ?? []).map((m) => (
                  <li key={m.seq}>
                    <strong>{m.role === 'user' ? 'Visitor' : 'Agent'}:</strong> {m.text}
                    {m.error && <span className="error"> (no reply: {m.error})</span>}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
