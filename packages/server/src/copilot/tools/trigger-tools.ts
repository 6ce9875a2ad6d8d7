import { SIGNATURE_SCHEMES } from '@blocksmith/store';
import { z } from 'zod';
import { notFound } from '../../platform/refusal.ts';
import { savePreset } from '../../runs/presets.ts';
import { ScheduleService, type ShownSchedule } from '../../schedules/schedule-service.ts';
import { createWebhook as newWebhook } from '../../webhooks/create-webhook.ts';
import { defineTool, type ToolContext } from './copilot-tool.ts';

const agentId = z.string().min(1).max(100);
const cron = z.string().min(1).max(200).describe('5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first, e.g. "0 9 * * 1-5".');
const timezone = z.string().min(1).max(100).describe('IANA time zone, e.g. Europe/Berlin; the user’s own unless they say otherwise.');
const inputs = z.record(z.string(), z.unknown()).describe('Run inputs by Input-block name: every Input without a default needs one.');

/** A schedule in a tool's answer: what the model needs to tell the user and to change it later. */
const scheduleAnswer = ({ schedule, nextRuns, lastFire }: ShownSchedule) => ({
  scheduleId: schedule.id,
  agentId: schedule.graphId,
  name: schedule.name,
  cron: schedule.cron,
  timezone: schedule.timezone,
  enabled: schedule.enabled,
  ...(schedule.inputs ? { inputs: schedule.inputs } : {}),
  ...(schedule.presetId ? { presetId: schedule.presetId } : {}),
  nextRuns: nextRuns.slice(0, 3),
  ...(lastFire ? { lastFire: { at: new Date(lastFire.fireTime).toISOString(), outcome: lastFire.outcome, runId: lastFire.runId, error: lastFire.error } } : {}),
});

const schedules = (ctx: ToolContext) => new ScheduleService(ctx.platform);

export const listTriggers = defineTool({
  name: 'list_triggers',
  description:
    "What starts one of the user's agents without anyone pressing Run: its schedules (with their next fire times and how the last fire went), its webhooks and its message triggers (listening, or why not).",
  input: z.object({ id: agentId }),
  async run({ id }, ctx) {
    const { store } = ctx.platform;
    const { workspaceId } = ctx.owner;
    if (!(await store.graphs.summary(workspaceId, id))) throw notFound(`Agent ${id}`);
    const [shown, webhooks, messageTriggers] = await Promise.all([
      schedules(ctx).list(workspaceId, id),
      store.webhooks.list(workspaceId, id),
      store.messageTriggers.list(workspaceId, id),
    ]);
    return {
      schedules: shown.map(scheduleAnswer),
      webhooks: webhooks.map((hook) => ({ webhookId: hook.id, name: hook.name, createdAt: new Date(hook.createdAt).toISOString() })),
      messageTriggers: messageTriggers.map((t) => ({
        triggerId: t.id,
        name: t.name,
        broker: t.broker,
        source: t.source,
        input: t.input,
        enabled: t.enabled,
        ...(t.status ? { status: t.status } : {}),
        ...(t.problem ? { problem: t.problem } : {}),
      })),
    };
  },
});

export const createSchedule = defineTool({
  name: 'create_schedule',
  description:
    "Run one of the user's agents on a schedule (cron, in a time zone), with the inputs its runs need. Answers the schedule with its next fire times; an invalid cron or missing inputs are refused with the reason.",
  input: z.object({
    id: agentId,
    cron,
    timezone,
    name: z.string().trim().min(1).max(200).optional(),
    inputs: inputs.optional(),
    preset_id: z.string().min(1).max(100).optional().describe('Run with this preset of the agent instead of inputs (from list_presets).'),
    enabled: z.boolean().default(true),
  }),
  async run({ id, preset_id, ...fields }, ctx) {
    return scheduleAnswer(await schedules(ctx).create(ctx.owner, id, { ...fields, ...(preset_id !== undefined ? { presetId: preset_id } : {}) }));
  },
});

