/**
 * Regenerates the screenshots in docs/screenshots (npm run screenshots): a
 * real server on a temporary database, driven in Debian's headless Chromium.
 */
import { startServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase } from '@blocksmith/store/testing';
import { buildWebApp, launchChromium } from '../packages/web/src/e2e/browser.ts';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;

buildWebApp();
const database = await createTestDatabase('sqlite');
const server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.getByLabel('Email').fill('owner@example.com');
  await page.getByLabel('Password').fill('a long password');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await page.getByRole('link', { name: /Word stats/ }).waitFor();
  await page.screenshot({ path: `${out}library.png` });
  await page.getByRole('link', { name: /Word stats/ }).click();
  await page.getByTestId('node-split').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}builder.png` });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}run.png` });
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.stop();
  await database.drop();
}
