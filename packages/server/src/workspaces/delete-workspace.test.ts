import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

describe('deleting a shared workspace (real server)', () => {
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('ends its webhooks at once, also one called just before (what a call reads is kept in memory)', async () => {
    const owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    const workspace = (await owner.post('/api/workspaces', { name: 'Short-lived' })).body.workspace.id as string;
    const team = owner.inWorkspace(workspace);
    const graph = { name: 'says', nodes: [{ id: 'out', block: 'output', inputs: { name: 'said', value: 'hello' } }], links: [] };
    const graphId = (await team.post('/api/graphs', graph)).body.id as string;
    const { path } = (await team.post(`/api/graphs/${graphId}/webhooks`, { name: 'hook' })).body;
    const caller = new ApiClient(server.url);
    expect((await caller.post(`${path}?wait=true`, {})).body.outputs).toEqual({ said: ['hello'] });
    expect((await team.delete(`/api/workspaces/${workspace}`)).status).toBe(204);
    const after = await caller.post(`${path}?wait=true`, {});
    expect(after.status).toBe(404);
  });
});
