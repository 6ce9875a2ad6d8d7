import type { App } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { refuseOverLimit } from '../apps/app-limits.ts';
import { ensureVisitor, openApp, visitorOf } from '../apps/app-visitor.ts';
import { startChatTurn, type TurnEvent } from '../apps/chat-turn.ts';
import { parseWith } from '../http/errors.ts';
import { streamEvents } from '../http/event-stream.ts';
import { doc } from '../http/openapi.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { Platform } from '../platform/platform.ts';
import {
  appConversationAnswer,
  appConversationDetail,
  appConversationList,
  appKeyQuery as keyQuery,
  appMessageBody,
  appSlug,
  appSlugParam as slugParam,
} from '../wire/apps.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const ownerConversationParams = z.object({ id: z.string().min(1).max(100), conversationId: z.string().min(1).max(100) });
const conversationParams = z.object({ slug: appSlug, conversationId: z.string().min(1).max(100) });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();

/** What the visitor and the owner read of a conversation: its last messages. */
const SHOWN_MESSAGES = 200;
const TITLE_CHARS = 80;

const notAChat = () => new Refusal('conflict', 'not_a_chat', 'This app is a form, not a chat: run it with POST /api/apps/:slug/runs.');
const chatOnly = (app: App): App => {
  if (app.kind !== 'chat') throw notAChat();
  return app;
};

/** A chat app's conversations, for the members of its workspace (docs/publishing.md). */
export async function appChatOwnerRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  const appOf = async (workspaceId: string, graphId: string) => {
    const found = await store.apps.ofGraph(workspaceId, graphId);
    if (!found) throw notFound(`The app of agent ${graphId} (it is not published)`);
    return found;
  };

  app.get(
    '/api/graphs/:id/app/conversations',
    doc('apps', "The conversations of the agent's chat app, every visitor's, the latest first", {
      operationId: 'listAppConversations',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      query: listQuery,
      responses: { 200: appConversationList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { limit } = parseWith(listQuery, request.query, 'query');
      return { conversations: await store.appConversations.list((await appOf(request.workspaceId, id)).id, undefined, limit) };
    },
  );

  app.get(
    '/api/graphs/:id/app/conversations/:conversationId',
    doc('apps', "One conversation of the agent's chat app, with its messages", {
      operationId: 'getAppConversation',
      access: { needs: 'read', on: 'graph' },
      params: ownerConversationParams,
      responses: { 200: appConversationDetail },
    }),
    async (request) => {
      const { id, conversationId } = parseWith(ownerConversationParams, request.params, 'params');
      const conversation = await store.appConversations.get((await appOf(request.workspaceId, id)).id, conversationId, undefined);
      if (!conversation) throw notFound(`Conversation ${conversationId}`);
      return { conversation, messages: await store.appConversations.messages(conversation.id, SHOWN_MESSAGES) };
    },
  );
}

/** What a chat app's page calls for its visitor: their conversations, and a turn whose reply streams. */
export async function appChatVisitorRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, config } = platform;
  const secure = config.publicUrl?.startsWith('https:') ?? false;
  const visitorConversation = async (opened: App, visitor: string | undefined, conversationId: string) => {
    const conversation = visitor === undefined ? undefined : await store.appConversations.get(opened.id, conversationId, visitor);
    if (!conversation) throw notFound(`Conversation ${conversationId} of this app`);
    return conversation;
  };

  app.post(
    '/api/apps/:slug/conversations',
    doc('apps', 'Start a conversation with a chat app', {
      operationId: 'startAppConversation',
      public: true,
      params: slugParam,
      query: keyQuery,
      body: appMessageBody,
      responses: { 201: appConversationAnswer },
      rateLimit: { max: 30, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { slug } = parseWith(slugParam, request.params, 'params');
      const opened = chatOnly(await openApp(store, request, slug, parseWith(keyQuery, request.query, 'query').key));
      const { text } = parseWith(appMessageBody, request.body, 'body');
      const visitor = ensureVisitor(request, reply, secure);
      const title = text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1)}…` : text;
      return reply.status(201).send({ conversation: await store.appConversations.create(opened.id, visitor, title) });
    },
  );

  app.get(
    '/api/apps/:slug/conversations',
    doc('apps', "The visitor's conversations with a chat app, the latest first (the last 50)", {
      operationId: 'listMyAppConversations',
      public: true,
      params: slugParam,
      query: keyQuery,
      responses: { 200: appConversationList },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { slug } = parseWith(slugParam, request.params, 'params');
      const opened = chatOnly(await openApp(store, request, slug, parseWith(keyQuery, request.query, 'query').key));
      const visitor = visitorOf(request);
      return { conversations: visitor === undefined ? [] : await store.appConversations.list(opened.id, visitor, 50) };
    },
  );

  app.get(
    '/api/apps/:slug/conversations/:conversationId',
    doc('apps', "One of the visitor's conversations, with its messages", {
      operationId: 'getMyAppConversation',
      public: true,
      params: conversationParams,
      query: keyQuery,
      responses: { 200: appConversationDetail },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { slug, conversationId } = parseWith(conversationParams, request.params, 'params');
      const opened = chatOnly(await openApp(store, request, slug, parseWith(keyQuery, request.query, 'query').key));
      const conversation = await visitorConversation(opened, visitorOf(request), conversationId);
      return { conversation, messages: await store.appConversations.messages(conversation.id, SHOWN_MESSAGES) };
    },
  );

  app.post(
    '/api/apps/:slug/conversations/:conversationId/messages',
    doc('apps', "Say something in a conversation: the agent's reply streams as text/event-stream (delta events, then reply)", {
      operationId: 'sayToApp',
      public: true,
      params: conversationParams,
      query: keyQuery,
      body: appMessageBody,
      responses: {
        200: {
          description: 'The turn as server-sent events: `delta` ({ type, text }) as the reply streams, then `reply` ({ type, message }), the reply kept.',
          content: { 'text/event-stream': { type: 'string' } },
        },
      },
      rateLimit: { max: 30, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { slug, conversationId } = parseWith(conversationParams, request.params, 'params');
      const opened = chatOnly(await openApp(store, request, slug, parseWith(keyQuery, request.query, 'query').key));
      const { text } = parseWith(appMessageBody, request.body, 'body');
      const visitor = visitorOf(request);
      const conversation = await visitorConversation(opened, visitor, conversationId);
      await refuseOverLimit(store, opened, 'runs', Date.now(), reply);
      await streamEvents<TurnEvent>(reply, async (send) => {
        const turn = await startChatTurn(platform, opened, conversation, visitor!, text, send);
        return { ended: turn.ended.catch((error: unknown) => request.log.error({ err: error }, 'a chat turn failed to keep its reply')) };
      });
    },
  );
}
