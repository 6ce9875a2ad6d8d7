import type { RunEvent } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { EventHub, type Subscriber } from './event-hub.ts';

const subscriber = (): Subscriber & { got: RunEvent[] } => {
  const got: RunEvent[] = [];
  return { userId: 'u', got, deliver: (event) => got.push(event) };
};

const event = (runId: string, graphId?: string): RunEvent => ({ type: 'graph_run.status', runId, ...(graphId ? { graphId } : {}), status: 'RUNNING', at: 1 });

describe('EventHub', () => {
  it('delivers each event once to subscribers of its run, of its graph, or of both', () => {
    const hub = new EventHub();
    const [ofRun, ofGraph, ofBoth, other] = [subscriber(), subscriber(), subscriber(), subscriber()];
    hub.subscribe(ofRun, { runId: 'r1' });
    hub.subscribe(ofGraph, { graphId: 'g1' });
    hub.subscribe(ofBoth, { runId: 'r1' });
    hub.subscribe(ofBoth, { graphId: 'g1' });
    hub.subscribe(other, { runId: 'r2' });
    hub.publish(event('r1', 'g1'));
    hub.publish(event('r1'));
    hub.publish(event('r3', 'g1'));
    expect([ofRun.got.length, ofGraph.got.length, ofBoth.got.length, other.got.length]).toEqual([2, 2, 3, 0]);
  });

  it('stops delivering to a subscriber that left', () => {
    const hub = new EventHub();
    const s = subscriber();
    hub.subscribe(s, { runId: 'r1' });
    hub.subscribe(s, { graphId: 'g1' });
    hub.leave(s);
    hub.publish(event('r1', 'g1'));
    expect(s.got).toEqual([]);
  });

  it('wants output values only of runs someone subscribes to, by run or by graph', () => {
    const hub = new EventHub();
    hub.listen(() => undefined);
    const s = subscriber();
    expect(hub.wantsOutputs('r1', 'g1')).toBe(false);
    hub.subscribe(s, { runId: 'r1' });
    expect([hub.wantsOutputs('r1', 'g1'), hub.wantsOutputs('r2', 'g1'), hub.wantsOutputs('r2', undefined)]).toEqual([true, false, false]);
    hub.subscribe(s, { graphId: 'g1' });
    expect([hub.wantsOutputs('r2', 'g1'), hub.wantsOutputs('r2', 'g2')]).toEqual([true, false]);
    hub.leave(s);
    expect(hub.wantsOutputs('r1', 'g1')).toBe(false);
  });

  it('tells its interest board of the first subscriber of a run or graph and of the last one leaving, and of nothing else', async () => {
    const hub = new EventHub();
    const said: string[] = [];
    hub.announceTo({ watch: async (key) => void said.push(`+${key}`), unwatch: (key) => void said.push(`-${key}`) });
    const [a, b] = [subscriber(), subscriber()];
    await hub.subscribe(a, { runId: 'r1' });
    await hub.subscribe(b, { runId: 'r1' });
    await hub.subscribe(a, { graphId: 'g1' });
    await hub.subscribe(a, { runs: true, workspaceId: 'w1' });
    hub.unsubscribe(a, { runId: 'r1' });
    hub.unsubscribe(a, { runId: 'r2' });
    hub.leave(b);
    hub.leave(a);
    expect(said).toEqual(['+run:r1', '+graph:g1', '-run:r1', '-graph:g1']);
  });
});
