import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { STATE_WAIT_MS, buildWebApp, launchChromium } from './browser.ts';

export const EMAIL = 'owner@x.test';
export const PASSWORD = 'password-a';

/** A real server on a fresh database, Chromium, and the owner account set up: what a browser test starts from. */
export interface AppSession {
  server: ServerProcess;
  browser: Browser;
  /** The owner's API client, for arranging data the test then looks at in the browser. */
  api: ApiClient;
  /** A signed-in page in a new browser context. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startAppSession(env: Record<string, string> = {}): Promise<AppSession> {
  buildWebApp();
  const database: TestDatabase = await createTestDatabase('sqlite');
  const server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, ...env });
  const browser = await launchChromium();
  const api = new ApiClient(server.url);
  await api.post('/api/auth/setup', { email: EMAIL, password: PASSWORD });
  return {
    server,
    browser,
    api,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      await context.addCookies([{ name: 'bs_session', value: sessionToken(api), url: server.url }]);
      const page = await context.newPage();
      page.setDefaultTimeout(STATE_WAIT_MS);
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
      await database.drop();
    },
  };
}

function sessionToken(api: ApiClient): string {
  const cookie = /bs_session=([^;]+)/.exec(api.cookieHeader ?? '');
  if (!cookie) throw new Error('The API client is not signed in.');
  return cookie[1]!;
}
