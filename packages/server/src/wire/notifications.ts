import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const notificationKind = z
  .enum(['run_failed', 'review_waiting', 'fire_failed', 'budget_reached'])
  .describe("What happened: a run failed, a review waits for you, a schedule's fire could not start a run, a run was stopped by a budget.");

export const notification = named(
  'Notification',
  z.object({
    id: z.string(),
    workspaceId: z.string().nullable(),
    kind: notificationKind,
    subject: z.string().describe('The agent it is about.'),
    title: z.string(),
    body: z.string(),
    link: z.string().describe('Where to look in the app, e.g. /#/graphs/<id>/runs/<runId>.'),
    count: z.number().int().describe('How many events it stands for: those of its agent and kind within one digest window.'),
    createdAt: timestamp,
    updatedAt: timestamp,
    readAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable().describe('When it went out by email and webhook (once its digest window closed).'),
  }),
);

export const notificationList = z.object({
  notifications: z.array(notification).describe('The latest first.'),
  unread: z.number().int().describe('How many are unread, in all.'),
});

export const notificationListQuery = z
  .object({ unread: z.enum(['0', '1']).optional().describe('1: only the unread ones.'), limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export const markReadBody = z.object({ ids: z.array(z.string().min(1).max(100)).max(200).optional().describe('These; absent: all of yours.') }).strict();

export const notificationSettings = named(
  'NotificationSettings',
  z
    .object({
      email: z.boolean().describe('Send each digest to your email too (when the operator set up mail).'),
      webhookUrl: z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL, such as a Slack incoming webhook' })
        .max(2000)
        .nullable()
        .describe('POST each digest here as JSON: `text` (what Slack shows) and `notification`.'),
      mutedAgents: z.array(z.string().min(1).max(100)).max(1000).describe('Agents whose failures you are not told of (reviews are always told).'),
    })
    .strict(),
);

export const notificationSettingsAnswer = z.object({
  settings: notificationSettings,
  emailAvailable: z.boolean().describe('Whether the operator set up mail (BLOCKSMITH_SMTP_URL).'),
});
