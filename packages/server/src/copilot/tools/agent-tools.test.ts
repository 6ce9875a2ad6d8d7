import { BlockRegistry, Engine, type GraphFile } from '@blocksmith/engine';
import { standardBlocks } from '@blocksmith/blocks';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editAgent } from './agent-tools.ts';
import { ToolError, type ToolContext } from './copilot-tool.ts';
import { memberContext } from './tool-testing.ts';

const agent: GraphFile = {
  schemaVersion: 1,
  name: 'Doubler',
  nodes: [
    { id: 'n', block: 'input', inputs: { name: 'n' } },
    { id: 'out', block: 'output', inputs: { name: 'twice' } },
  ],
  links: [{ from: { node: 'n', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

describe('the copilot edits an agent on the version it read', () => {
  let database: TestDatabase;
  let store: Store;
  let ctx: ToolContext;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    ctx = await memberContext(store, { engine: new Engine({ registry: new BlockRegistry(standardBlocks) }) }, 'editor@x.test');
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('saves over the version it read, and refuses when someone saved in between, keeping their version', async () => {
    const { id } = await store.graphs.create(ctx.owner, agent);
    expect(await editAgent.run({ id, operations: [{ op: 'rename', name: 'By the copilot' }] }, ctx)).toEqual({ saved: true, id, version: 2 });

    // A person saves right after the copilot read the agent.
    const read = store.graphs.version.bind(store.graphs);
    store.graphs.version = async (...args) => {
      const found = await read(...args);
      store.graphs.version = read;
      await store.graphs.saveVersion(ctx.owner.workspaceId, id, { ...agent, name: 'By a person' }, 2);
      return found;
    };
    const refused = editAgent.run({ id, operations: [{ op: 'rename', name: 'Over the person' }] }, ctx);
    await expect(refused).rejects.toBeInstanceOf(ToolError);
    await expect(refused).rejects.toThrow(/Someone saved this agent while you edited it, so nothing was saved\. Read it again with get_agent/);
    expect(await store.graphs.version(ctx.owner.workspaceId, id)).toMatchObject({ version: 3, graph: { name: 'By a person' } });
  });
});
