import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { readAgain } from '../api/read-again.ts';
import type { AppMessage, AppPage } from '../api/types.ts';
import { Markdown } from '../renderers/document-renderers.tsx';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

/** A turn on its way: what the visitor said, the reply as much as has streamed, and how many messages were shown before it. */
interface Pending {
  text: string;
  reply: string;
  shown: number;
}

/**
 * A chat app's page (docs/publishing.md): the visitor's conversations, the one open with its messages, and a
 * box to say something; the agent's reply streams in as its model writes it, and everything stays after a reload.
 */
export function ChatApp({ slug, appKey, app }: { slug: string; appKey: string | undefined; app: AppPage }) {
  const client = useQueryClient();
  const listKey = ['app', slug, appKey, 'conversations'];
  const conversations = useQuery({ queryKey: listKey, queryFn: () => api.myAppConversations(slug, appKey) });
  // null: a new conversation, not yet started.
  const [chosen, setChosen] = useState<string | null>();
  const openId = chosen === undefined ? conversations.data?.conversations[0]?.id : (chosen ?? undefined);
  const open = useQuery({
    queryKey: ['app', slug, appKey, 'conversation', openId],
    queryFn: () => api.myAppConversation(slug, openId!, appKey),
    enabled: openId !== undefined,
  });
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [problem, setProblem] = useState<string>();

  const say = async () => {
    const text = draft.trim();
    if (!text || pending) return;
    setProblem(undefined);
    setPending({ text, reply: '', shown: messages.length });
    setDraft('');
    try {
      const id = openId ?? (await api.startAppConversation(slug, text, appKey)).conversation.id;
      setChosen(id);
      await api.sayToApp(slug, id, text, appKey, (event) => {
        if (event.type === 'delta') setPending((p) => p && { ...p, reply: p.reply + event.text });
      });
      await Promise.all([readAgain(client, ['app', slug, appKey, 'conversation', id]), readAgain(client, listKey)]);
    } catch (e) {
      setProblem(errorMessage(e));
      setDraft(text);
    } finally {
      setPending(undefined);
    }
  };

  const kept = openId === undefined ? [] : (open.data?.messages ?? []);
  // While a turn goes on, its message (and reply) show as pending, even once the conversation read back has them.
  const messages = pending ? kept.slice(0, pending.shown) : kept;
  return (
    <div className="chat-app">
      <nav className="chat-conversations" aria-label="Your conversations">
        <Button size="sm" onClick={() => setChosen(null)} disabled={pending !== undefined}>
          New conversation
        </Button>
        <ul>
          {(conversations.data?.conversations ?? []).map((c) => (
            <li key={c.id}>
              <button type="button" className="app-link-button" aria-current={c.id === openId} onClick={() => setChosen(c.id)} disabled={pending !== undefined}>
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="chat-thread" aria-label="Conversation">
        <ol className="chat-messages" aria-live="polite">
          {messages.map((message) => (
            <ChatMessage key={message.seq} message={message} />
          ))}
          {pending && (
            <>
              <li className="chat-message user">{pending.text}</li>
              <li className="chat-message assistant" data-testid="chat-streaming" aria-busy>
                {pending.reply || <span className="muted">…</span>}
              </li>
            </>
          )}
        </ol>
        <form
          className="chat-composer"
          onSubmit={(e) => {
            e.preventDefault();
            void say();
          }}
        >
          <textarea
            aria-label={`Message ${app.title}`}
            rows={2}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void say();
              }
            }}
          />
          <Button type="submit" variant="primary" disabled={pending !== undefined || draft.trim() === ''}>
            Send
          </Button>
        </form>
        <FormError message={problem} />
      </section>
    </div>
  );
}

function ChatMessage({ message }: { message: AppMessage }) {
  if (message.role === 'user') return <li className="chat-message user">{message.text}</li>;
  return (
    <li className="chat-message assistant" data-testid="chat-reply">
      {message.text && <Markdown text={message.text} />}
      {message.error && (
        <p className="error" role="alert">
          No reply: {message.error}
        </p>
      )}
    </li>
  );
}
