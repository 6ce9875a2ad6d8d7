import WebSocket from 'ws';

export interface TestSocket {
  ws: WebSocket;
  messages: any[];
  /** Resolves with the first message (already received or future) that matches. */
  next(match: (message: any) => boolean, timeoutMs?: number): Promise<any>;
  send(message: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
}

/** A real WebSocket client for tests, collecting every message it receives. */
export function connectSocket(url: string, headers: Record<string, string> = {}): TestSocket {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/api/ws', { headers });
  const messages: any[] = [];
  const waiters = new Set<{ match: (m: any) => boolean; resolve: (m: any) => void }>();
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const batch = message.type === 'events' ? [message, ...message.events.map((e: any) => ({ ...e, batched: true }))] : [message];
    for (const m of batch) {
      messages.push(m);
      for (const waiter of [...waiters]) {
        if (waiter.match(m)) {
          waiters.delete(waiter);
          waiter.resolve(m);
        }
      }
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    messages,
    closed,
    send: (message) => void opened.then(() => ws.send(typeof message === 'string' ? message : JSON.stringify(message))),
    next: (match, timeoutMs = 5000) => {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching message within ${timeoutMs} ms; got ${JSON.stringify(messages).slice(0, 2000)}`));
        }, timeoutMs);
      });
    },
  };
}
