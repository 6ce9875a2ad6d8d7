import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

/** Presses Tab (or Shift+Tab) until `target` has the focus, and says how many presses that took. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 120 } = {}): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reached with ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

describe('building and running an agent by keyboard alone', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  const node = (id: string) => page.getByTestId(`node-${id}`);

  beforeAll(async () => {
    app = await startAppSession();
    page = await app.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.server.url}/#/agents`);
    await page.getByRole('heading', { name: 'Agents', level: 1 }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('adds two blocks from the palette, links them with "Connect to…", saves and runs', async () => {
    await tabTo(page, page.getByRole('link', { name: 'New agent' }));
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Agent name');
    await tabTo(page, name);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Typed by keys');

    const search = page.getByLabel('Search blocks');
    for (const block of ['input', 'output']) {
      await tabTo(page, search, { back: (await page.evaluate(() => document.activeElement?.className)) === 'palette-item' });
      await page.keyboard.press('Control+a');
      await page.keyboard.type(block);
      await tabTo(page, page.locator(`.palette-item[data-block="${block}"]`));
      await page.keyboard.press('Enter');
      await node(`${block}_1`).waitFor();
    }

    // A focused node is selected with Enter; its settings offer its outputs' fitting inputs.
    await tabTo(page, page.locator('.react-flow__node[data-id="input_1"]'));
    await page.keyboard.press('Enter');
    const target = page.locator('#connect-input_1-target');
    await tabTo(page, target);
    while ((await target.inputValue()) !== 'output_1.value') await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: 'Connect', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved version 1' }).waitFor();
    const value = page.locator('#run-input-input_1');
    await tabTo(page, value);
    await page.keyboard.type('hello keys');
    await tabTo(page, page.getByRole('button', { name: 'Run', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-output_1').textContent()).resolves.toContain('hello keys');
  });

  it('reaches Run from the top of the editor in a few presses, past the navigation and the palette', async () => {
    await page.reload();
    await node('input_1').waitFor();
    await page.locator('body').focus();
    let presses = await tabTo(page, page.getByRole('link', { name: 'Skip to the Run panel' }));
    await page.keyboard.press('Enter');
    presses += 1 + (await tabTo(page, page.getByRole('button', { name: 'Run', exact: true })));
    expect(presses).toBeLessThanOrEqual(30);
  });

  it('reaches the Run panel’s File button and the library’s Import by keyboard', async () => {
    await tabTo(page, page.getByLabel('Upload a file for input_1'), { back: true });
    await page.goto(`${app.server.url}/#/agents`);
    await page.getByRole('heading', { name: 'Agents', level: 1 }).waitFor();
    await tabTo(page, page.getByLabel('Import'));
  });
});
