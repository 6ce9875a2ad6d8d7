import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { CopilotSessionDetail, TurnMessage } from '../api/types.ts';
import { fileTextCache } from '../renderers/file-text-cache.ts';
import type { ShownToolCall } from './tool-card.tsx';

/** A turn as it streams: the text of its current step and the tool calls of that step. */
export interface LiveStep {
  text: string;
  calls: ShownToolCall[];
}

const emptyStep: LiveStep = { text: '', calls: [] };

/** How often a session answering in another tab (or before a reload) is read again. */
const FOLLOW_MS = 1000;

/**
 * One copilot session: what the server recorded, plus the turn streaming
 * now; after each turn (or a dropped stream) the session is read again, the
 * server's record being the truth.
 */
export function useCopilotSession(sessionId: string | undefined, onTurnEnd: () => void = () => undefined) {
  const [detail, setDetail] = useState<CopilotSessionDetail>();
  const [live, setLive] = useState<LiveStep>();
  const [error, setError] = useState<string>();
  const current = useRef(sessionId);
  current.current = sessionId;

  const reload = useCallback(async () => {
    if (!sessionId) return;
    try {
      const fresh = await api.copilotSession(sessionId);
      if (current.current === sessionId) setDetail(fresh);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [sessionId]);

  useEffect(() => {
    // Before anything of the new session shows: no file text of the last one may be shown from the cache.
    fileTextCache.enterSession(sessionId);
    setDetail(undefined);
    setLive(undefined);
    setError(undefined);
    void reload();
  }, [reload]);

  // A turn this page did not start (another tab, a reload mid-answer): follow the record until it ends.
  useEffect(() => {
    if (!detail?.running || live) return;
    const timer = setTimeout(() => void reload(), FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [detail, live, reload]);

  const onMessage = (message: TurnMessage) => {
    if (message.type === 'delta') setLive((step) => ({ ...(step ?? emptyStep), text: (step?.text ?? '') + message.text }));
    else if (message.type === 'tool_start') {
      setLive((step) => ({ ...(step ?? emptyStep), calls: [...(step?.calls ?? []), { callId: message.callId, name: message.name, args: message.args }] }));
    } else if (message.type === 'tool_end') {
      setLive((step) => ({
        ...(step ?? emptyStep),
        calls: (step?.calls ?? []).map((c) => (c.callId === message.call.callId ? { ...c, record: message.call } : c)),
      }));
    } else if (message.type === 'step') {
      setDetail((d) => d && { ...d, items: [...d.items, message.step] });
      setLive(emptyStep);
    } else if (message.type === 'error') setError(message.message);
  };

  const say = async (text: string, fileIds: string[] = []) => {
    if (!sessionId || !detail) return;
    setError(undefined);
    setDetail({ ...detail, running: true, items: [...detail.items, { kind: 'user', text, ...(fileIds.length ? { fileIds } : {}) }] });
    setLive(emptyStep);
    try {
      await api.sayToCopilot(sessionId, { text, ...(fileIds.length ? { fileIds } : {}) }, onMessage);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLive(undefined);
      await reload();
      onTurnEnd();
    }
  };

  const stop = async () => {
    if (sessionId) await api.stopCopilot(sessionId).catch((e: unknown) => setError(errorMessage(e)));
  };

  return { detail, live, error, say, stop, reload };
}
