import type { RunEvent } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CLOSE, SocketSession } from './socket-session.ts';

/** A stand-in for a socket whose peer reads nothing: sends pile up in bufferedAmount. */
function stalledSocket() {
  const sent: string[] = [];
  const closes: [number, string][] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send(data: string) {
      sent.push(data);
      this.bufferedAmount += data.length;
    },
    close(code: number, reason: string) {
      closes.push([code, reason]);
      this.readyState = 3;
    },
  };
  return { socket, sent, closes };
}

const event = (i: number): RunEvent => ({
  type: 'node_run.output',
  runId: 'r',
  nodeRunId: `r.${i}`,
  nodeId: 'n',
  output: 'x',
  index: 0,
  value: 'y'.repeat(100),
  at: i,
});

describe('SocketSession', () => {
  it('batches events that arrive within the window into one message', async () => {
    const { socket, sent } = stalledSocket();
    const session = new SocketSession('u', socket as unknown as WebSocket, { maxQueuedEvents: 100, maxBufferedBytes: 1e9, batchWindowMs: 5 });
    for (let i = 0; i < 10; i++) session.deliver(event(i));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!).events).toHaveLength(10);
  });

  it('disconnects a client that does not keep up instead of growing memory', async () => {
    const { socket, closes } = stalledSocket();
    const session = new SocketSession('u', socket as unknown as WebSocket, { maxQueuedEvents: 50, maxBufferedBytes: 2000, batchWindowMs: 1 });
    for (let round = 0; round < 20 && closes.length === 0; round++) {
      for (let i = 0; i < 10; i++) session.deliver(event(i));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    expect(closes).toEqual([[CLOSE.tooSlow, expect.stringContaining('not read fast enough')]]);
    session.deliver(event(99));
  });

  it('a queue that overflows within one window also disconnects', () => {
    const { socket, closes } = stalledSocket();
    const session = new SocketSession('u', socket as unknown as WebSocket, { maxQueuedEvents: 5, maxBufferedBytes: 1e9, batchWindowMs: 1000 });
    for (let i = 0; i < 6; i++) session.deliver(event(i));
    expect(closes.map(([code]) => code)).toEqual([CLOSE.tooSlow]);
    session.dispose();
  });
});
