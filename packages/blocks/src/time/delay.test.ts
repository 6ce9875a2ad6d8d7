import { BlockRegistry, Engine } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { standardBlocks } from '../index.ts';

describe('time.delay', () => {
  it('stops at once when the run is stopped', async () => {
    const engine = new Engine({ registry: new BlockRegistry(standardBlocks) });
    const handle = engine.startRun({ name: 'wait', nodes: [{ id: 'd', block: 'time.delay', inputs: { value: 1, ms: 60_000 } }], links: [] });
    const started = Date.now();
    setTimeout(() => handle.cancel(), 20);
    const record = await handle.done;
    expect(record.status).toBe('TERMINATED');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
