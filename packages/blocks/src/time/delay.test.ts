import { BlockRegistry, Engine, InMemoryEventBus } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { standardBlocks } from '../index.ts';

describe('time.delay', () => {
  it('stops when the run is stopped while it waits', async () => {
    const events = new InMemoryEventBus();
    const engine = new Engine({ registry: new BlockRegistry(standardBlocks), events });
    const waiting = new Promise<void>((resolve) =>
      events.subscribe((e) => {
        if (e.type === 'node_run.status' && e.status === 'RUNNING') resolve();
      }),
    );
    // A minute-long delay outlasts the test's own time limit, so only the stop can end this run.
    const handle = engine.startRun({ name: 'wait', nodes: [{ id: 'd', block: 'time.delay', inputs: { value: 1, ms: 60_000 } }], links: [] });
    await waiting;
    handle.cancel();
    const record = await handle.done;
    expect(record.status).toBe('TERMINATED');
  });
});
