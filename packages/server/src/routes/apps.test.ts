import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

const echo = (name: string, prefix = '') => ({
  name,
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'x', description: 'What to echo' } },
    { id: 'shout', block: 'text.template', inputs: { template: `${prefix}{{x}}` } },
    { id: 'out', block: 'output', inputs: { name: 'y' } },
  ],
  links: [
    { from: { node: 'in', output: 'result' }, to: { node: 'shout', input: 'values.x' } },
    { from: { node: 'shout', output: 'result' }, to: { node: 'out', input: 'value' } },
  ],
});

const settings = (slug: string, more: Record<string, unknown> = {}) => ({ slug, title: 'Echo desk', description: 'Says it back.', access: 'public', ...more });

describe('app pages (real server process)', () => {
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let stop: () => Promise<void>;
  const visitor = () => new ApiClient(server.url);

  beforeAll(async () => {
    ({ server, owner, other, stop } = await startWithTwoAccounts());
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  const agent = async (name: string, prefix = '') => (await owner.post('/api/graphs', echo(name, prefix))).body.id as string;
  /** Runs the app as `client` and waits for the run to end, as the page polls it. */
  const runApp = async (client: ApiClient, path: string, inputs: Record<string, unknown>) => {
    const started = await client.post(path.replace(/^\/apps\/([^?]+)/, '/api/apps/$1/runs'), { inputs });
    expect(started.status, started.text).toBe(201);
    const runPath = path.replace(/^\/apps\/([^?]+)/, `/api/apps/$1/runs/${started.body.run.id}`);
    for (;;) {
      const { body } = await client.get(runPath);
      if (body.run.endedAt !== undefined) return body.run;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('publishes an agent at /apps/<slug>: anyone opens its form, runs it, and sees the output; the owner sees the run with trigger app', async () => {
    const graphId = await agent('Echo');
    const bad = await owner.put(`/api/graphs/${graphId}/app`, settings('Echo Desk!'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('lowercase letters, digits and dashes');

    const published = await owner.put(`/api/graphs/${graphId}/app`, settings('echo-desk'));
    expect(published.status).toBe(200);
    expect(published.body.app).toMatchObject({
      slug: 'echo-desk',
      kind: 'form',
      access: 'public',
      path: '/apps/echo-desk',
      runsPerMinute: 10,
      allowedOrigins: [],
    });
    expect((await owner.get(`/api/graphs/${graphId}/app`)).body.app.slug).toBe('echo-desk');

    const page = await visitor().get('/api/apps/echo-desk');
    expect(page.body.app).toEqual({
      kind: 'form',
      title: 'Echo desk',
      description: 'Says it back.',
      fields: [{ name: 'x', description: 'What to echo', required: true }],
      outputs: ['y'],
    });

    const alice = visitor();
    const run = await runApp(alice, '/apps/echo-desk', { x: 'hello' });
    expect(run).toMatchObject({ status: 'COMPLETED', inputs: { x: 'hello' }, outputs: { y: ['hello'] } });
    expect(Object.keys(run).sort()).toEqual(['createdAt', 'endedAt', 'id', 'inputs', 'outputs', 'status']);
    expect((await alice.get('/api/apps/echo-desk/runs')).body.runs.map((r: { id: string }) => r.id)).toEqual([run.id]);

    // Another visitor has their own history, and cannot read Alice's run.
    const bob = visitor();
    expect((await bob.get('/api/apps/echo-desk/runs')).body.runs).toEqual([]);
    expect((await bob.get(`/api/apps/echo-desk/runs/${run.id}`)).status).toBe(404);
    await runApp(bob, '/apps/echo-desk', { x: 'bob' });
    expect((await bob.get('/api/apps/echo-desk/runs')).body.runs).toHaveLength(1);
    expect((await alice.get('/api/apps/echo-desk/runs')).body.runs).toHaveLength(1);

    const listed = await owner.get(`/api/runs?graphId=${graphId}&trigger=app`);
    expect(listed.body.runs).toHaveLength(2);
    expect(listed.body.runs[0].trigger).toEqual({ kind: 'app', appId: published.body.app.id });

    // A second agent cannot take the address.
    const taken = await owner.put(`/api/graphs/${await agent('Other')}/app`, settings('echo-desk'));
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'slug_taken', message: 'The address /apps/echo-desk is taken; choose another.' });

    // Taken down: the address stops working, the runs stay with the agent.
    expect((await owner.delete(`/api/graphs/${graphId}/app`)).status).toBe(204);
    expect((await alice.get('/api/apps/echo-desk')).status).toBe(404);
    expect((await alice.get(`/api/apps/echo-desk/runs/${run.id}`)).status).toBe(404);
    expect((await owner.get(`/api/runs/${run.id}`)).status).toBe(200);
  });

  it("runs the agent's released version when it has one", async () => {
    const graphId = await agent('Released', 'v1: ');
    await owner.put(`/api/graphs/${graphId}/aliases/production`, { version: 1 });
    await owner.put(`/api/graphs/${graphId}`, echo('Released', 'v2: '));
    await owner.put(`/api/graphs/${graphId}/app`, settings('released-echo'));
    const run = await runApp(visitor(), '/apps/released-echo', { x: 'hi' });
    expect(run.outputs.y).toEqual(['v1: hi']);
  });

  it('opens an app by link only with its key, and a new key stops the old links', async () => {
    const graphId = await agent('Linked');
    const { app } = (await owner.put(`/api/graphs/${graphId}/app`, settings('linked-echo', { access: 'link' }))).body;
    expect(app.path).toMatch(/^\/apps\/linked-echo\?key=[\w-]{20,}$/);
    const key = new URL(app.path, server.url).searchParams.get('key')!;
    expect((await visitor().get('/api/apps/linked-echo')).status).toBe(404);
    expect((await visitor().get('/api/apps/linked-echo?key=wrong')).status).toBe(404);
    expect((await visitor().get(`/api/apps/linked-echo?key=${key}`)).status).toBe(200);
    const run = await runApp(visitor(), app.path, { x: 'by link' });
    expect(run.outputs.y).toEqual(['by link']);
    // Saving again keeps the key; asking for a new one replaces it.
    expect((await owner.put(`/api/graphs/${graphId}/app`, settings('linked-echo', { access: 'link', title: 'Renamed' }))).body.app.path).toBe(app.path);
    const renewed = (await owner.put(`/api/graphs/${graphId}/app`, settings('linked-echo', { access: 'link', newLinkKey: true }))).body.app;
    expect(renewed.path).not.toBe(app.path);
    expect((await visitor().get(`/api/apps/linked-echo?key=${key}`)).status).toBe(404);
  });

  it("opens a members' app to the workspace's signed-in members only", async () => {
    const graphId = await agent('Members');
    await owner.put(`/api/graphs/${graphId}/app`, settings('members-echo', { access: 'members' }));
    const anonymous = await visitor().get('/api/apps/members-echo');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toContain('sign in');
    expect((await other.get('/api/apps/members-echo')).status).toBe(404);
    const run = await runApp(owner, '/apps/members-echo', { x: 'member' });
    expect(run.outputs.y).toEqual(['member']);
    // The visitor cookie sits beside the session: the owner is still signed in.
    expect((await owner.get('/api/graphs')).status).toBe(200);
  });

  it('takes at most runsPerMinute runs a minute from all visitors together', async () => {
    const graphId = await agent('Limited');
    await owner.put(`/api/graphs/${graphId}/app`, settings('limited-echo', { runsPerMinute: 2 }));
    expect((await visitor().post('/api/apps/limited-echo/runs', { inputs: { x: 1 } })).status).toBe(201);
    expect((await visitor().post('/api/apps/limited-echo/runs', { inputs: { x: 2 } })).status).toBe(201);
    const third = await visitor().post('/api/apps/limited-echo/runs', { inputs: { x: 3 } });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect(third.body.error.message).toBe('This app takes at most 2 runs a minute from all its visitors together; try again in a minute.');
  });

  it("takes the visitor's uploads as inputs, serves the files of their runs to them alone, and refuses other files of the workspace", async () => {
    const graphId = await agent('Files');
    await owner.put(`/api/graphs/${graphId}/app`, settings('file-echo'));
    const carol = visitor();
    const uploaded = await carol.request('POST', '/api/apps/file-echo/files?name=note.txt', 'carol wrote this', { 'content-type': 'text/plain' });
    expect(uploaded.status).toBe(201);
    const run = await runApp(carol, '/apps/file-echo', { x: uploaded.body.file });
    const { fileId } = uploaded.body.file;
    const url = `/api/apps/file-echo/runs/${run.id}/files/${fileId}`;
    expect(run.inputs.x.url).toBe(url);
    const download = await carol.get(url);
    expect(download.text).toBe('carol wrote this');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect((await visitor().get(url)).status).toBe(404);

    // A file of the workspace the visitor did not upload here, named by reference or by workspace:// address.
    const secret = (await owner.request('POST', '/api/files?name=secret.txt', 'owner only', { 'content-type': 'text/plain' })).body.file;
    for (const x of [secret, `workspace://${secret.fileId}`, { nested: [{ fileId: secret.fileId }] }]) {
      const refused = await carol.post('/api/apps/file-echo/runs', { inputs: { x } });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'file_not_uploaded' });
      expect(refused.body.error.message).toContain(secret.fileId);
    }
    // Nor may another visitor use Carol's upload.
    expect((await visitor().post('/api/apps/file-echo/runs', { inputs: { x: uploaded.body.file } })).status).toBe(400);
  });

  it('refuses visitor calls from pages of other sites once the visitor has a cookie', async () => {
    const graphId = await agent('Origins');
    await owner.put(`/api/graphs/${graphId}/app`, settings('origin-echo'));
    const dave = visitor();
    await runApp(dave, '/apps/origin-echo', { x: 'mine' });
    const foreign = await dave.request('POST', '/api/apps/origin-echo/runs', { inputs: { x: 'forged' } }, { origin: 'http://evil.test' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('cross_origin');
  });

  it('lets the sites an app allows frame its page (its widget), names a visitor by header there, and checks what it is given', async () => {
    const graphId = await agent('Embedded');
    const bad = await owner.put(`/api/graphs/${graphId}/app`, settings('embedded-echo', { allowedOrigins: ['https://shop.test/page'] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('An origin is a scheme, a host and an optional port');
    await owner.put(`/api/graphs/${graphId}/app`, settings('embedded-echo', { allowedOrigins: ['https://shop.test', 'http://localhost:8080'] }));
    const page = await fetch(`${server.url}/apps/embedded-echo`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://shop.test http://localhost:8080");
    expect(page.headers.get('content-type')).toContain('text/html');
    // Another app, an unknown one, and a link app opened without its key: no site may frame them.
    for (const path of ['/apps/echo-nowhere', '/apps/Not_A_Slug']) {
      expect((await fetch(`${server.url}${path}`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    const linked = await agent('Embedded by link');
    const { app } = (await owner.put(`/api/graphs/${linked}/app`, settings('linked-embed', { access: 'link', allowedOrigins: ['https://shop.test'] }))).body;
    expect((await fetch(`${server.url}/apps/linked-embed`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await fetch(`${server.url}${app.path}`)).headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://shop.test");

    // In another site's frame the page names its visitor by header: the same secret reaches the same runs.
    const secret = `bsv_${'k'.repeat(43)}`;
    const framed = { 'blocksmith-app-visitor': secret };
    const started = await visitor().request('POST', '/api/apps/embedded-echo/runs', { inputs: { x: 'framed' } }, framed);
    expect(started.status).toBe(201);
    expect(started.headers.get('set-cookie')).toBeNull();
    expect((await visitor().request('GET', `/api/apps/embedded-echo/runs/${started.body.run.id}`, undefined, framed)).status).toBe(200);
    expect((await visitor().get(`/api/apps/embedded-echo/runs/${started.body.run.id}`)).status).toBe(404);
    const wrong = await visitor().request('GET', '/api/apps/embedded-echo/runs', undefined, { 'blocksmith-app-visitor': 'guessable' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('blocksmith-app-visitor header');
  });

  it('runs nothing for an app whose publisher has left its workspace, saying so', async () => {
    const team = (await owner.post('/api/workspaces', { name: 'Apps team' })).body.workspace.id;
    const { token } = (await owner.post(`/api/workspaces/${team}/invitations`, { role: 'editor' })).body;
    await other.post(`/api/invitations/${token}/accept`);
    const theirs = other.inWorkspace(team);
    const graphId = (await theirs.post('/api/graphs', echo('Left behind'))).body.id;
    await theirs.put(`/api/graphs/${graphId}/app`, settings('left-behind'));
    expect((await visitor().post('/api/apps/left-behind/runs', { inputs: { x: 1 } })).status).toBe(201);
    const otherId = (await other.get('/api/auth/me')).body.user.id;
    expect((await owner.delete(`/api/workspaces/${team}/members/${otherId}`)).status).toBe(204);
    const refused = await visitor().post('/api/apps/left-behind/runs', { inputs: { x: 2 } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'publisher_left' });
    // Published again by a member, it runs for them.
    await owner.inWorkspace(team).put(`/api/graphs/${graphId}/app`, settings('left-behind'));
    expect((await visitor().post('/api/apps/left-behind/runs', { inputs: { x: 3 } })).status).toBe(201);
  });
});
