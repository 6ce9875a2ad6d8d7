import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

const echo = {
  name: 'Echo',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'text', value: 'hi' } },
    { id: 'out', block: 'output', inputs: { name: 'text' } },
  ],
  links: [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

const PLACES = [
  ['Agents', 'Agents'],
  ['Runs', 'Runs'],
  ['Copilot', 'Copilot'],
  ['Files', 'Files'],
  ['Reviews', 'Reviews'],
  ['Settings', 'Settings'],
  ['Home', 'Home'],
] as const;

describe('the app shell in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  let echoId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppSession();
    echoId = (await app.api.post('/api/graphs', echo)).body.id;
    page = await app.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: 'Home' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const nav = () => page.getByRole('navigation', { name: 'Main' });

  it('goes to every place from the sidebar, marking where the user is', async () => {
    for (const [link, heading] of PLACES) {
      await nav().getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true, level: 1 }).waitFor();
      await expect(nav().getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
      expect(page.url()).toContain(link === 'Home' ? '#/' : `#/${link.toLowerCase()}`);
    }
    // The browser's Back goes through the same router.
    await page.goBack();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  });

  it('collapses the sidebar to icons, keeps each place named, and remembers the choice', async () => {
    await nav().getByRole('button', { name: 'Collapse the sidebar' }).click();
    await expect(nav().getByRole('link', { name: 'Runs', exact: true }).getAttribute('title')).resolves.toBe('Runs');
    await page.reload();
    await nav().getByRole('button', { name: 'Expand the sidebar' }).click();
    await nav().getByRole('button', { name: 'Collapse the sidebar' }).waitFor();
  });

  it('keeps the library live: a run started elsewhere shows on the agent’s card without a reload', async () => {
    await nav().getByRole('link', { name: 'Agents', exact: true }).click();
    const card = page.locator('.agent-card', { hasText: 'Echo' });
    await expect(card.getByTestId('last-run').textContent()).resolves.toBe('never run');
    await app.api.post(`/api/graphs/${echoId}/runs?wait=true`, { inputs: {} });
    await card.getByTestId('last-run').filter({ hasText: 'completed' }).waitFor();
  });

  it('searches and sorts the library, and says when nothing matches', async () => {
    await page.getByLabel('Search agents').fill('zzz-nothing');
    await page.getByText('No agent’s name or description contains “zzz-nothing”.').waitFor();
    await page.getByLabel('Search agents').fill('');
    await page.getByLabel('Sort by').selectOption('name');
    const names = await page.locator('.agent-card h2').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await page.getByLabel('Sort by').selectOption('lastRun');
    await expect(page.locator('.agent-card h2').first().textContent()).resolves.toBe('Echo');
  });

  it('deletes an agent from its menu after asking, and says so', async () => {
    const doomed = (await app.api.post('/api/graphs', { ...echo, name: 'Doomed' })).body.id as string;
    await page.reload();
    await page.getByRole('button', { name: 'Actions for Doomed' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Doomed”?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('link', { name: 'Doomed', exact: true }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Actions for Doomed' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted “Doomed”.').waitFor();
    await expect(page.getByRole('link', { name: 'Doomed', exact: true }).count()).resolves.toBe(0);
    expect((await app.api.get(`/api/graphs/${doomed}`)).status).toBe(404);
  });

  it('moves focus past the navigation with the skip link', async () => {
    await page.goto(`${app.server.url}/#/runs`);
    await page.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(page.url()).toContain('#/runs');
  });

  it('says when an address is not a page, with the way home', async () => {
    await page.goto(`${app.server.url}/#/no-such-page`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    await page.getByRole('link', { name: 'Go to Home' }).click();
    await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
  });

  it('opens the navigation as a drawer on a phone, and closes it on the way', async () => {
    const phone = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(app.server.url);
    await phone.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
    await expect(phone.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await phone.getByRole('button', { name: 'Open navigation' }).click();
    const drawer = phone.getByRole('dialog', { name: 'Navigation' });
    await drawer.getByRole('link', { name: 'Runs', exact: true }).click();
    await phone.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
    await expect(drawer.count()).resolves.toBe(0);
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
