import { startOidcProvider, type TestOidcProvider } from '@blocksmith/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

describe('single sign-on in a real browser, against a real OpenID Connect provider', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let provider: TestOidcProvider;
  let app: AppSession;

  beforeAll(async () => {
    provider = await startOidcProvider();
    app = await startAppSession(provider.env());
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('signs a new person in through the provider, making their account', async () => {
    provider.signInAs({ email: 'sam@x.test', groups: ['engineers'] });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STATE_WAIT_MS);
    await page.goto(app.server.url);
    await page.getByRole('link', { name: 'Sign in with Test SSO' }).click();
    await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
    const state = await page.evaluate(() => fetch('/api/auth/state').then((r) => r.json()));
    expect(state.user).toMatchObject({ email: 'sam@x.test', isOwner: false });
    await context.close();
  });

  it('says why when the provider vouches for an email it has not verified, and signs no one in', async () => {
    provider.signInAs({ email: 'new@x.test', verified: false });
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STATE_WAIT_MS);
    await page.goto(app.server.url);
    await page.getByRole('link', { name: 'Sign in with Test SSO' }).click();
    await page.getByRole('alert').filter({ hasText: 'Test SSO says new@x.test is not verified yet.' }).waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });
});
