import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { recordChanges } from '../audit/audit-trail.ts';
import { requireUser } from '../auth/authenticate.ts';
import { authorizeWorkspace } from '../auth/workspace-access.ts';
import { drainUnreadBodies } from './drain-unread-body.ts';
import { installErrorHandler } from './errors.ts';
import { refuseUnsoundJson } from './json-body-check.ts';
import { registerOpenApi } from './openapi.ts';
import { refuseCrossOrigin } from './same-origin.ts';
import type { Platform } from '../platform/platform.ts';
import { apiKeyRoutes } from '../routes/api-keys.ts';
import { accountRoutes } from '../routes/account.ts';
import { authRoutes } from '../routes/auth.ts';
import { ssoRoutes } from '../routes/sso.ts';
import { presetRoutes } from '../routes/presets.ts';
import { datasetRoutes } from '../routes/datasets.ts';
import { dataTableRoutes } from '../routes/data-tables.ts';
import { knowledgeRoutes } from '../routes/knowledge.ts';
import { evaluationRoutes } from '../routes/evaluations.ts';
import { releaseRoutes } from '../routes/releases.ts';
import { budgetRoutes } from '../routes/budgets.ts';
import { copilotRoutes } from '../routes/copilot.ts';
import { copilotMemoryRoutes } from '../routes/copilot-memories.ts';
import { mcpRoutes } from '../routes/mcp.ts';
import { challengeUnauthenticated } from './auth-challenge.ts';
import { oauthCallbackRoute, oauthRoutes } from '../routes/oauth.ts';
import { reviewRoutes } from '../routes/reviews.ts';
import { scheduleRoutes } from '../routes/schedules.ts';
import { messageTriggerRoutes } from '../routes/message-triggers.ts';
import { blockRoutes } from '../routes/blocks.ts';
import { credentialRoutes } from '../routes/credentials.ts';
import { fileRoutes } from '../routes/files.ts';
import { graphRoutes } from '../routes/graphs.ts';
import { healthRoutes } from '../routes/health.ts';
import { homeRoutes } from '../routes/home.ts';
import { runRoutes } from '../routes/runs.ts';
import { runShareRoutes, sharedRunRoutes } from '../routes/run-shares.ts';
import { appRoutes, appVisitorRoutes } from '../routes/apps.ts';
import { appChatOwnerRoutes, appChatVisitorRoutes } from '../routes/app-chat.ts';
import { notificationRoutes } from '../routes/notifications.ts';
import { pinRoutes } from '../routes/pins.ts';
import { webhookManagementRoutes, webhookTriggerRoutes } from '../routes/webhooks.ts';
import { websocketRoutes } from '../routes/websocket.ts';
import { workspaceRoutes } from '../routes/workspaces.ts';
import { auditRoutes } from '../routes/audit.ts';
import { operatorRoutes } from '../routes/operator.ts';

export function redactSecrets(url: string): string {
  return url.replace(/\/api\/hooks\/[^/?]+/, '/api/hooks/[redacted]');
}

/** On shutdown every socket is told the server is going away (1001), so clients reconnect with backoff to the next one. */
function closeSocketsGoingAway(this: FastifyInstance, done: () => void): void {
  for (const client of this.websocketServer.clients) client.close(1001, 'The server is shutting down; reconnect shortly.');
  this.websocketServer.close();
  done();
}

/** The HTTP application: public auth and health routes, everything else behind sign-in. */
export async function buildApp(platform: Platform): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      platform.config.logLevel === 'silent'
        ? false
        : {
            level: platform.config.logLevel,
            // Webhook URLs carry their secret token: it never reaches the logs.
            serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: redactSecrets(req.url) }) },
          },
    bodyLimit: platform.config.maxBodyBytes,
    trustProxy: false,
  });
  installErrorHandler(app);
  challengeUnauthenticated(app);
  // Enough to take the largest upload a client may legitimately try, and a margin.
  drainUnreadBodies(app, 2 * Math.max(platform.config.maxBodyBytes, platform.config.maxFileBytes, platform.config.maxGraphBytes));
  // The API speaks JSON only; other bodies get a 415 that says so.
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', refuseUnsoundJson);
  await app.register(cookie);
  app.addHook('onRequest', refuseCrossOrigin(platform.config));
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 }, preClose: closeSocketsGoingAway });
  await registerOpenApi(app, platform.config.publicUrl);
  recordChanges(app, platform.store);

  await healthRoutes(app, platform);
  await homeRoutes(app);
  await authRoutes(app, platform);
  await ssoRoutes(app, platform);
  await webhookTriggerRoutes(app, platform);
  await oauthCallbackRoute(app, platform);
  await sharedRunRoutes(app, platform);
  await appVisitorRoutes(app, platform);
  await appChatVisitorRoutes(app, platform);
  await app.register(async (protectedScope) => {
    protectedScope.addHook('onRequest', requireUser(platform.store));
    // After the body is read, so a body over the limit is a 413 whoever sends it, as on every route.
    protectedScope.addHook('preHandler', authorizeWorkspace(platform.store));
    await accountRoutes(protectedScope, platform);
    await notificationRoutes(protectedScope, platform);
    await apiKeyRoutes(protectedScope, platform);
    await blockRoutes(protectedScope, platform);
    await graphRoutes(protectedScope, platform);
    await runRoutes(protectedScope, platform);
    await runShareRoutes(protectedScope, platform);
    await appRoutes(protectedScope, platform);
    await appChatOwnerRoutes(protectedScope, platform);
    await pinRoutes(protectedScope, platform);
    await fileRoutes(protectedScope, platform);
    await webhookManagementRoutes(protectedScope, platform);
    await presetRoutes(protectedScope, platform);
    await scheduleRoutes(protectedScope, platform);
    await messageTriggerRoutes(protectedScope, platform);
    await reviewRoutes(protectedScope, platform);
    await copilotRoutes(protectedScope, platform);
    await copilotMemoryRoutes(protectedScope, platform);
    // A scope of its own: its JSON parser answers malformed JSON as JSON-RPC does.
    await protectedScope.register(async (mcpScope) => mcpRoutes(mcpScope, platform));
    await credentialRoutes(protectedScope, platform);
    await oauthRoutes(protectedScope, platform);
    await workspaceRoutes(protectedScope, platform);
    await auditRoutes(protectedScope, platform);
    await operatorRoutes(protectedScope, platform);
    await datasetRoutes(protectedScope, platform);
    await dataTableRoutes(protectedScope, platform);
    await knowledgeRoutes(protectedScope, platform);
    await evaluationRoutes(protectedScope, platform);
    await releaseRoutes(protectedScope, platform);
    await budgetRoutes(protectedScope, platform);
  });
  await websocketRoutes(app, platform);
  return app;
}
