import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startOAuthProvider, type TestOAuthProvider } from '@blocksmith/server/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

describe('connecting accounts over OAuth2 in a real browser (real authorization server)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let provider: TestOAuthProvider;
  let githubApi: Server;
  const githubAuth: string[] = [];
  let app: AppSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    provider = await startOAuthProvider();
    // Where the connected GitHub account's API calls go: a local server answering GitHub's issues route.
    githubApi = createServer((req, res) => {
      githubAuth.push(req.headers.authorization ?? '');
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify([
            { number: 7, title: 'Found through OAuth', state: 'open', html_url: 'https://github.test/7', user: { login: 'octocat' }, labels: [], body: '' },
          ]),
        );
    });
    await new Promise<void>((resolve) => githubApi.listen(0, '127.0.0.1', resolve));
    app = await startAppSession({
      ...provider.env('google'),
      ...provider.env('github'),
      BLOCKSMITH_OAUTH_GITHUB_API_URL: `http://127.0.0.1:${(githubApi.address() as AddressInfo).port}`,
      BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
    });
    page = await app.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await provider?.close();
    githubApi?.close();
  });

  /** Presses a Connect button and waits for the sign-in window to go through the provider and close. */
  async function connectWith(button: ReturnType<Page['getByRole']>) {
    const popup = page.waitForEvent('popup');
    await button.click();
    await (await popup).waitForEvent('close');
  }

  it('says in view, not only on hover, why a provider the operator has not set up cannot be connected', async () => {
    await page.goto(`${app.server.url}/#/settings`);
    const connect = page.getByRole('button', { name: 'Connect Notion' });
    await expect(connect.isDisabled()).resolves.toBe(true);
    const reason = page.locator(`[id="${await connect.getAttribute('aria-describedby')}"]`);
    await expect(reason.isVisible()).resolves.toBe(true);
    await expect(reason.textContent()).resolves.toContain('BLOCKSMITH_OAUTH_NOTION_CLIENT_ID');
  });

  it('connects a Google account from Settings through the sign-in window, and revokes it on delete', async () => {
    await page.goto(`${app.server.url}/#/settings`);
    const connect = page.getByRole('button', { name: 'Connect Google' });
    await connectWith(connect);
    await page.getByRole('cell', { name: 'Google account', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Google account/ })
      .getByRole('cell', { name: 'Google', exact: true })
      .waitFor();
    expect(provider.grants).toEqual(['authorization_code']);
    // Not set up by the operator: the button says so instead of failing later.
    await expect(page.getByRole('button', { name: 'Connect Slack' }).isDisabled()).resolves.toBe(true);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete credential Google account' }).click();
    await page.getByRole('cell', { name: 'Google account', exact: true }).waitFor({ state: 'detached' });
    expect(await provider.revoked.at(-1)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says why when the provider refuses the sign-in', async () => {
    provider.refuseNext('invalid_grant');
    await connectWith(page.getByRole('button', { name: 'Connect Google' }));
    await page.getByRole('alert').filter({ hasText: 'Google refused the sign-in (HTTP 400: invalid_grant' }).waitFor();
  });

  it('connects a GitHub account from the credential picker of a block, chooses it, and the run calls GitHub with its token', async () => {
    const { body } = await app.api.post('/api/graphs', {
      name: 'Issues through OAuth',
      nodes: [
        { id: 'issues', block: 'github.list_issues', inputs: { repository: 'octocat/hello-world' } },
        { id: 'out', block: 'output', inputs: { name: 'issues' } },
      ],
      links: [{ from: { node: 'issues', output: 'issues' }, to: { node: 'out', input: 'value' } }],
    });
    await page.goto(`${app.server.url}/#/graphs/${body.id}`);
    const node = page.getByTestId('node-issues');
    await connectWith(node.getByRole('button', { name: 'Connect GitHub' }));
    const { body: listed } = await app.api.get('/api/credentials');
    const connected = listed.credentials.find((c: { kind: string }) => c.kind === 'oauth2:github');
    await expect.poll(() => node.locator('#field-issues-credential').inputValue()).toBe(connected.id);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-issues').textContent()).resolves.toContain('Found through OAuth');
    expect(githubAuth.at(-1)).toMatch(/^Bearer eyJ/);
    expect(pageErrors).toEqual([]);
  });
});
