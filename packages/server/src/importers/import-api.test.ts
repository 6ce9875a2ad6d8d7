import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('importing AutoGPT agent files and n8n workflows (real server process)', () => {
  let owner: ApiClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ owner, stop } = await startWithTwoAccounts());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('saves a mapped agent that runs, and a draft that names each block without an equivalent', async () => {
    const calculator = await owner.post('/api/graphs/import', fixture('autogpt-calculator.json'));
    expect(calculator.status).toBe(201);
    expect(calculator.body).toMatchObject({ name: 'Triple and judge', issues: [], imported: { from: 'autogpt', unmapped: [] } });
    const run = await owner.post(`/api/graphs/${calculator.body.id}/runs`, { inputs: { number: 4 } });
    expect((await owner.waitForRun(run.body.runId)).run.outputs).toEqual({ verdict: ['big'] });

    const summarizer = await owner.post('/api/graphs/import', fixture('autogpt-summarizer.json'));
    expect(summarizer.status).toBe(201);
    expect(summarizer.body.imported.unmapped).toEqual([
      { node: 'd4444444-4444-4444-8444-444444444444', reason: 'AutoGPT block 0b02b072-abe7-11ef-8372-fb5d162dd712 has no equivalent here' },
    ]);
    expect(summarizer.body.issues).toHaveLength(1);
    expect(summarizer.body.issues[0].message).toContain('autogpt:0b02b072-abe7-11ef-8372-fb5d162dd712');
    const refused = await owner.post(`/api/graphs/${summarizer.body.id}/runs`, {});
    expect(refused.status).toBe(400);

    // Our own graph files import as before, with no `imported`.
    const ours = await owner.post('/api/graphs/import', { name: 'Ours', nodes: [{ id: 'a', block: 'input', inputs: { name: 'a', value: 1 } }], links: [] });
    expect(ours.status).toBe(201);
    expect(ours.body.imported).toBeUndefined();
  });

  it('runs an imported n8n webhook workflow behind a webhook that passes the request, answering as the workflow did', async () => {
    const imported = await owner.post('/api/graphs/import', fixture('n8n-greeter.json'));
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ name: 'Greet and route', issues: [], imported: { from: 'n8n', unmapped: [] } });
    const hook = (await owner.post(`/api/graphs/${imported.body.id}/webhooks`, { request: { headers: [] } })).body;
    const call = (body: unknown) => owner.stranger().post(`${hook.path}?wait=true`, body);
    expect((await call({ name: 'Ada' })).body.outputs).toEqual({ response: [{ message: 'HELLO ADA!' }] });
    expect((await call({ name: 'Bo' })).body.outputs).toEqual({ response: [{ skipped: 'Bo' }] });

    const digest = await owner.post('/api/graphs/import', fixture('n8n-digest.json'));
    expect(digest.body.imported.unmapped.map((u: { node: string }) => u.node)).toEqual(['merge']);
    expect(digest.body.issues.map((i: { message: string }) => i.message)).toEqual([expect.stringContaining('n8n:n8n-nodes-base.merge')]);
  });
});
