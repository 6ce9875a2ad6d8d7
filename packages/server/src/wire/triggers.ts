import { SIGNATURE_SCHEMES } from '@blocksmith/store';
import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp, valuesByName } from './common.ts';
import { graphRunStatus } from './runs.ts';

export const preset = named(
  'Preset',
  z.object({ id: z.string(), graphId: z.string(), name: z.string(), inputs: valuesByName, createdAt: timestamp, updatedAt: timestamp }),
);
export const presetAnswer = z.object({ preset });
export const presetList = z.object({ presets: z.array(preset) });

export const schedule = named(
  'Schedule',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    userId: z.string().describe('The member who made it: its runs act for them.'),
    graphId: z.string(),
    name: z.string(),
    cron: z.string().describe('5 fields, or 6 with seconds first.'),
    timezone: z.string().describe('IANA name, e.g. Europe/Berlin.'),
    inputs: valuesByName.optional(),
    presetId: z.string().optional(),
    alias: z.string().optional().describe("Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest."),
    enabled: z.boolean(),
    catchUp: z.enum(['skip', 'latest']),
    overlap: z.enum(['allow', 'skip']),
    nextFireAt: timestamp.optional().describe('The next fire time not handled yet; absent while disabled.'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const scheduleFire = named(
  'ScheduleFire',
  z.object({
    scheduleId: z.string(),
    fireTime: timestamp,
    outcome: z.enum(['started', 'skipped_overlap', 'failed']),
    runId: z.string().optional(),
    error: z.string().optional(),
  }),
);
export const scheduleFires = z.object({ fires: z.array(scheduleFire) });

export const shownSchedule = named(
  'ShownSchedule',
  z.object({
    schedule,
    nextRuns: z.array(z.string()).describe('The next fire times (ISO 8601); none while disabled.'),
    lastFire: scheduleFire.nullable().describe('How the latest fire went: the run it started, or why it started none.'),
  }),
);
export const scheduleList = z.object({ schedules: z.array(shownSchedule) });

export const webhook = named(
  'Webhook',
  z.object({
    id: z.string(),
    graphId: z.string(),
    name: z.string(),
    createdAt: timestamp,
    presetId: z.string().optional(),
    alias: z.string().optional().describe("Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest."),
    signatureHeader: z.string().optional().describe('Calls must carry a signature in this header.'),
    signatureScheme: z.enum(SIGNATURE_SCHEMES).optional(),
    request: z
      .object({ headers: z.array(z.string()) })
      .optional()
      .describe('The run gets the whole request as its request input.'),
  }),
);
export const webhookList = z.object({ webhooks: z.array(webhook) });
export const createdWebhook = z.object({
  webhook,
  url: z.string().describe('The absolute URL to call, with its secret token: in this answer only.'),
  path: z.string(),
});

/** What the public trigger answers: the run started, or (with ?wait=true) how it ended. */
export const hookAnswer = z.object({
  runId: z.string(),
  status: graphRunStatus,
  outputs: z.record(z.string(), z.array(z.unknown())).optional(),
  error: z.union([z.string(), z.object({ code: z.string(), message: z.string() })]).optional(),
});
export const slackChallenge = z.object({ challenge: z.string() });

export const messageBroker = z
  .enum(['amqp', 'mqtt', 'nats', 'redis'])
  .describe('amqp: RabbitMQ (AMQP 0-9-1); mqtt: an MQTT broker (v5); nats: NATS JetStream; redis: a Redis stream.');

export const messageTrigger = named(
  'MessageTrigger',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    userId: z.string().describe('The member who made it: its runs act for them.'),
    graphId: z.string(),
    name: z.string(),
    broker: messageBroker,
    credentialId: z.string().describe('The credential holding the broker URL, of the kind named by broker.'),
    source: z
      .string()
      .describe(
        'What it consumes: a queue (RabbitMQ), a topic filter (MQTT, + and # allowed), a subject (NATS JetStream, * and > allowed) or a stream key (Redis).',
      ),
    input: z.string().describe('The Input block each message goes to: JSON as its value, other bytes as text.'),
    presetId: z.string().optional().describe("The rest of each run's inputs come from this preset."),
    alias: z.string().optional().describe("Its runs run this alias's version; absent, the production alias's when the agent has one, else the latest."),
    enabled: z.boolean(),
    status: z
      .enum(['listening', 'failing'])
      .optional()
      .describe('What its consumer last found; absent until one has tried (within a few seconds of a change).'),
    problem: z.string().optional().describe('Why it fails, and what happens meanwhile.'),
    lastRunId: z.string().optional().describe('The run the latest message started.'),
    lastMessageAt: timestamp.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);
export const messageTriggerAnswer = z.object({ trigger: messageTrigger });
export const messageTriggerList = z.object({ triggers: z.array(messageTrigger) });
