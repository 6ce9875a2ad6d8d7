import { SlugTakenError, type App } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appRunView, filesOfRun } from '../apps/app-run-view.ts';
import { appAgent, appRunner } from '../apps/app-agent.ts';
import { refuseOverLimit } from '../apps/app-limits.ts';
import { ensureVisitor, openApp, visitorOf } from '../apps/app-visitor.ts';
import { refuseNonChatAgent } from '../apps/chat-agent.ts';
import { refuseOthersFiles } from '../apps/visitor-files.ts';
import { newToken } from '../auth/tokens.ts';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { Platform } from '../platform/platform.ts';
import { agentInputs, agentOutputs } from '../runs/agent-inputs.ts';
import {
  appAnswer,
  appKey,
  appKeyQuery as keyQuery,
  appPageAnswer,
  appRunAnswer,
  appRunList,
  appSettingsBody,
  appSlug,
  appSlugParam as slugParam,
} from '../wire/apps.ts';
import { uploadedFile } from '../wire/files.ts';
import { acceptRawBodies, fileName, inlineParam, serveFile, uploadedContent } from './files.ts';
import { sendWebPage } from './home.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const runParams = z.object({ slug: appSlug, runId: z.string().min(1).max(100) });
const fileParams = z.object({ slug: appSlug, runId: z.string().min(1).max(100), fileId: z.string().min(1).max(100) });
const fileQuery = z.object({ key: appKey, inline: inlineParam }).strict();
const uploadQuery = z.object({ key: appKey, name: fileName }).strict();
const startBody = z.object({ inputs: z.record(z.string(), z.unknown()).default({}) }).strict();

/** The visitor's history: their newest runs of the app. */
const HISTORY = 20;

/** The page's address, with the link's key for an app opened by link. */
const pathOf = (app: App): string => `/apps/${app.slug}${app.access === 'link' && app.linkKey ? `?key=${app.linkKey}` : ''}`;
const published = (app: App) => {
  const { linkKey: _key, workspaceId: _workspace, ...shown } = app;
  return { ...shown, path: pathOf(app) };
};

