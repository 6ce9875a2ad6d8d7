import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf, type CopilotPlatform, type ToolContext } from './copilot-tool.ts';
import { memberContext } from './tool-testing.ts';
import { changeSchedule, createPreset, createSchedule, createWebhook, deleteSchedule, deleteWebhook, listPresets, listTriggers } from './trigger-tools.ts';
import { hashToken } from '../../auth/tokens.ts';
import { CredentialsVault } from '../../vault/credentials-vault.ts';

/** An agent whose runs need a topic: an Input without a default. */
const needsTopic = {
  schemaVersion: 1 as const,
  name: 'Needs topic',
  nodes: [
    { id: 'topic', block: 'input', inputs: { name: 'topic' } },
    { id: 'out', block: 'output', inputs: { name: 'said' } },
  ],
  links: [{ from: { node: 'topic', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

describe('the copilot manages schedules through the same checks as the API', () => {
  let database: TestDatabase;
  let store: Store;
  let ctx: ToolContext;
  let other: ToolContext;
  let agentId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const platform = { store, registry: new BlockRegistry(standardBlocks), vault: new CredentialsVault(store, randomBytes(32)) } as unknown as CopilotPlatform;
    ctx = await memberContext(store, platform, 'builder@x.test');
    other = await memberContext(store, platform, 'other@x.test');
    agentId = (await store.graphs.create(ctx.owner, needsTopic)).id;
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const refusal = (call: Promise<unknown>) => call.then(() => undefined, refusalOf);

  it('creates a schedule with the inputs its runs need, answering its next fire times in its time zone', async () => {
    expect(await refusal(createSchedule.run({ id: agentId, cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', enabled: true }, ctx))).toEqual({
      error: expect.stringContaining('"topic" has no default, so every run needs a value'),
    });
    expect(await refusal(createSchedule.run({ id: agentId, cron: '0 25 * * *', timezone: 'UTC', enabled: true }, ctx))).toMatchObject({
      error: expect.stringContaining('The schedule is invalid'),
    });
    const created = (await createSchedule.run(
      { id: agentId, cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', inputs: { topic: 'tides' }, enabled: true },
      ctx,
    )) as { scheduleId: string; nextRuns: string[] };
    expect(created).toMatchObject({ agentId, name: '0 9 * * 1-5', enabled: true, inputs: { topic: 'tides' } });
    expect(created.nextRuns).toHaveLength(3);
    for (const time of created.nextRuns) {
      const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(
        new Date(time),
      );
      expect(berlin).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
    }

    const listed = (await listTriggers.run({ id: agentId }, ctx)) as { schedules: { scheduleId: string }[]; webhooks: unknown[]; messageTriggers: unknown[] };
    expect(listed).toMatchObject({ schedules: [{ scheduleId: created.scheduleId }], webhooks: [], messageTriggers: [] });

    const paused = await changeSchedule.run({ schedule_id: created.scheduleId, enabled: false }, ctx);
    expect(paused).toMatchObject({ enabled: false, nextRuns: [] });
    expect(await deleteSchedule.run({ schedule_id: created.scheduleId }, ctx)).toEqual({ deleted: true, scheduleId: created.scheduleId });
    expect((await store.schedules.list(ctx.owner.workspaceId)).length).toBe(0);
  });

  it('saves presets the agent takes, and schedules runs with one', async () => {
    expect(await refusal(createPreset.run({ id: agentId, name: 'wrong', inputs: { subject: 'x' } }, ctx))).toEqual({
      error: 'inputs: "subject" is not an Input block of this graph; its inputs are: topic.',
    });
    const preset = (await createPreset.run({ id: agentId, name: 'Tides', inputs: { topic: 'tides' } }, ctx)) as { presetId: string };
    expect(await listPresets.run({ id: agentId }, ctx)).toEqual({ presets: [{ presetId: preset.presetId, name: 'Tides', inputs: { topic: 'tides' } }] });
    const scheduled = (await createSchedule.run({ id: agentId, cron: '0 6 * * *', timezone: 'UTC', preset_id: preset.presetId, enabled: true }, ctx)) as {
      scheduleId: string;
    };
    expect(scheduled).toMatchObject({ presetId: preset.presetId });
    await deleteSchedule.run({ schedule_id: scheduled.scheduleId }, ctx);
    expect(await refusal(listPresets.run({ id: agentId }, other))).toEqual({ error: `Agent ${agentId} was not found.` });
  });

  it('gives an agent a webhook whose URL is answered once, its inputs checked, and deletes it', async () => {
    expect(await refusal(createWebhook.run(createWebhook.input.parse({ id: agentId, pass_request: true }), ctx))).toEqual({
      error: expect.stringContaining('"request" is not an Input block of this graph; its inputs are: topic.'),
    });
    expect(await refusal(createWebhook.run(createWebhook.input.parse({ id: agentId, preset_id: 'nope' }), ctx))).toEqual({
      error: 'presetId: no preset nope of this graph.',
    });
    const hook = (await createWebhook.run(createWebhook.input.parse({ id: agentId, name: 'Form posts', signature_secret: 's'.repeat(16) }), ctx)) as {
      webhookId: string;
      url: string;
    };
    expect(hook).toMatchObject({ agentId, name: 'Form posts', signed: true, url: expect.stringMatching(/^http:\/\/blocksmith\.test\/api\/hooks\/bsh_/) });
    // The URL's token is the credential: it reaches this webhook, and only its hash is kept.
    expect(await store.webhooks.resolve(hashToken(hook.url.split('/').pop()!))).toMatchObject({
      webhookId: hook.webhookId,
      signature: { header: 'X-Hub-Signature-256' },
    });
    expect(await listTriggers.run({ id: agentId }, ctx)).toMatchObject({ webhooks: [{ webhookId: hook.webhookId, name: 'Form posts' }] });

    expect(await refusal(deleteWebhook.run({ webhook_id: hook.webhookId }, other))).toEqual({ error: `Webhook ${hook.webhookId} was not found.` });
    expect(await refusal(createWebhook.run(createWebhook.input.parse({ id: agentId }), other))).toEqual({ error: `Graph ${agentId} was not found.` });
    expect(await deleteWebhook.run({ webhook_id: hook.webhookId }, ctx)).toEqual({ deleted: true, webhookId: hook.webhookId });
    expect(await store.webhooks.list(ctx.owner.workspaceId, agentId)).toEqual([]);
  });

  it('never reaches another workspace’s agents or schedules', async () => {
    const theirs = (await createSchedule.run({ id: agentId, cron: '0 * * * *', timezone: 'UTC', inputs: { topic: 'x' }, enabled: true }, ctx)) as {
      scheduleId: string;
    };
    expect(await refusal(listTriggers.run({ id: agentId }, other))).toEqual({ error: `Agent ${agentId} was not found.` });
    expect(await refusal(createSchedule.run({ id: agentId, cron: '0 * * * *', timezone: 'UTC', inputs: { topic: 'x' }, enabled: true }, other))).toEqual({
      error: `Graph ${agentId} was not found.`,
    });
    expect(await refusal(changeSchedule.run({ schedule_id: theirs.scheduleId, enabled: false }, other))).toEqual({
      error: `Schedule ${theirs.scheduleId} was not found.`,
    });
    expect(await refusal(deleteSchedule.run({ schedule_id: theirs.scheduleId }, other))).toEqual({ error: `Schedule ${theirs.scheduleId} was not found.` });
    expect((await store.schedules.list(ctx.owner.workspaceId)).map((s) => s.enabled)).toEqual([true]);
  });
});
