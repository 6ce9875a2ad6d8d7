import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { callRoute, createOneOfEach, specRoutes, type OwnedResources } from '../testing/one-of-each.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/**
 * Routes anyone may call: signing in, health, the public webhook trigger and a run's share link (their tokens
 * are the credential), the OAuth2 redirect URI (its one-time state is), and app pages (each opens its app by
 * its access, and reaches the visitor's own runs only).
 */
const PUBLIC = new Set([
  '/healthz',
  '/readyz',
  '/api/auth/state',
  '/api/auth/setup',
  '/api/auth/signup',
  '/api/auth/login',
  '/api/auth/logout',
  '/api/hooks/{token}',
  '/api/shared/runs/{token}',
  '/api/shared/runs/{token}/files/{fileId}',
  '/api/oauth/callback',
  '/api/auth/oidc/start',
  '/api/auth/oidc/callback',
  '/api/apps/{slug}',
  '/api/apps/{slug}/runs',
  '/api/apps/{slug}/runs/{runId}',
  '/api/apps/{slug}/runs/{runId}/files/{fileId}',
  '/api/apps/{slug}/files',
  '/api/apps/{slug}/conversations',
  '/api/apps/{slug}/conversations/{conversationId}',
  '/api/apps/{slug}/conversations/{conversationId}/messages',
]);

/**
 * Every route of the OpenAPI document, called as another user, with another user's API key and with no
 * credentials, on the first user's resources: 404 (or 401 without credentials) every time, and lists that
 * name none of them. Routes added later are covered by being in the document.
 */
describe('isolation: every route of the API, as someone else', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let otherKey: ApiClient;
  const anonymous = () => new ApiClient(server.url);
  let owned: OwnedResources;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ({ server, owner, other, stop } = await startWithTwoAccounts({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' }));
    otherKey = other.withKey((await other.post('/api/keys', { name: 'k' })).body.secret);
    owned = await createOneOfEach(owner);
    ids = owned.ids;
  });

  afterAll(async () => {
    await stop?.();
    await owned?.close();
  });

  const routes = () => specRoutes(owner);
  const call = (client: ApiClient, method: string, path: string) => callRoute(client, method, path, owned);

  it("answers 404 for every route on the owner's resources, to another user and to their API key", async () => {
    const byId = (await routes()).filter((r) => r.path.includes('{id}'));
    expect(byId.length).toBeGreaterThan(20);
    const answers = [];
    for (const { method, path } of byId) {
      for (const [who, client] of [
        ['user', other],
        ['key', otherKey],
      ] as const) {
        answers.push({ route: `${method} ${path}`, who, status: (await call(client, method, path)).status });
      }
    }
    expect(answers.filter((a) => a.status !== 404)).toEqual([]);
    // Nothing was changed or removed by those calls.
    expect((await owner.get(`/api/graphs/${ids.graphs}`)).body.graph.name).toBe('Private');
    expect((await owner.get(`/api/schedules`)).body.schedules).toHaveLength(1);
    expect((await owner.get(`/api/reviews/${ids.reviews}`)).body.review.status).toBe('pending');
    expect((await owner.get(`/api/copilot/sessions/${ids['copilot/sessions']}`)).body.session.title).toBe('New chat');
    expect((await owner.get(`/api/graphs/${ids.graphs}/pins`)).body.pins[0].outputs).toEqual({ result: ['pinned by the owner'] });
    expect((await owner.post(`/api/tables/${ids.tables}/query`, {})).body.rows).toEqual([expect.objectContaining({ id: owned.rowId, name: 'private row' })]);
    expect((await owner.get(`/api/knowledge/${ids.knowledge}`)).body).toMatchObject({
      base: { name: 'Private knowledge' },
      documents: [{ name: 'private.md' }],
    });
    expect((await anonymous().get(`/api/shared/runs/${owned.shareToken}`)).status).toBe(200);
    expect((await owner.get(`/api/graphs/${ids.graphs}/app`)).body.app).toMatchObject({ slug: owned.app!.slug, title: 'Private app' });
  });

  it("gives an app page's visitor nothing but that page: every other route is 401 with their cookie, and other visitors' runs are 404", async () => {
    const { visitor, slug, runId } = owned.app!;
    const answers = [];
    for (const { method, path } of (await routes()).filter((r) => !PUBLIC.has(r.path) && !r.path.startsWith('/api/docs') && r.path !== '/api/openapi.json')) {
      answers.push({ route: `${method} ${path}`, status: (await call(visitor, method, path)).status });
    }
    expect(answers.filter((a) => a.status !== 401)).toEqual([]);
    const { conversationId } = owned.app!;
    expect((await visitor.get(`/api/apps/${slug}/runs/${runId}`)).status).toBe(200);
    expect((await visitor.get(`/api/apps/${slug}/conversations/${conversationId}`)).body.messages).toHaveLength(2);
    // Everyone else, signed in to the same server or not, reaches none of the visitor's runs and conversations.
    for (const client of [anonymous(), other, otherKey, owner]) {
      expect((await client.get(`/api/apps/${slug}/runs/${runId}`)).status).toBe(404);
      expect((await client.get(`/api/apps/${slug}/runs`)).body.runs).toEqual([]);
      expect((await client.get(`/api/apps/${slug}/conversations/${conversationId}`)).status).toBe(404);
      expect((await client.get(`/api/apps/${slug}/conversations`)).body.conversations).toEqual([]);
    }
  });

  it('answers 401 for every route that is not public, without credentials', async () => {
    const answers = [];
    for (const { method, path } of (await routes()).filter((r) => !PUBLIC.has(r.path) && !r.path.startsWith('/api/docs') && r.path !== '/api/openapi.json')) {
      answers.push({ route: `${method} ${path}`, status: (await call(anonymous(), method, path)).status });
    }
    expect(answers.filter((a) => a.status !== 401)).toEqual([]);
  });

  it("lists none of the owner's resources to another user", async () => {
    const lists = (await routes()).filter((r) => r.method === 'GET' && !r.path.includes('{') && !PUBLIC.has(r.path) && r.path.startsWith('/api/'));
    for (const { path } of lists) {
      const { status, text } = await other.get(path);
      if (status >= 400) continue;
      for (const [kind, id] of Object.entries(ids)) expect(text.includes(id), `${path} shows the owner's ${kind}`).toBe(false);
    }
  });
});
