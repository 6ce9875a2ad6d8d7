import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { greeterGraph as greeter } from '../testing/greeter-graph.ts';
import { needsTopicGraph } from '../testing/needs-topic-graph.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

describe('presets and schedules over HTTP (real server process)', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let graphId: string;

  beforeAll(async () => {
    ({ server, owner, other, stop } = await startWithTwoAccounts());
    graphId = (await owner.post('/api/graphs', greeter)).body.id;
  });

  afterAll(async () => {
    await stop?.();
  });

  it('saves presets, starts runs from them, and keeps them to their owner', async () => {
    const created = await owner.post(`/api/graphs/${graphId}/presets`, { name: 'Ada', inputs: { who: 'Ada' } });
    expect(created.status).toBe(201);
    const presetId = created.body.preset.id;
    expect((await owner.post(`/api/graphs/${graphId}/presets`, { name: 'Bad', inputs: { whom: 'x' } })).body.error.message).toBe(
      'inputs: "whom" is not an Input block of this graph; its inputs are: who.',
    );
    expect((await owner.get(`/api/graphs/${graphId}/presets`)).body.presets.map((p: { name: string }) => p.name)).toEqual(['Ada']);
    const run = await owner.post(`/api/graphs/${graphId}/runs`, { presetId });
    expect((await owner.waitForRun(run.body.runId)).run.outputs).toEqual({ greeting: ['Hello Ada'] });
    const overridden = await owner.post(`/api/graphs/${graphId}/runs`, { presetId, inputs: { who: 'Grace' } });
    expect((await owner.waitForRun(overridden.body.runId)).run.outputs).toEqual({ greeting: ['Hello Grace'] });
    expect((await owner.patch(`/api/presets/${presetId}`, { name: 'Ada L.' })).body.preset).toMatchObject({ name: 'Ada L.', inputs: { who: 'Ada' } });
    const hook = (await owner.post(`/api/graphs/${graphId}/webhooks`, { name: 'preset hook', presetId })).body;
    expect((await new ApiClient(server.url).post(`${hook.path}?wait=true`, {})).body.outputs).toEqual({ greeting: ['Hello Ada'] });
    expect((await new ApiClient(server.url).post(`${hook.path}?wait=true`, { who: 'Lin' })).body.outputs).toEqual({ greeting: ['Hello Lin'] });
    expect((await other.post(`/api/graphs/${graphId}/webhooks`, { presetId })).status).toBe(404);

    expect((await other.get(`/api/graphs/${graphId}/presets`)).status).toBe(404);
    expect((await other.patch(`/api/presets/${presetId}`, { name: 'x' })).status).toBe(404);
    expect((await other.delete(`/api/presets/${presetId}`)).status).toBe(404);
    expect((await other.post(`/api/graphs/${graphId}/runs`, { presetId })).status).toBe(404);
    expect((await owner.delete(`/api/presets/${presetId}`)).status).toBe(204);
  });

  it('creates a schedule and answers with its next five fire times in its time zone', async () => {
    const created = await owner.post(`/api/graphs/${graphId}/schedules`, { cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', inputs: { who: 'team' } });
    expect(created.status).toBe(201);
    expect(created.body.schedule).toMatchObject({ name: '0 9 * * 1-5', enabled: true, catchUp: 'skip', overlap: 'allow', inputs: { who: 'team' } });
    expect(created.body.nextRuns).toHaveLength(5);
    for (const time of created.body.nextRuns) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', weekday: 'short' }).format(
        new Date(time),
      );
      expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
    }
    const id = created.body.schedule.id;
    expect((await owner.get('/api/schedules')).body.schedules.map((s: { schedule: { id: string } }) => s.schedule.id)).toContain(id);
    const paused = await owner.patch(`/api/schedules/${id}`, { enabled: false });
    expect(paused.body).toMatchObject({ schedule: { enabled: false }, nextRuns: [] });
    expect(paused.body.schedule.nextFireAt).toBeUndefined();
    const resumed = await owner.patch(`/api/schedules/${id}`, { enabled: true, cron: '30 7 * * *' });
    expect(resumed.body.nextRuns).toHaveLength(5);

    expect((await other.get(`/api/graphs/${graphId}/schedules`)).status).toBe(404);
    expect((await other.patch(`/api/schedules/${id}`, { enabled: false })).status).toBe(404);
    expect((await other.delete(`/api/schedules/${id}`)).status).toBe(404);
    expect((await other.get('/api/schedules')).body.schedules).toEqual([]);
    expect((await owner.delete(`/api/schedules/${id}`)).status).toBe(204);
    expect((await owner.get(`/api/graphs/${graphId}/schedules`)).body.schedules).toEqual([]);
  });

  it('refuses a bad cron or time zone with a 400 naming the field', async () => {
    const bad = async (body: object) => (await owner.post(`/api/graphs/${graphId}/schedules`, body)).body.error;
    expect(await bad({ cron: '* * *', timezone: 'UTC' })).toMatchObject({
      code: 'invalid_schedule',
      message: expect.stringContaining('cron: "* * *" has 3 fields'),
    });
    expect(await bad({ cron: '0 25 * * *', timezone: 'UTC' })).toMatchObject({ message: expect.stringMatching(/cron: .*hour/) });
    expect(await bad({ cron: '0 9 * * *', timezone: 'Europe/Paris-ish' })).toMatchObject({
      message: expect.stringContaining('timezone: "Europe/Paris-ish" is not an IANA time zone'),
    });
    expect(await bad({ cron: '0 9 * * *' })).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('body.timezone') });
    expect(await bad({ cron: '0 9 * * *', timezone: 'UTC', inputs: {}, presetId: 'p' })).toMatchObject({
      message: 'Give the schedule either inputs or a presetId, not both.',
    });
    expect(await bad({ cron: '0 9 * * *', timezone: 'UTC', overlap: 'sometimes' })).toMatchObject({ message: expect.stringContaining('body.overlap') });
  });

  it('refuses a schedule whose runs would lack a required input, naming it, and shows a fire that failed since', async () => {
    const agent = (await owner.post('/api/graphs', needsTopicGraph)).body.id;
    const schedule = (body: object) => owner.post(`/api/graphs/${agent}/schedules`, { cron: '0 9 * * *', timezone: 'UTC', ...body });
    const refused = await schedule({});
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_inputs', message: expect.stringContaining('Input "topic" has no default') });
    const emptyPreset = (await owner.post(`/api/graphs/${agent}/presets`, { name: 'Empty', inputs: {} })).body.preset;
    expect((await schedule({ presetId: emptyPreset.id })).body.error.message).toMatch(/^presetId \(the preset "Empty"\): .*"topic"/);
    // Paused, it runs nothing, so it may be saved as it is and completed later.
    const paused = await schedule({ enabled: false });
    expect(paused.status).toBe(201);
    expect((await owner.patch(`/api/schedules/${paused.body.schedule.id}`, { enabled: true })).status).toBe(400);
    expect((await owner.patch(`/api/schedules/${paused.body.schedule.id}`, { enabled: true, inputs: { topic: 'tides' } })).status).toBe(200);
    // A webhook that hands its runs the request gives them nothing else: the agent must take a "request" input.
    const hook = await owner.post(`/api/graphs/${agent}/webhooks`, { request: { headers: [] } });
    expect(hook.body.error.message).toContain('"request" is not an Input block of this graph; its inputs are: topic.');

    // The agent changes after the schedule was saved: its next fire fails, and the schedule says why.
    const ticking = await owner.post(`/api/graphs/${graphId}/schedules`, { name: 'tick', cron: '* * * * * *', timezone: 'UTC' });
    expect(ticking.body.lastFire).toBeNull();
    const changed = { ...greeter, nodes: [...greeter.nodes, { id: 'lang', block: 'input', inputs: { name: 'lang' } }] };
    await owner.put(`/api/graphs/${graphId}`, changed);
    const lastFire = async () =>
      (await owner.get(`/api/graphs/${graphId}/schedules`)).body.schedules.find((s: { schedule: { id: string } }) => s.schedule.id === ticking.body.schedule.id)
        .lastFire;
    await expect.poll(async () => (await lastFire())?.outcome).toBe('failed');
    expect((await lastFire()).error).toContain('Run input "lang" is required');
    await owner.delete(`/api/schedules/${ticking.body.schedule.id}`);
    await owner.put(`/api/graphs/${graphId}`, greeter);
  });

  it('fires: a schedule every second starts runs recorded with their schedule and fire time', async () => {
    const preset = (await owner.post(`/api/graphs/${graphId}/presets`, { name: 'Clock', inputs: { who: 'clock' } })).body.preset;
    const { body } = await owner.post(`/api/graphs/${graphId}/schedules`, { name: 'tick', cron: '* * * * * *', timezone: 'UTC', presetId: preset.id });
    const scheduled = async () =>
      (await owner.get(`/api/runs?graphId=${graphId}`)).body.runs.filter((r: { trigger?: { kind: string } }) => r.trigger?.kind === 'schedule');
    while ((await scheduled()).length < 2) await new Promise((resolve) => setTimeout(resolve, 200));
    await owner.delete(`/api/schedules/${body.schedule.id}`);
    const runs = await scheduled();
    for (const run of runs) {
      expect(run.trigger).toEqual({ kind: 'schedule', scheduleId: body.schedule.id, fireTime: expect.any(Number) });
      expect(run.trigger.fireTime % 1000).toBe(0);
      expect((await owner.waitForRun(run.id)).run.outputs).toEqual({ greeting: ['Hello clock'] });
    }
    expect(new Set(runs.map((r: { trigger: { fireTime: number } }) => r.trigger.fireTime)).size).toBe(runs.length);
  });
});
