import { ApiClient } from '@blocksmith/server/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

const TEAM_TOKEN = 'team-secret-token';

/** An agent that calls a service with the workspace's bearer credential and puts out the status it got. */
const callerGraph = (url: string, credentialId: string) => ({
  name: 'Team caller',
  nodes: [
    { id: 'call', block: 'http.request', inputs: { url, method: 'GET', credential: credentialId }, position: { x: 0, y: 0 } },
    { id: 'out', block: 'output', inputs: { name: 'status' }, position: { x: 300, y: 0 } },
  ],
  links: [{ from: { node: 'call', output: 'status' }, to: { node: 'out', input: 'value' } }],
});

describe('teams in a real browser: a shared workspace, an invitation by link, a shared credential', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let service: Server;
  let serviceUrl: string;
  let owner: Page;
  let member: Page;
  let memberApi: ApiClient;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A service that answers 200 only to the team's token.
    service = createServer((request, response) => {
      response.writeHead(request.headers.authorization === `Bearer ${TEAM_TOKEN}` ? 200 : 401, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/check`;
    app = await startAppSession({ BLOCKSMITH_SIGNUP: 'open', BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    owner = await app.newPage();
    memberApi = new ApiClient(app.server.url);
    await memberApi.post('/api/auth/signup', { email: 'member@x.test', password: 'password-m' });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: 'bs_session', value: /bs_session=([^;]+)/.exec(memberApi.cookieHeader!)![1]!, url: app.server.url }]);
    member = await context.newPage();
    member.setDefaultTimeout(STATE_WAIT_MS);
    for (const page of [owner, member]) page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    service?.close();
  });

  const workspacePicker = (page: Page) => page.getByRole('combobox', { name: 'Workspace' });

  it('creates a workspace from the shell and switches to it', async () => {
    await owner.goto(app.server.url);
    await owner.getByRole('heading', { name: 'Home' }).waitFor();
    await expect(workspacePicker(owner).inputValue()).resolves.toBe((await app.api.get('/api/auth/me')).body.user.id);
    await workspacePicker(owner).selectOption({ label: 'New workspace…' });
    const dialog = owner.getByRole('dialog', { name: 'New workspace' });
    await dialog.getByLabel('Name').fill('Support team');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await owner.getByRole('heading', { name: 'Home' }).waitFor();
    await owner.waitForFunction(
      () => (document.querySelector('select[aria-label="Workspace"]') as HTMLSelectElement | null)?.selectedOptions[0]?.text === 'Support team · owner',
    );
    // The agents of the personal workspace are not listed here.
    await owner.getByRole('link', { name: 'Agents', exact: true }).click();
    await owner.getByRole('heading', { name: 'No agents yet' }).waitFor();
  });

  it('invites a member by link; they join, run an agent with the shared credential, and cannot read its secret', async () => {
    const team = (await app.api.get('/api/workspaces')).body.workspaces.find((w: { personal: boolean }) => !w.personal);
    const inTeam = app.api.inWorkspace(team.id);
    const credential = (await inTeam.post('/api/credentials', { name: 'Team token', kind: 'http_bearer', fields: { token: TEAM_TOKEN } })).body.credential;
    const agent = (await inTeam.post('/api/graphs', callerGraph(serviceUrl, credential.id))).body;

    await owner.getByRole('link', { name: 'Settings' }).click();
    const members = owner.getByRole('region', { name: 'Members' });
    await members.getByLabel('Invite as').selectOption('runner');
    await members.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await members.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/#\/invitations\/bsi_/);

    await member.goto(link);
    await member.getByText('You are invited to Support team as runner.').waitFor();
    await member.getByRole('button', { name: 'Join Support team' }).click();
    await member.waitForFunction(
      () => (document.querySelector('select[aria-label="Workspace"]') as HTMLSelectElement | null)?.selectedOptions[0]?.text === 'Support team · runner',
    );

    // The member runs the shared agent; the run uses the workspace's credential.
    await member.goto(`${app.server.url}/#/graphs/${agent.id}`);
    // A runner runs the agent and cannot change it: the editor says so, and offers no Save.
    await member.getByTestId('role-banner').filter({ hasText: 'Your role in Support team is runner: you can run this agent, not change it.' }).waitFor();
    await expect(member.getByRole('button', { name: 'Save', exact: true }).isDisabled()).resolves.toBe(true);
    await member.getByLabel('Agent name').fill('Renamed by a runner');
    await expect(member.getByLabel('Agent name').inputValue()).resolves.toBe('Team caller');
    await member.getByRole('button', { name: 'Run', exact: true }).click();
    await member
      .getByRole('region', { name: 'Run' })
      .getByText(/: COMPLETED/)
      .waitFor();
    const runs = (await memberApi.inWorkspace(team.id).get('/api/runs')).body.runs;
    expect(runs).toMatchObject([{ status: 'COMPLETED', outputs: { status: [200] } }]);
    // The workspace's audit log says the member's run used the credential.
    const used = (await app.api.get(`/api/workspaces/${team.id}/audit?action=useCredential`)).body.events;
    expect(used).toMatchObject([
      { actor: { email: 'member@x.test', via: 'run' }, target: credential.id, details: { name: 'Team token', runId: runs[0].id, nodeId: 'call' } },
    ]);

    // They see the credential by name, never its secret, and may not change it.
    const asMember = memberApi.inWorkspace(team.id);
    const listed = await asMember.get('/api/credentials');
    expect(listed.body.credentials.map((c: { name: string }) => c.name)).toEqual(['Team token']);
    expect(listed.text).not.toContain(TEAM_TOKEN);
    expect((await asMember.patch(`/api/credentials/${credential.id}`, { name: 'mine now' })).status).toBe(403);
    expect((await asMember.delete(`/api/credentials/${credential.id}`)).status).toBe(403);

    // The owner sees the member in the list, and the member's run in the workspace's runs.
    await owner.reload();
    await owner.getByRole('region', { name: 'Members' }).getByRole('rowheader', { name: 'member@x.test' }).waitFor();
    // The audit log says who joined, and who invited them.
    const audit = owner.getByRole('region', { name: 'Audit log' });
    await audit.getByRole('row').filter({ hasText: 'acceptInvitation' }).filter({ hasText: 'member@x.test' }).waitFor();
    await audit.getByRole('row').filter({ hasText: 'createInvitation' }).filter({ hasText: 'owner@x.test' }).waitFor();
    expect((await inTeam.get('/api/runs')).body.runs.map((r: { userId: string }) => r.userId)).toEqual([(await memberApi.get('/api/auth/me')).body.user.id]);
  });

  it('switches back to the personal workspace', async () => {
    const personal = (await memberApi.get('/api/auth/me')).body.user.id;
    await member.getByRole('link', { name: 'Home', exact: true }).click();
    await workspacePicker(member).selectOption(personal);
    await member.waitForFunction(
      () => (document.querySelector('select[aria-label="Workspace"]') as HTMLSelectElement | null)?.selectedOptions[0]?.text === 'Personal',
    );
    await member.getByRole('link', { name: 'Agents', exact: true }).click();
    await expect(member.getByText('Team caller').count()).resolves.toBe(0);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
