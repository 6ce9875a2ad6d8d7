import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEMORIES } from '../copilot-memories.ts';
import type { ToolContext } from './copilot-tool.ts';
import { callTool, memberContext } from './tool-testing.ts';
import { forget, recall, remember } from './memory-tools.ts';

describe('the copilot’s memories of a person', () => {
  let database: TestDatabase;
  let store: Store;
  let ctx: ToolContext;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    ctx = await memberContext(store, {}, 'keeper@x.test');
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const call = (tool: typeof remember, args: unknown) => callTool(tool, args, ctx);

  it('recalls by any of the words, or everything newest first; forgets by id, naming an unknown one', async () => {
    const berlin = (await call(remember, { text: 'Works in Europe/Berlin time.' })) as { memoryId: string };
    await call(remember, { text: 'Alerts go to the #ops channel.' });
    expect(await call(recall, { query: 'which CHANNEL' })).toEqual({
      memories: [{ memoryId: expect.any(String), text: 'Alerts go to the #ops channel.', createdAt: expect.any(String) }],
    });
    expect(((await call(recall, {})) as { memories: { text: string }[] }).memories.map((m) => m.text)).toEqual([
      'Alerts go to the #ops channel.',
      'Works in Europe/Berlin time.',
    ]);
    expect(await call(forget, { memory_id: berlin.memoryId })).toEqual({ forgotten: true, memoryId: berlin.memoryId });
    expect(await call(forget, { memory_id: berlin.memoryId })).toEqual({ error: `You keep no memory ${berlin.memoryId}; recall lists them.` });
    expect(await call(remember, { text: ' ' })).toEqual({ error: expect.stringContaining('text: must not be empty') });
  });

  it('keeps at most MAX_MEMORIES, saying how to make room', async () => {
    for (let i = await store.copilotMemories.count(ctx.owner); i < MAX_MEMORIES; i++) await store.copilotMemories.add(ctx.owner, `fact ${i}`);
    expect(await call(remember, { text: 'One too many.' })).toEqual({ error: expect.stringContaining(`You keep ${MAX_MEMORIES} memories here`) });
    expect(await store.copilotMemories.count(ctx.owner)).toBe(MAX_MEMORIES);
  });
});
