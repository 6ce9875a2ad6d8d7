import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANTS, type Access } from '../auth/workspace-access.ts';
import { ApiClient } from '../testing/api-client.ts';
import { connectSocket } from '../testing/ws-client.ts';
import { callRoute, createOneOfEach, specRoutes, type OwnedResources } from '../testing/one-of-each.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

type Role = 'admin' | 'editor' | 'runner' | 'viewer';
const ROLES: Role[] = ['admin', 'editor', 'runner', 'viewer'];

/**
 * Every route of the OpenAPI document, called in a shared workspace by each role, by a person outside it and
 * by a member who was removed: what the route's declared access (`x-access`) says each may not do is refused
 * exactly — 403 for a member whose role is too low, 404 for anyone outside — and nothing changes. Routes added
 * later are covered by being in the document.
 */
describe('roles: every route of the API, as each role of a shared workspace and as people outside it', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let workspace: string;
  let owned: OwnedResources;
  const members = {} as Record<Role, ApiClient>;
  let outsider: ApiClient;
  let removed: ApiClient;
  let removedKey: string;

  const signUp = async (email: string) => {
    const client = new ApiClient(server.url);
    await client.post('/api/auth/signup', { email, password: 'password-x' });
    return client;
  };
  const invite = async (client: ApiClient, role: Role) => {
    const { token } = (await owner.post(`/api/workspaces/${workspace}/invitations`, { role })).body;
    expect((await client.post(`/api/invitations/${token}/accept`)).body.workspace).toMatchObject({ id: workspace, role });
  };

  beforeAll(async () => {
    let other: ApiClient;
    ({ server, owner, other, stop } = await startWithTwoAccounts({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' }));
    outsider = other;
    workspace = (await owner.post('/api/workspaces', { name: 'Team' })).body.workspace.id;
    for (const role of ROLES) {
      members[role] = (await signUp(`${role}@x.test`)).inWorkspace(workspace);
      await invite(members[role], role);
    }
    removed = (await signUp('removed@x.test')).inWorkspace(workspace);
    await invite(removed, 'editor');
    removedKey = (await removed.post('/api/keys', { name: 'before removal' })).body.secret;
    const removedId = (await removed.get('/api/auth/me')).body.user.id;
    expect((await owner.delete(`/api/workspaces/${workspace}/members/${removedId}`)).status).toBe(204);
    outsider = outsider.inWorkspace(workspace);

    owned = await createOneOfEach(owner.inWorkspace(workspace), workspace);
    owned.member = (await members.viewer.get('/api/auth/me')).body.user.id;
    const invitation = (await owner.post(`/api/workspaces/${workspace}/invitations`, { role: 'viewer' })).body;
    owned.invitation = { id: invitation.invitation.id, token: invitation.token };
  }, 120_000);

  afterAll(async () => {
    await stop?.();
    await owned?.close();
  });

  const call = (client: ApiClient, method: string, path: string) => callRoute(client, method, path, owned);

  /** The routes that act in a workspace, with what they need. */
  const workspaceRoutes = async () =>
    (await specRoutes(owner))
      .map((r) => ({ ...r, access: r.operation['x-access'] as Access | undefined }))
      .filter(
        (r): r is typeof r & { access: Exclude<Access, 'account' | 'operator'> } => r.access !== undefined && r.access !== 'account' && r.access !== 'operator',
      );

  it('declares what every protected route needs, and only public routes declare nothing', async () => {
    const routes = await specRoutes(owner);
    const isPublic = (r: (typeof routes)[number]) => Array.isArray(r.operation.security) && r.operation.security.length === 0;
    expect(routes.filter((r) => !isPublic(r) && r.operation['x-access'] === undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(routes.filter((r) => isPublic(r) && r.operation['x-access'] !== undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect((await workspaceRoutes()).length).toBeGreaterThan(50);
  });

  it('refuses each member exactly what their role does not allow (403), and a runner the runs of others (404)', async () => {
    const wrong = [];
    for (const { method, path, access } of await workspaceRoutes()) {
      for (const role of ROLES) {
        // The owner made every thing here: a route that lets a thing's maker do more asks more of the others.
        const needs = access.othersNeed ?? access.needs;
        const othersRun = role === 'runner' && (access.on === 'run' || access.on === 'review');
        const expected = !GRANTS[role].includes(needs) ? 403 : othersRun ? 404 : undefined;
        // What a role may do is not done here (a delete would take the thing from the routes after it): reads only.
        if (expected === undefined && method !== 'GET') continue;
        const { status } = await call(members[role], method, path);
        if (expected === undefined ? status === 403 || status === 404 : status !== expected) wrong.push({ route: `${method} ${path}`, role, status, expected });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to a person outside the workspace and to a removed member, on every route that acts in it', async () => {
    const wrong = [];
    for (const { method, path } of await workspaceRoutes()) {
      for (const [who, client] of [
        ['outsider', outsider],
        ['removed', removed],
      ] as const) {
        const { status } = await call(client, method, path);
        if (status !== 404) wrong.push({ route: `${method} ${path}`, who, status });
      }
    }
    expect(wrong).toEqual([]);
    // Nothing was changed by those calls.
    const asOwner = owner.inWorkspace(workspace);
    expect((await asOwner.get(`/api/graphs/${owned.ids.graphs}`)).body.graph.name).toBe('Private');
    expect((await asOwner.get('/api/schedules')).body.schedules).toHaveLength(1);
    expect((await asOwner.get(`/api/reviews/${owned.ids.reviews}`)).body.review.status).toBe('pending');
    expect((await asOwner.get(`/api/workspaces/${workspace}/members`)).body.members.map((m: { role: string }) => m.role)).toEqual([
      'owner',
      'admin',
      'editor',
      'runner',
      'viewer',
    ]);
  });

  it("gives an API key at most its member's role, in its workspace only, and ends a removed member's keys", async () => {
    const key = new ApiClient(server.url, (await members.viewer.post('/api/keys', { name: 'viewer key' })).body.secret);
    expect((await key.get(`/api/graphs/${owned.ids.graphs}`)).status).toBe(200);
    expect((await key.post(`/api/graphs/${owned.ids.graphs}/runs`, {})).status).toBe(403);
    expect((await key.post('/api/graphs', { name: 'x', nodes: [], links: [] })).status).toBe(403);
    // The viewer's own workspace is out of this key's reach.
    const viewerPersonal = (await members.viewer.get('/api/auth/me')).body.user.id;
    expect((await key.inWorkspace(viewerPersonal).get('/api/graphs')).status).toBe(404);
    // A role changed is a key's role changed.
    await owner.patch(`/api/workspaces/${workspace}/members/${viewerPersonal}`, { role: 'runner' });
    expect((await key.post(`/api/graphs/${owned.ids.graphs}/runs`, {})).status).toBe(202);
    await owner.patch(`/api/workspaces/${workspace}/members/${viewerPersonal}`, { role: 'viewer' });
    expect((await new ApiClient(server.url, removedKey).get('/api/graphs')).status).toBe(401);
  });

  it('lets a runner list and follow only the runs they started, with the reviews and latest runs of those alone', async () => {
    const mine = (await members.runner.post(`/api/graphs/${owned.ids.graphs}/runs`, {})).body.runId;
    await members.runner.waitForRun(mine);
    const listed = (await members.runner.get('/api/runs')).body.runs.map((r: { id: string }) => r.id);
    expect(listed).toEqual([mine]);
    expect((await members.viewer.get('/api/runs')).body.runs.map((r: { id: string }) => r.id)).toContain(owned.ids.runs);
    // Nor the reviews of the others' runs, nor their runs as an agent's latest.
    expect((await members.runner.get('/api/reviews')).body.reviews).toEqual([]);
    expect((await members.viewer.get('/api/reviews')).body.reviews.map((r: { id: string }) => r.id)).toEqual([owned.ids.reviews]);
    const latest = (await members.runner.get('/api/graphs')).body.graphs.map((g: { lastRun: { runId: string } | null }) => g.lastRun?.runId ?? null);
    expect(latest.filter((runId: string | null) => runId !== null)).toEqual([mine]);
  });

  it('subscribes sockets to what the role may read, the same way', async () => {
    const socketOf = (client: ApiClient) => connectSocket(server.url, { cookie: client.cookieHeader! });
    const viewer = socketOf(members.viewer);
    viewer.send({ type: 'subscribe', runId: owned.ids.runs });
    await viewer.next((m) => m.type === 'snapshot' && m.run.id === owned.ids.runs);
    viewer.send({ type: 'subscribe', runs: true, workspaceId: workspace });
    await viewer.next((m) => m.type === 'subscribed' && m.runs === true);
    viewer.ws.close();

    for (const client of [outsider, removed, members.runner]) {
      const socket = socketOf(client);
      socket.send({ type: 'subscribe', runId: owned.ids.runs });
      expect((await socket.next((m) => m.type === 'error')).message).toBe(`Run ${owned.ids.runs} was not found.`);
      socket.send({ type: 'subscribe', graphId: owned.ids.graphs });
      if (client !== members.runner) await socket.next((m) => m.type === 'error' && m.message.includes(owned.ids.graphs!));
      socket.ws.close();
    }
    const outside = socketOf(outsider);
    outside.send({ type: 'subscribe', reviews: true, workspaceId: workspace });
    expect((await outside.next((m) => m.type === 'error')).message).toBe(`Workspace ${workspace} was not found.`);
    outside.ws.close();
  });

  it("closes a removed member's open connection, and refuses what it subscribes to next", async () => {
    const leaving = (await signUp('leaving@x.test')).inWorkspace(workspace);
    await invite(leaving, 'viewer');
    const socket = connectSocket(server.url, { cookie: leaving.cookieHeader! });
    socket.send({ type: 'subscribe', runs: true, workspaceId: workspace });
    await socket.next((m) => m.type === 'subscribed' && m.runs === true);
    const leavingId = (await leaving.get('/api/auth/me')).body.user.id;
    expect((await owner.delete(`/api/workspaces/${workspace}/members/${leavingId}`)).status).toBe(204);
    expect((await socket.closed).code).toBe(4409);

    const again = connectSocket(server.url, { cookie: leaving.cookieHeader! });
    again.send({ type: 'subscribe', runs: true, workspaceId: workspace });
    expect((await again.next((m) => m.type === 'error')).message).toBe(`Workspace ${workspace} was not found.`);
    again.ws.close();
  });
});
