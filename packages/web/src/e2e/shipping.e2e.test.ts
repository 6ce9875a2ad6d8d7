import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { greeterGraph } from '@blocksmith/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';

/** The greeter with another greeting: each version says which it is. */
const greeter = (greeting: string) => ({
  ...greeterGraph,
  nodes: greeterGraph.nodes.map((n) => (n.id === 'greet' ? { ...n, inputs: { template: `${greeting} {{who}}` } } : n)),
});

describe(
  'shipping an agent in a real browser: a dataset from runs, evaluations compared, a gated release, a budget stop',
  { timeout: BROWSER_TEST_TIMEOUT_MS },
  () => {
    let app: AppSession;
    let page: Page;
    let model: FakeModelServer;
    let agent: string;
    let credential: string;
    const pageErrors: string[] = [];
    const ship = () => page.goto(`${app.server.url}/#/graphs/${agent}/ship`);
    const evaluations = () => page.getByRole('table', { name: 'Evaluations' });

    beforeAll(async () => {
      model = await startFakeOpenAiServer([{ chunks: ['Hoot'], usage: { inputTokens: 10, outputTokens: 2 } }]);
      app = await startAppSession({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
      credential = (await app.api.post('/api/credentials', { name: 'Local model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } }))
        .body.credential.id;
      agent = (await app.api.post('/api/graphs', greeter('Hello'))).body.id;
      for (const who of ['Ada', 'Bob']) await app.api.waitForRun((await app.api.post(`/api/graphs/${agent}/runs`, { inputs: { who } })).body.runId);
      page = await app.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await model?.close();
    });

    it('builds a dataset from two past runs and gives it an evaluator', async () => {
      await page.goto(`${app.server.url}/#/datasets`);
      await page.getByRole('form', { name: 'New dataset' }).getByLabel('Name').fill('greetings');
      await page.getByRole('button', { name: 'New dataset' }).click();
      await page.getByRole('heading', { name: 'Dataset “greetings”' }).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs', exact: true }).click();
      const boxes = page.getByRole('checkbox', { name: /^Select Greeter/ });
      await boxes.nth(1).waitFor();
      for (const checkbox of await boxes.all()) await checkbox.check();
      await page.getByRole('button', { name: 'Add to dataset' }).click();
      await page.getByText('Added 2 cases to “greetings”.').waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Datasets', exact: true }).click();
      await page.getByRole('link', { name: 'greetings' }).click();
      const expected = await Promise.all(['1', '2'].map((n) => page.getByLabel(`Case ${n}: expected`).inputValue()));
      expect(expected.map((text) => JSON.parse(text))).toEqual(expect.arrayContaining([{ greeting: 'Hello Ada' }, { greeting: 'Hello Bob' }]));
      await page.getByRole('button', { name: 'Add evaluator' }).click();
      await page.getByLabel('Evaluator 1: output').fill('greeting');
      await page.getByRole('button', { name: 'Save evaluators' }).click();
      await page.getByText('Saved the evaluators of “greetings”.').waitFor();
      expect((await app.api.get('/api/datasets')).body.datasets[0]).toMatchObject({ cases: 2, evaluators: [{ kind: 'exact', output: 'greeting' }] });
    });

    it('evaluates two versions and compares them case by case, the regressions marked', async () => {
      await ship();
      await page.getByRole('button', { name: 'Evaluate' }).click();
      await evaluations().getByText('passed', { exact: true }).waitFor();

      await app.api.put(`/api/graphs/${agent}`, greeter('Hi'));
      await page.reload();
      await page.getByRole('form', { name: 'Evaluate a version' }).getByLabel('Version').selectOption('2');
      await page.getByRole('button', { name: 'Evaluate' }).click();
      await evaluations().getByText('not passed', { exact: true }).waitFor();

      await evaluations().getByRole('link', { name: 'v2' }).click();
      await page.getByRole('heading', { name: 'Evaluation of v2 on “greetings”' }).waitFor();
      await expect(page.getByTestId('case-1').textContent()).resolves.toContain('Expected "Hello');
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.getByRole('heading', { name: 'v2 against v1 on “greetings”' }).waitFor();
      await page.getByText('2 regressed · 0 improved').waitFor();
      await expect(page.locator('tr.change-regressed').count()).resolves.toBe(2);
    });

    it('releases version 1 to production behind the gate, refuses version 2, and the editor says what production runs', async () => {
      await ship();
      const release = page.getByRole('form', { name: 'Release a version' });
      await release.getByLabel('Version').selectOption('1');
      await release.getByLabel('Gate dataset').selectOption({ label: 'an evaluation on greetings' });
      await release.getByLabel('scoring at least').fill('1');
      await release.getByRole('button', { name: 'Release' }).click();
      await page.getByTestId('alias-production').getByText('v1').waitFor();

      await release.getByLabel('Version').selectOption('2');
      await release.getByRole('button', { name: 'Release' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: /"production" needs an evaluation on dataset "greetings" scoring at least 1; version 2 scored 0\.000/ })
        .waitFor();
      await expect(page.getByTestId('alias-production').textContent()).resolves.toContain('v1');

      await page.getByRole('link', { name: 'Open in the editor' }).click();
      await page.getByTestId('release-note').filter({ hasText: 'Production runs v1 — you are editing v2' }).waitFor();
    });

    it("stops a run at the agent's per-run budget and shows why, with the agent's spend", async () => {
      const spender = (
        await app.api.post('/api/graphs', {
          name: 'Spender',
          nodes: [
            { id: 'topic', block: 'input', inputs: { name: 'topic', value: 'owls' } },
            { id: 'ask', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential } },
            { id: 'answer', block: 'output', inputs: { name: 'answer' } },
          ],
          links: [
            { from: { node: 'topic', output: 'result' }, to: { node: 'ask', input: 'prompt' } },
            { from: { node: 'ask', output: 'response' }, to: { node: 'answer', input: 'value' } },
          ],
        })
      ).body.id;
      await page.goto(`${app.server.url}/#/graphs/${spender}/ship`);
      await page.getByLabel('Each run: at most tokens').fill('5');
      await page.getByRole('button', { name: 'Save budget' }).click();
      await expect.poll(async () => (await app.api.get(`/api/graphs/${spender}/spend`)).body.budget).toEqual({ run: { tokens: 5 } });

      const runId = (await app.api.post(`/api/graphs/${spender}/runs`, {})).body.runId;
      await app.api.waitForRun(runId);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs', exact: true }).click();
      await page.getByTestId(`run-row-${runId}`).getByText("Budget reached: this run's budget — 12 tokens of 5 tokens spent.", { exact: false }).waitFor();
      await page.goto(`${app.server.url}/#/graphs/${spender}/ship`);
      await page.getByText(/this month \$0\.\d+ \(12 tokens\) over 1 runs/).waitFor();
      await expect(page.getByTestId('spend-bar').count()).resolves.toBe(30);
      expect(pageErrors).toEqual([]);
    });

    it('names an error agent on the Ship page; a failed run starts it once, and the Runs page says why it ran', async () => {
      const failing = (
        await app.api.post('/api/graphs', {
          name: 'Fragile',
          nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
          links: [],
        })
      ).body.id;
      const onFailure = (
        await app.api.post('/api/graphs', {
          name: 'Tell the team',
          nodes: [
            { id: 'failure', block: 'input', inputs: { name: 'failure' } },
            { id: 'said', block: 'output', inputs: { name: 'said' } },
          ],
          links: [{ from: { node: 'failure', output: 'result' }, to: { node: 'said', input: 'value' } }],
        })
      ).body.id;
      await app.api.post('/api/graphs', { name: 'Takes nothing', nodes: [{ id: 'n', block: 'math.arithmetic', inputs: { a: 1, b: 1 } }], links: [] });
      // A new page load: the agents just made through the API are not in this tab's cached list yet.
      await page.goto(`${app.server.url}/#/graphs/${failing}/ship`);
      await page.reload();
      await page.getByLabel('Error agent').selectOption({ label: 'Tell the team' });
      await page.getByRole('status').filter({ hasText: 'runs that fail from now on start it' }).waitFor();
      // An agent without a `failure` input is refused, saying why.
      await page.getByLabel('Error agent').selectOption({ label: 'Takes nothing' });
      await page.getByRole('alert').filter({ hasText: 'has no Input block named "failure"' }).waitFor();
      await expect.poll(async () => (await app.api.get(`/api/graphs/${failing}`)).body.errorAgentId).toBe(onFailure);

      const runId = (await app.api.post(`/api/graphs/${failing}/runs`, {})).body.runId;
      await app.api.waitForRun(runId);
      await page.goto(`${app.server.url}/#/runs`);
      const answer = page.locator('[data-testid^="run-row-"]').filter({ hasText: 'error agent for' });
      await answer.first().waitFor();
      await expect(answer.count()).resolves.toBe(1);
      expect(pageErrors).toEqual([]);
    });

    it("keeps the agent's runs as its Keep runs section says, and goes back to the server's setting", async () => {
      await ship();
      await page.getByLabel('Ended runs: days kept').fill('3');
      await page.getByLabel('Newest runs kept').fill('50');
      await page.getByRole('button', { name: 'Save retention' }).click();
      await page.getByRole('status').filter({ hasText: 'the next sweep' }).waitFor();
      expect((await app.api.get(`/api/graphs/${agent}`)).body.retention).toEqual({ maxAgeDays: 3, maxRuns: 50 });
      await page.reload();
      await expect(page.getByLabel('Newest runs kept').inputValue()).resolves.toBe('50');
      for (const label of ['Ended runs: days kept', 'Newest runs kept']) await page.getByLabel(label).fill('');
      await page.getByRole('button', { name: 'Save retention' }).click();
      await expect.poll(async () => (await app.api.get(`/api/graphs/${agent}`)).body.retention).toBeUndefined();
      expect(pageErrors).toEqual([]);
    });
  },
);