/** Publishing an agent as an app page, for its workspace's members (docs/publishing.md). */
export async function appRoutes(app: FastifyInstance, { store, registry }: Platform): Promise<void> {
  app.get(
    '/api/graphs/:id/app',
    doc('apps', "The agent's app page, when it is published", {
      operationId: 'getApp',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: appAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const found = await store.apps.ofGraph(request.workspaceId, id);
      if (!found) throw notFound(`The app of agent ${id} (it is not published)`);
      return { app: published(found) };
    },
  );

  app.put(
    '/api/graphs/:id/app',
    doc('apps', 'Publish the agent as an app page at /apps/<slug>, or change its page: who may open it, its limits', {
      operationId: 'publishApp',
      access: { needs: 'build', on: 'graph' },
      params: idParam,
      body: appSettingsBody,
      responses: { 200: appAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { newLinkKey, ...settings } = parseWith(appSettingsBody, request.body, 'body');
      const agent = await appAgent(store, request.workspaceId, id);
      if (!agent) throw notFound(`Graph ${id}`);
      if (settings.kind === 'chat') refuseNonChatAgent(agent.graph, registry);
      const current = await store.apps.ofGraph(request.workspaceId, id);
      const key = settings.access === 'link' && (newLinkKey || !current?.linkKey) ? newToken() : undefined;
      try {
        return { app: published(await store.apps.publish(request.owner, id, settings, key)) };
      } catch (error) {
        if (error instanceof SlugTakenError) throw new Refusal('conflict', 'slug_taken', error.message);
        throw error;
      }
    },
  );

  app.delete(
    '/api/graphs/:id/app',
    doc('apps', "Take the agent's app page down: its address stops working; its visitors' runs stay with the agent", {
      operationId: 'unpublishApp',
      access: { needs: 'build', on: 'graph' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.apps.unpublish(request.workspaceId, id))) throw notFound(`The app of agent ${id} (it is not published)`);
      return reply.status(204).send();
    },
  );
}

/**
 * What an app page calls, for its visitors: signed in or not. Each route opens the app (openApp: its access)
 * and reaches only runs and files of the visitor's own cookie.
 */
export async function appVisitorRoutes(app: FastifyInstance, { store, runs, registry, config }: Platform): Promise<void> {
  const secure = config.publicUrl?.startsWith('https:') ?? false;
  const visitorRun = async (opened: App, visitor: string | undefined, runId: string) => {
    const run =
      visitor !== undefined && (await store.apps.isVisitorRun(opened.id, visitor, runId)) ? await store.runs.get(opened.workspaceId, runId) : undefined;
    if (!run) throw notFound(`Run ${runId} of this app`);
    return run;
  };

  // The page itself: the web app, which shows only this app at this address; framed only by the sites the app allows.
  app.get('/apps/:slug', { schema: { hide: true } }, async (request, reply) => {
    const slug = appSlug.safeParse((request.params as { slug?: unknown }).slug);
    const key = (request.query as { key?: unknown }).key;
    const opened = slug.success ? await openApp(store, request, slug.data, typeof key === 'string' ? key : undefined).catch(() => undefined) : undefined;
    return sendWebPage(reply, opened?.allowedOrigins ?? []);
  });

  app.get(
    '/api/apps/:slug',
    doc('apps', "An app page: its title, description, the fields of its form (the agent's inputs) and the outputs it shows", {
      operationId: 'getAppPage',
      public: true,
      params: slugParam,
      query: keyQuery,
      responses: { 200: appPageAnswer },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { slug } = parseWith(slugParam, request.params, 'params');
      const opened = await openApp(store, request, slug, parseWith(keyQuery, request.query, 'query').key);
      const found = await appAgent(store, opened.workspaceId, opened.graphId);
      if (!found) throw notFound(`The agent of app ${slug}`);
      return {
        app: {
          kind: opened.kind,
          title: opened.title,
          description: opened.description,
          fields: agentInputs(found.graph, registry),
          outputs: agentOutputs(found.graph, registry),
        },
      };
    },
  );

  app.post(
    '/api/apps/:slug/runs',
    doc('apps', "Run the app's agent with the form's values; the visitor follows it by its id", {
      operationId: 'startAppRun',
      public: true,
      params: slugParam,
      query: keyQuery,
      body: startBody,
      responses: { 201: appRunAnswer },
      rateLimit: { max: 30, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { slug } = parseWith(slugParam, request.params, 'params');
      const { key: given } = parseWith(keyQuery, request.query, 'query');
      const opened = await openApp(store, request, slug, given);
      const { inputs } = parseWith(startBody, request.body ?? {}, 'body');
      await refuseOthersFiles(store, opened, visitorOf(request), inputs);
      const now = Date.now();
      await refuseOverLimit(store, opened, 'runs', now, reply);
      const visitor = ensureVisitor(request, reply, secure);
      const owner = await appRunner(store, opened);
      const { runId, record } = await runs.start(owner, opened.graphId, inputs, { trigger: { kind: 'app', appId: opened.id } });
      await store.apps.recordRun(opened.id, visitor, runId, now);
      return reply.status(201).send({ run: await appRunView(store, registry, opened, record, given) });
    },
  );

  app.get(
    '/api/apps/:slug/runs',
    doc('apps', "The visitor's own runs of the app, newest first (the last 20)", {
      operationId: 'listAppRuns',
      public: true,
      params: slugParam,
      query: keyQuery,
      responses: { 200: appRunList },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { slug } = parseWith(slugParam, request.params, 'params');
      const { key: given } = parseWith(keyQuery, request.query, 'query');
      const opened = await openApp(store, request, slug, given);
      const visitor = visitorOf(request);
      const ids = visitor === undefined ? [] : await store.apps.visitorRuns(opened.id, visitor, HISTORY);
      const found = await Promise.all(ids.map((id) => store.runs.get(opened.workspaceId, id)));
      const views = await Promise.all(found.flatMap((run) => (run ? [appRunView(store, registry, opened, run, given)] : [])));
      return { runs: views };
    },
  );

  app.get(
    '/api/apps/:slug/runs/:runId',
    doc('apps', "One of the visitor's runs: its status, progress while it goes on, its outputs once they come", {
      operationId: 'getAppRun',
      public: true,
      params: runParams,
      query: keyQuery,
      responses: { 200: appRunAnswer },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request) => {
      const { slug, runId } = parseWith(runParams, request.params, 'params');
      const { key: given } = parseWith(keyQuery, request.query, 'query');
      const opened = await openApp(store, request, slug, given);
      const run = await visitorRun(opened, visitorOf(request), runId);
      return { run: await appRunView(store, registry, opened, run, given) };
    },
  );

  app.get(
    '/api/apps/:slug/runs/:runId/files/:fileId',
    doc('apps', "A file one of the visitor's runs names in its inputs or outputs", {
      operationId: 'downloadAppRunFile',
      public: true,
      params: fileParams,
      query: fileQuery,
      responses: { 200: { description: 'The file, with its own type.', content: { '*/*': { type: 'string', contentMediaType: 'application/octet-stream' } } } },
      rateLimit: { max: 240, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { slug, runId, fileId } = parseWith(fileParams, request.params, 'params');
      const { key: given, inline } = parseWith(fileQuery, request.query, 'query');
      const opened = await openApp(store, request, slug, given);
      const run = await visitorRun(opened, visitorOf(request), runId);
      const file = filesOfRun(run).has(fileId) ? await store.files.read(opened.workspaceId, fileId) : undefined;
      if (!file) throw notFound(`File ${fileId} of this run`);
      return serveFile(reply, file, inline === undefined ? {} : { inline });
    },
  );

  await app.register(async (uploads) => {
    acceptRawBodies(uploads, config.maxFileBytes);
    uploads.post(
      '/api/apps/:slug/files',
      {
        ...doc('apps', "Upload a file for one of the form's fields: the raw bytes as the body, its type as Content-Type", {
          operationId: 'uploadAppFile',
          public: true,
          params: slugParam,
          query: uploadQuery,
          body: 'file',
          responses: { 201: uploadedFile },
          rateLimit: { max: 30, timeWindow: '1 minute' },
        }),
        bodyLimit: config.maxFileBytes,
      },
      async (request, reply) => {
        const { slug } = parseWith(slugParam, request.params, 'params');
        const { key: given, name } = parseWith(uploadQuery, request.query, 'query');
        const opened = await openApp(store, request, slug, given);
        await refuseOverLimit(store, opened, 'uploads', Date.now(), reply);
        const visitor = ensureVisitor(request, reply, secure);
        const file = await store.files.upload(await appRunner(store, opened), uploadedContent(request, name));
        await store.apps.recordUpload(opened.id, visitor, file.fileId);
        return reply.status(201).send({ file });
      },
    );
  });
}
