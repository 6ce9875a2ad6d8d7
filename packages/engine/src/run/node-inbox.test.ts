import { describe, expect, it } from 'vitest';
import { NodeInbox } from './node-inbox.ts';
import type { NodeRunRecord } from './records.ts';

function inbox(linkedPins: number) {
  let seq = 0;
  const created: NodeRunRecord[] = [];
  const box = new NodeInbox(linkedPins, () => {
    const run = { id: String(++seq), inputs: {} } as NodeRunRecord;
    created.push(run);
    return run;
  });
  return { box, created, ids: (runs: readonly NodeRunRecord[]) => runs.map((r) => r.id) };
}

describe('NodeInbox', () => {
  it('a delivery fills the oldest pending run lacking that pin', () => {
    const { box, ids } = inbox(2);
    expect(box.deliver('x', 1, false, 0)).toEqual([]);
    expect(box.deliver('x', 2, false, 0)).toEqual([]);
    const ready = box.deliver('y', 'a', false, 0);
    expect(ids(ready)).toEqual(['1']);
    expect(ready[0]!.inputs).toEqual({ x: 1, y: 'a' });
    expect(box.leftovers().map((r) => r.inputs)).toEqual([{ x: 2 }]);
  });

  it('a node with one linked pin gets one run per delivery', () => {
    const { box, ids } = inbox(1);
    expect(ids(box.deliver('x', 1, false, 0))).toEqual(['1']);
    expect(ids(box.deliver('x', 2, false, 0))).toEqual(['2']);
  });

  it('a static value fills every pending run lacking it, oldest first', () => {
    const { box, ids } = inbox(2);
    box.deliver('x', 1, false, 0);
    box.deliver('x', 2, false, 0);
    expect(ids(box.deliver('s', 'cfg', true, 0))).toEqual(['1', '2']);
  });

  it('a static value is reused by later runs', () => {
    const { box } = inbox(2);
    box.deliver('s', 'cfg', true, 0);
    expect(box.deliver('x', 1, false, 0)[0]!.inputs).toEqual({ s: 'cfg', x: 1 });
    expect(box.deliver('x', 2, false, 0)[0]!.inputs).toEqual({ s: 'cfg', x: 2 });
  });

  it('the newest static value wins for runs created after it', () => {
    const { box } = inbox(2);
    box.deliver('s', 'old', true, 0);
    box.deliver('x', 1, false, 0);
    box.deliver('s', 'new', true, 0);
    expect(box.leftovers().map((r) => r.inputs)).toEqual([{ s: 'new' }]);
    expect(box.deliver('x', 2, false, 0)[0]!.inputs).toEqual({ s: 'new', x: 2 });
  });
});