export const changeSchedule = defineTool({
  name: 'change_schedule',
  description: "Change a schedule of the user's (from list_triggers): its cron, time zone, name, inputs, or pause it (enabled: false) and resume it.",
  input: z.object({
    schedule_id: z.string().min(1).max(100),
    cron: cron.optional(),
    timezone: timezone.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    inputs: inputs.optional(),
    preset_id: z.string().min(1).max(100).optional().describe('Run with this preset of the agent instead of inputs.'),
    enabled: z.boolean().optional(),
  }),
  async run({ schedule_id, preset_id, ...change }, ctx) {
    return scheduleAnswer(
      await schedules(ctx).change(ctx.owner.workspaceId, schedule_id, { ...change, ...(preset_id !== undefined ? { presetId: preset_id } : {}) }),
    );
  },
});

export const deleteSchedule = defineTool({
  name: 'delete_schedule',
  description: "Delete a schedule of the user's (from list_triggers): it fires no more. Ask the user first unless they asked for it.",
  input: z.object({ schedule_id: z.string().min(1).max(100) }),
  async run({ schedule_id }, ctx) {
    await schedules(ctx).delete(ctx.owner.workspaceId, schedule_id);
    return { deleted: true, scheduleId: schedule_id };
  },
});

export const listPresets = defineTool({
  name: 'list_presets',
  description: "The presets of one of the user's agents: named sets of run inputs that runs and schedules can start with.",
  input: z.object({ id: agentId }),
  async run({ id }, ctx) {
    const { store } = ctx.platform;
    if (!(await store.graphs.summary(ctx.owner.workspaceId, id))) throw notFound(`Agent ${id}`);
    return { presets: (await store.presets.list(ctx.owner.workspaceId, id)).map((p) => ({ presetId: p.id, name: p.name, inputs: p.inputs })) };
  },
});

export const createPreset = defineTool({
  name: 'create_preset',
  description: "Save named run inputs (by Input-block name) of one of the user's agents, for runs and schedules to start with (create_schedule's preset_id).",
  input: z.object({ id: agentId, name: z.string().trim().min(1).max(200), inputs }),
  async run({ id, name, inputs: values }, ctx) {
    const preset = await savePreset(ctx.platform, ctx.owner, id, { name, inputs: values });
    return { presetId: preset.id, name: preset.name, inputs: preset.inputs };
  },
});

export const createWebhook = defineTool({
  name: 'create_webhook',
  description:
    "Give one of the user's agents a webhook: an address other services POST to, each call starting a run (the JSON body's keys as its inputs, or the whole request as its `request` input). " +
    'Answers the URL once — tell the user to keep it secret: it is the credential. With signature_secret only calls signed with it start runs.',
  input: z.object({
    id: agentId,
    name: z.string().trim().min(1).max(100).default('webhook'),
    preset_id: z.string().min(1).max(100).optional().describe('Start runs with this preset’s inputs (from list_presets).'),
    pass_request: z
      .boolean()
      .default(false)
      .describe('Give runs the whole request (body, query, headers) as their `request` input (an Input block named request) instead of the body’s keys.'),
    signature_secret: z.string().min(16).max(500).optional().describe('The secret the sender signs its calls with (at least 16 characters).'),
    signature_scheme: z
      .enum(SIGNATURE_SCHEMES)
      .default('github')
      .describe(
        'github: sha256=<HMAC of the body> in X-Hub-Signature-256; slack: Slack’s v0 signature; stripe: Stripe-Signature (the endpoint’s whsec_ secret).',
      ),
  }),
  async run({ id, name, preset_id, pass_request, signature_secret, signature_scheme }, ctx) {
    const { webhook, path } = await newWebhook(ctx.platform, ctx.owner, id, {
      name,
      presetId: preset_id,
      signature: signature_secret === undefined ? undefined : { secret: signature_secret, scheme: signature_scheme },
      request: pass_request ? { headers: [] } : undefined,
    });
    return { webhookId: webhook.id, agentId: id, name: webhook.name, url: `${ctx.origin}${path}`, signed: signature_secret !== undefined };
  },
});

export const deleteWebhook = defineTool({
  name: 'delete_webhook',
  description: "Delete a webhook of the user's (from list_triggers): calls to its URL start no more runs. Ask the user first unless they asked for it.",
  input: z.object({ webhook_id: z.string().min(1).max(100) }),
  async run({ webhook_id }, ctx) {
    if (!(await ctx.platform.store.webhooks.delete(ctx.owner.workspaceId, webhook_id))) throw notFound(`Webhook ${webhook_id}`);
    return { deleted: true, webhookId: webhook_id };
  },
});
