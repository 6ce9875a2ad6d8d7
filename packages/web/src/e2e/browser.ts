import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/**
 * How long a browser test waits for a state (an element, a status) before it fails. Tests wait for
 * states, never for time: this only bounds a wait for something that will not come, so it is set
 * for a loaded 2-core machine running the whole suite, not for a quiet one.
 */
export const STATE_WAIT_MS = 45_000;

/** A browser test's own limit: several state waits in a row on a loaded machine. */
export const BROWSER_TEST_TIMEOUT_MS = 180_000;

/** Debian's Chromium, headless, with the flags this machine needs (no background network traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Builds the web app if its sources changed, as `npm start` does. */
export function buildWebApp(): void {
  execFileSync(process.execPath, [new URL('../../../../scripts/build-if-stale.mjs', import.meta.url).pathname, 'web'], { stdio: 'inherit' });
}
