import { standardBlocks } from '@blocksmith/blocks';
import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { BlockRegistry, DataTables, Engine } from '@blocksmith/engine';
import type { UsageTotals } from '@blocksmith/sdk';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsVault } from '../../vault/credentials-vault.ts';
import { findBlocks, runBlock } from './block-tools.ts';
import type { ToolContext } from './copilot-tool.ts';
import { callTool, memberContext } from './tool-testing.ts';

describe('run_block: one block on its own, through the engine, recorded as nothing but the call', () => {
  let database: TestDatabase;
  let store: Store;
  let model: FakeModelServer;
  let ctx: ToolContext;
  let credentialId: string;
  const counted: UsageTotals[] = [];

  beforeAll(async () => {
    model = await startFakeOpenAiServer([{ chunks: ['Compost is decayed organic matter.'], usage: { inputTokens: 12, outputTokens: 7 } }]);
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const vault = new CredentialsVault(store, randomBytes(32));
    const registry = new BlockRegistry(standardBlocks);
    const engine = new Engine({
      registry,
      credentials: vault,
      files: store.files,
      dataTables: store.dataTables,
      settings: { allowedHosts: [new URL(model.baseUrl).host] },
    });
    ctx = await memberContext(store, { engine, vault, registry }, 'tinkerer@x.test', {
      trigger: { kind: 'copilot', sessionId: 's' },
      addUsage: async (usage) => void counted.push(usage),
    });
    credentialId = (await vault.add(ctx.owner, 'Local model', 'openai_compatible', { baseUrl: model.baseUrl })).id;
  });

  afterAll(async () => {
    await model?.close();
    await store?.close();
    await database?.drop();
  });

  const call = (args: unknown) => callTool(runBlock, args, ctx);

  it('answers every output as a list of values, and the files it wrote as artifacts', async () => {
    expect(await call({ block: 'text.template', inputs: { template: 'Hello {{name}}', values: { name: 'Ada' } } })).toEqual({
      block: 'text.template',
      outputs: { result: ['Hello Ada'] },
    });
    const wrote = (await call({ block: 'file.write_text', inputs: { text: '# Notes', name: 'notes.md' } })) as {
      outputs: { file: { fileId: string }[] };
      artifacts: { id: string; title: string }[];
    };
    expect(wrote.artifacts).toEqual([expect.objectContaining({ id: wrote.outputs.file[0]!.fileId, title: 'notes.md' })]);
    expect((await store.files.list(ctx.owner.workspaceId, { limit: 10, offset: 0 })).files.map((f) => f.name)).toContain('notes.md');
    expect(await store.runs.list(ctx.owner.workspaceId, { limit: 10, offset: 0 })).toMatchObject({ total: 0 });
  });

  it('writes what a block writes where a run would: rows go to the workspace’s table', async () => {
    const tables = new DataTables(store.dataTables);
    await tables.create(ctx.owner, { name: 'Leads', description: '', columns: [{ name: 'email', type: 'text' }] });
    expect(await call({ block: 'table.insert', inputs: { table: 'Leads', rows: [{ email: 'ada@x.test' }] } })).toMatchObject({ outputs: { count: [1] } });
    expect((await tables.query(ctx.owner.workspaceId, 'Leads', {})).rows).toEqual([expect.objectContaining({ email: 'ada@x.test' })]);
  });

  it("counts a model block's use where the context says", async () => {
    expect(await call({ block: 'ai.text', inputs: { prompt: 'What is compost?', model: 'tiny', credential: credentialId } })).toMatchObject({
      outputs: { response: ['Compost is decayed organic matter.'] },
    });
    expect(counted).toEqual([expect.objectContaining({ inputTokens: 12, outputTokens: 7, calls: 1 })]);
  });

  it('refuses what is not a block to run, and inputs the block does not take, in the engine’s words', async () => {
    expect(await call({ block: 'text.templat' })).toEqual({ error: expect.stringMatching(/There is no block "text.templat". Did you mean: .*text.template/) });
    expect(await call({ block: 'input', inputs: { name: 'x' } })).toEqual({ error: expect.stringContaining('not a step to run on its own') });
    expect(await call({ block: 'text.template', inputs: {} })).toEqual({ error: expect.stringContaining('text.template cannot run with these inputs') });
    expect(await call({ block: 'math.arithmetic', inputs: { operation: 'divide', a: 1, b: 0 } })).toEqual({ error: expect.stringMatching(/zero/i) });
  });

  it('finds blocks by what their docs say: pins and examples too, what a block is weighing most', async () => {
    const found = (query: string) => findBlocks.run({ query }, ctx).then((answer) => (answer as { blocks: { id: string }[] }).blocks.map((b) => b.id));
    expect((await found('allow_formulas'))[0]).toBe('data.csv_format');
    expect((await found('web search'))[0]).toBe('web.search');
  });
});
