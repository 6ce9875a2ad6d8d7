import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

/** Markup that, were it ever run, records where it ran: in the page, or from a frame into its parent. */
const payload = (where: string) => `<img src=x onerror="top.__xss='${where}'"><svg onload="top.__xss='${where}'"></svg><script>top.__xss='${where}'</script>`;

const HOSTILE_FILE_NAME = `"><img src=x onerror="top.__xss='file name'">.txt`;

describe('script payloads in names, labels and outputs never run (real browser, with the CSP)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  const violations: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    app = await startAppSession();
    page = await app.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const ran = () => page.evaluate(() => (window as unknown as { __xss?: string }).__xss);

  it('serves the app with a Content-Security-Policy that allows no inline script', async () => {
    const response = await page.goto(`${app.server.url}/`);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    const scripts = csp!.split(';').find((directive) => directive.trim().startsWith('script-src'));
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("object-src 'none'");
  });

  it('shows hostile graph names, node labels, markdown, HTML, SVG and file names as text or in script-less frames', async () => {
    const graph = {
      name: `Report ${payload('graph name')}`,
      description: payload('description'),
      nodes: [
        {
          id: 'md',
          block: 'text.template',
          label: payload('label'),
          inputs: { template: `# Notes\n\n${payload('markdown')}\n\n[open](javascript:top.__xss='link')`, values: {} },
        },
        { id: 'html', block: 'file.write_text', inputs: { text: `<h1>Page</h1>${payload('html')}`, name: 'page.html', content_type: 'text/html' } },
        {
          id: 'svg',
          block: 'file.write_text',
          inputs: {
            text: `<svg xmlns="http://www.w3.org/2000/svg" onload="top.__xss='svg'"><script>top.__xss='svg'</script><circle r="4"/></svg>`,
            name: 'dot.svg',
            content_type: 'image/svg+xml',
          },
        },
        {
          id: 'named',
          block: 'file.write_text',
          inputs: { text: 'hello', name: HOSTILE_FILE_NAME, content_type: 'text/plain' },
        },
        { id: 'notes', block: 'output', inputs: { name: 'notes' } },
        { id: 'page', block: 'output', inputs: { name: 'page' } },
        { id: 'picture', block: 'output', inputs: { name: 'picture' } },
        { id: 'file', block: 'output', inputs: { name: 'file' } },
      ],
      links: [
        { from: { node: 'md', output: 'result' }, to: { node: 'notes', input: 'value' } },
        { from: { node: 'html', output: 'file' }, to: { node: 'page', input: 'value' } },
        { from: { node: 'svg', output: 'file' }, to: { node: 'picture', input: 'value' } },
        { from: { node: 'named', output: 'file' }, to: { node: 'file', input: 'value' } },
      ],
    };
    const { body } = await app.api.post('/api/graphs', graph);
    expect(body.id).toBeDefined();

    await page.goto(`${app.server.url}/#/agents`);
    await page.getByText('Report <img', { exact: false }).first().waitFor();

    await page.goto(`${app.server.url}/#/graphs/${body.id}`);
    await page.getByTestId('node-md').getByText('<img src=x onerror="top.__xss=\'label\'">', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    const notes = page.getByTestId('output-notes');
    await expect(notes.locator('h1').textContent()).resolves.toBe('Notes');
    await expect(notes.textContent()).resolves.toContain('<img src=x onerror=');
    await expect(notes.locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await page.getByTestId('output-page').locator('iframe').waitFor();
    await page.getByTestId('output-picture').locator('img').waitFor();
    await expect(page.getByTestId('output-file').getByRole('link', { name: 'Download' }).getAttribute('download')).resolves.toBe(HOSTILE_FILE_NAME);
    // Give every image its chance to fail and every frame its chance to load before looking.
    await page.waitForLoadState('load');
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));

    // The workspace lists the file by its name, as text.
    await page.goto(`${app.server.url}/#/files`);
    await page.getByText(HOSTILE_FILE_NAME).first().waitFor();
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));

    expect(await ran()).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The app itself needs nothing the policy forbids: no inline script, no eval.
    expect(violations).toEqual([]);
  });
});
