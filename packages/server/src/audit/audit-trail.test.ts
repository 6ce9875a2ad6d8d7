import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

const SECRET = 'audit-secret-value';

describe('the audit log of a workspace (real server)', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let workspace: string;
  let otherId: string;

  beforeAll(async () => {
    ({ server, owner, other, stop } = await startWithTwoAccounts());
    workspace = (await owner.post('/api/workspaces', { name: 'Audited' })).body.workspace.id;
    otherId = (await other.get('/api/auth/me')).body.user.id;
  });

  afterAll(async () => {
    await stop?.();
  });

  const log = async (query = '') => (await owner.get(`/api/workspaces/${workspace}/audit${query}`)).body.events as any[];

  it('records who did what, when, from where — members, roles, credentials, agents, keys — and never a secret', async () => {
    const team = owner.inWorkspace(workspace);
    const { token } = (await owner.post(`/api/workspaces/${workspace}/invitations`, { role: 'viewer' })).body;
    await other.post(`/api/invitations/${token}/accept`);
    await owner.patch(`/api/workspaces/${workspace}/members/${otherId}`, { role: 'editor' });
    const credential = (await team.post('/api/credentials', { name: 'Team key', kind: 'http_bearer', fields: { token: SECRET } })).body.credential;
    const key = (await team.post('/api/keys', { name: 'ci' })).body;
    const graph = (await new ApiClient(server.url, key.secret).post('/api/graphs', { name: 'Made by a program', nodes: [], links: [] })).body;
    await team.delete(`/api/credentials/${credential.id}`);

    const events = await log();
    expect(events.map((e) => e.action)).toEqual([
      'deleteCredential',
      'createGraph',
      'createApiKey',
      'createCredential',
      'changeMemberRole',
      'acceptInvitation',
      'createInvitation',
    ]);
    const [deleted, made, , created, changed, joined] = events;
    expect(joined).toMatchObject({ actor: { id: otherId, email: 'other@x.test' }, details: {} });
    expect(JSON.stringify(joined)).not.toContain(token);
    expect(changed).toMatchObject({
      actor: { email: 'owner@x.test', via: 'session' },
      target: workspace,
      details: { id: workspace, userId: otherId, role: 'editor' },
    });
    expect(changed.ip).toMatch(/127\.0\.0\.1/);
    expect(created).toMatchObject({ target: credential.id, details: { name: 'Team key', kind: 'http_bearer' } });
    expect(made).toMatchObject({ target: graph.id, actor: { via: 'api_key' } });
    expect(deleted).toMatchObject({ target: credential.id });
    expect(JSON.stringify(events)).not.toContain(SECRET);
    // What a person did in no workspace but their own, and their sign-ins, are in their personal log.
    const mine = (await other.get(`/api/workspaces/${otherId}/audit`)).body.events.map((e: { action: string }) => e.action);
    expect(mine).toEqual(['signUp']);
  });

  it('filters by action and member, pages, and exports JSON lines', async () => {
    expect((await log('?action=changeMemberRole')).map((e) => e.action)).toEqual(['changeMemberRole']);
    expect((await log(`?actorId=${otherId}`)).map((e) => e.action)).toEqual(['acceptInvitation']);
    const first = (await owner.get(`/api/workspaces/${workspace}/audit?limit=2`)).body;
    expect(first.events).toHaveLength(2);
    const rest = await log(`?before=${first.next}`);
    expect(rest.map((e) => e.id)).toEqual((await log()).slice(2).map((e) => e.id));

    const exported = await owner.get(`/api/workspaces/${workspace}/audit/export?action=createCredential`);
    expect(exported.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = exported.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toMatchObject([{ action: 'createCredential', details: { name: 'Team key' } }]);
  });

  it('is read by admins only: an editor is refused', async () => {
    expect((await other.get(`/api/workspaces/${workspace}/audit`)).status).toBe(403);
  });
});
