import type { BlockRegistry, RunEvent } from '@blocksmith/engine';
import type { App, AppConversation, AppMessage, Store } from '@blocksmith/store';
import type { EventHub, Subscriber } from '../events/event-hub.ts';
import { Refusal } from '../platform/refusal.ts';
import type { RunService } from '../runs/run-service.ts';
import { appAgent, appRunner } from './app-agent.ts';
import { CHAT, replySources, takesHistory } from './chat-agent.ts';

/** The earlier turns an agent is given, at most: the newest of them. */
export const HISTORY_MESSAGES = 50;

/** What a turn tells the visitor as it goes: the reply's text as it streams, then the reply kept (with its error, if none came). */
export type TurnEvent = { type: 'delta'; text: string } | { type: 'reply'; message: AppMessage };

export interface ChatDeps {
  store: Store;
  runs: RunService;
  hub: EventHub;
  registry: BlockRegistry;
}

/** A reply's text from the run's `reply` output: its text values, one after the other (other values as JSON). */
const replyText = (values: unknown[] | undefined): string =>
  (values ?? []).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');

/**
 * One turn of a chat app: keeps the visitor's message, runs the agent with it (and the earlier turns as
 * `history` when the agent takes them), passes on the reply's tokens as its source blocks stream them, and
 * keeps the reply — or why none came. Refusals before the run starts (a budget spent, the publisher gone)
 * are thrown; after that the turn goes on to its end even when nobody listens any more.
 */
export async function startChatTurn(
  { store, runs, hub, registry }: ChatDeps,
  app: App,
  conversation: AppConversation,
  visitor: string,
  text: string,
  tell: (event: TurnEvent) => void,
): Promise<{ ended: Promise<void> }> {
  const owner = await appRunner(store, app);
  const found = await appAgent(store, app.workspaceId, app.graphId);
  if (!found) throw new Refusal('not_found', 'not_found', 'The agent of this app was deleted.');
  const earlier = await store.appConversations.messages(conversation.id, HISTORY_MESSAGES);
  await store.appConversations.append(conversation.id, { role: 'user', text, runId: null, error: null });
  const answer = (reply: Omit<AppMessage, 'seq' | 'createdAt' | 'role'>) =>
    store.appConversations.append(conversation.id, { role: 'assistant', ...reply }).then((message) => tell({ type: 'reply', message }));

  // Listening before the start: the first tokens may come before the run's id is known here.
  const sources = replySources(found.graph, registry);
  let runId: string | undefined = undefined;
  const early: RunEvent[] = [];
  const relay = (event: RunEvent) => {
    if (event.type === 'node_run.progress' && event.runId === runId && sources.has(event.nodeId) && event.progress.delta) {
      tell({ type: 'delta', text: event.progress.delta });
    }
  };
  const listener: Subscriber = { userId: app.publishedBy, deliver: (event) => (runId === undefined ? early.push(event) : relay(event)) };
  await hub.subscribe(listener, { graphId: app.graphId });
  let started;
  try {
    const history = earlier.filter((m) => m.error === null).map((m) => ({ role: m.role, content: m.text }));
    const inputs = { [CHAT.message]: text, ...(takesHistory(found.graph, registry) ? { [CHAT.history]: history } : {}) };
    started = await runs.start(owner, app.graphId, inputs, {
      version: found.version,
      trigger: { kind: 'app', appId: app.id },
    });
    await store.apps.recordRun(app.id, visitor, started.runId, Date.now());
  } catch (error) {
    hub.unsubscribe(listener, { graphId: app.graphId });
    // The visitor's message stays, with the reason no reply came.
    await answer({ text: '', runId: null, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  runId = started.runId;
  for (const event of early.splice(0)) relay(event);
  const ended = started.done
    .then(async (run) => {
      const error = run.status === 'COMPLETED' ? null : (run.error ?? `The run ended ${run.status}.`);
      await answer({ text: replyText(run.outputs?.[CHAT.reply]), runId: run.id, error });
    })
    .finally(() => hub.unsubscribe(listener, { graphId: app.graphId }));
  return { ended };
}
