import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

describe("an agent's settings (real server process)", () => {
  let owner: ApiClient;
  let stop: () => Promise<void>;
  let agent: string;

  beforeAll(async () => {
    ({ owner, stop } = await startWithTwoAccounts());
    agent = (await owner.post('/api/graphs', { name: 'Kept', nodes: [], links: [] })).body.id;
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  it("sets the agent's own retention, refuses impossible values naming them, and goes back to the deployment's", async () => {
    const set = await owner.patch(`/api/graphs/${agent}`, { retention: { maxAgeDays: 3, maxRuns: 100 } });
    expect(set.status).toBe(200);
    expect(set.body.retention).toEqual({ maxAgeDays: 3, maxRuns: 100 });
    expect((await owner.get(`/api/graphs/${agent}`)).body.retention).toEqual({ maxAgeDays: 3, maxRuns: 100 });

    const negative = await owner.patch(`/api/graphs/${agent}`, { retention: { failedMaxAgeDays: -1 } });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(negative.body.error)).toContain('failedMaxAgeDays');
    expect((await owner.patch(`/api/graphs/${agent}`, { retention: { keepAll: true } })).status).toBe(400);

    expect((await owner.patch(`/api/graphs/${agent}`, { retention: null })).body.retention).toBeUndefined();
    await owner.patch(`/api/graphs/${agent}`, { retention: { maxRuns: 5 } });
    expect((await owner.patch(`/api/graphs/${agent}`, { retention: {} })).body.retention).toBeUndefined();
  });
});
