import type { FastifyInstance } from 'fastify';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { markReadBody, notificationList, notificationListQuery, notificationSettings, notificationSettingsAnswer } from '../wire/notifications.ts';

/** A person's notifications and how they are told (docs/publishing.md). */
export async function notificationRoutes(app: FastifyInstance, { store, config }: Platform): Promise<void> {
  app.get(
    '/api/notifications',
    doc('account', 'Your notifications, the latest first, and how many are unread', {
      operationId: 'listNotifications',
      access: 'account',
      query: notificationListQuery,
      responses: { 200: notificationList },
    }),
    async (request) => {
      const { unread, limit } = parseWith(notificationListQuery, request.query, 'query');
      return {
        notifications: await store.notifications.list(request.userId, { unreadOnly: unread === '1', limit }),
        unread: await store.notifications.unread(request.userId),
      };
    },
  );

  app.post(
    '/api/notifications/read',
    doc('account', 'Mark notifications read: these, or all of yours', {
      operationId: 'markNotificationsRead',
      access: 'account',
      body: markReadBody,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { ids } = parseWith(markReadBody, request.body ?? {}, 'body');
      await store.notifications.markRead(request.userId, ids, Date.now());
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/notifications/settings',
    doc('account', 'How you are told: email, a webhook (Slack or any), the agents you muted', {
      operationId: 'getNotificationSettings',
      access: 'account',
      responses: { 200: notificationSettingsAnswer },
    }),
    async (request) => ({ settings: await store.notifications.settings(request.userId), emailAvailable: config.mail !== undefined }),
  );

  app.put(
    '/api/notifications/settings',
    doc('account', 'Change how you are told', {
      operationId: 'changeNotificationSettings',
      access: 'account',
      body: notificationSettings,
      responses: { 200: notificationSettingsAnswer },
    }),
    async (request) => {
      const settings = parseWith(notificationSettings, request.body, 'body');
      await store.notifications.saveSettings(request.userId, settings);
      return { settings, emailAvailable: config.mail !== undefined };
    },
  );
}
