import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { ApiClient, deleteQueue, greeterGraph as greeter, needsTopicGraph, RABBIT, sendToQueue } from '@blocksmith/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

describe('triggers and presets in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  let graphId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The machine's RabbitMQ, for the message trigger; the rest of the private network stays closed.
    app = await startAppSession({ BLOCKSMITH_ALLOW_HOSTS: '127.0.0.1:5672' });
    page = await app.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    graphId = (await app.api.post('/api/graphs', greeter)).body.id;
    await page.goto(`${app.server.url}/#/graphs/${graphId}`);
    await page.getByTestId('node-greet').waitFor();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const triggers = () => page.getByRole('region', { name: 'Triggers' });
  const history = () => page.getByRole('region', { name: 'Run history' });

  it('creates a schedule in the Triggers panel and shows its next fire times', async () => {
    await page.getByRole('button', { name: 'Triggers' }).click();
    await triggers().getByLabel('Cron').fill('0 9 * * 1-5');
    await triggers().getByLabel('Time zone').fill('Europe/Berlin');
    await triggers().getByLabel('Name', { exact: true }).fill('Weekday mornings');
    await triggers().getByRole('button', { name: 'Add schedule' }).click();
    const item = page.getByTestId('schedule-Weekday mornings');
    await expect.poll(() => item.locator('time.next-run').count()).toBe(3);
    for (const time of await item.locator('time.next-run').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))) {
      const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(
        new Date(time),
      );
      expect(berlin).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
    }
    await triggers().getByLabel('Cron').fill('0 25 * * *');
    await triggers().getByRole('button', { name: 'Add schedule' }).click();
    await triggers()
      .getByRole('alert')
      .filter({ hasText: /cron: .*hour/ })
      .waitFor();
    await item.getByLabel('enabled').uncheck();
    await item.getByText('paused').waitFor();
    expect((await app.api.get(`/api/graphs/${graphId}/schedules`)).body.schedules).toMatchObject([{ schedule: { name: 'Weekday mornings', enabled: false } }]);
    await item.getByLabel('enabled').check();
    await item.locator('time.next-run').first().waitFor();
  });

  it("gives a curl line that runs as it is an agent with a required input, and shows why a schedule's fire started no run", async () => {
    const id = (await app.api.post('/api/graphs', needsTopicGraph)).body.id;
    const builder = await app.newPage();
    await builder.goto(`${app.server.url}/#/graphs/${id}`);
    await builder.getByTestId('node-topic').waitFor();
    await builder.getByRole('button', { name: 'Triggers' }).click();
    await builder.getByRole('region', { name: 'Triggers' }).getByRole('button', { name: 'Create webhook' }).click();
    const line = (await builder.getByTestId('webhook-curl').textContent())!;
    const { stdout } = await promisify(execFile)('sh', ['-c', `${line} --silent --show-error`]);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'COMPLETED', outputs: { said: ['<topic>'] } });

    // The agent gains a required input after its schedule was saved: the fire fails, and the card and the panel say why.
    const tick = await app.api.post(`/api/graphs/${id}/schedules`, { name: 'tick', cron: '* * * * * *', timezone: 'UTC', inputs: { topic: 'tides' } });
    await app.api.put(`/api/graphs/${id}`, { ...needsTopicGraph, nodes: [...needsTopicGraph.nodes, { id: 'lang', block: 'input', inputs: { name: 'lang' } }] });
    // The page is opened once a fire has failed: a page opened before would show the schedule as it was then.
    await expect.poll(async () => (await app.api.get(`/api/graphs/${id}/schedules`)).body.schedules[0]?.lastFire?.outcome).toBe('failed');
    const library = await app.newPage();
    await library.goto(`${app.server.url}/#/agents`);
    const failedNote = library.locator('.graph-list > li', { hasText: 'Needs topic' }).locator('.failed-fire');
    await expect(failedNote.textContent()).resolves.toContain('Run input "lang" is required');
    await builder.reload();
    await builder.getByRole('button', { name: 'Triggers' }).click();
    await builder.getByTestId('schedule-tick').locator('.failed-fire').waitFor();
    await app.api.delete(`/api/schedules/${tick.body.schedule.id}`);
    await library.close();
    await builder.close();
  });

  it("shows the agent's schedule and next run on its library card", async () => {
    const library = await app.newPage();
    await library.goto(`${app.server.url}/#/agents`);
    const card = library.locator('.agent-card', { has: library.getByTestId('next-scheduled-run') });
    await expect(card.getByTestId('triggers').textContent()).resolves.toContain('1 schedule');
    // Weekday mornings: the next fire is minutes to days away, said the way people say it.
    await expect(card.getByTestId('next-scheduled-run').textContent()).resolves.toMatch(/^(in \d+ (minutes?|hours?|days?)|tomorrow)$/);
    await library.close();
  });

  it('creates a webhook, shows its absolute URL once with a copy button and a curl line, and its calls start runs', async () => {
    await triggers().getByLabel('Webhook name').fill('form');
    await triggers().getByRole('button', { name: 'Create webhook' }).click();
    const url = (await page.getByTestId('webhook-url').textContent())!;
    expect(url).toMatch(new RegExp(`^${app.server.url}/api/hooks/bsh_`));
    await expect(page.getByTestId('webhook-curl').textContent()).resolves.toContain(`'${url}?wait=true'`);
    await triggers().getByRole('button', { name: 'Copy URL' }).click();
    await triggers().getByRole('button', { name: 'Copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    const called = await new ApiClient(app.server.url).post(`${new URL(url).pathname}?wait=true`, { who: 'webhook' });
    expect(called.body.outputs).toEqual({ greeting: ['Hello webhook'] });
    await triggers().getByLabel('Webhook name').fill('github');
    await triggers()
      .getByLabel(/Signing secret/)
      .fill('a secret sixteen+ long');
    await triggers()
      .getByLabel(/whole request/)
      .check();
    await triggers()
      .getByLabel(/Headers to pass/)
      .fill('X-GitHub-Event');
    // The greeter takes no "request" input: a webhook that would hand it the whole request is refused, saying so.
    await triggers().getByRole('button', { name: 'Create webhook' }).click();
    await triggers().getByRole('alert').filter({ hasText: '"request" is not an Input block of this graph; its inputs are: who.' }).waitFor();
    await triggers()
      .getByLabel(/whole request/)
      .uncheck();
    await triggers().getByRole('button', { name: 'Create webhook' }).click();
    await triggers().getByText('signed (X-Hub-Signature-256)', { exact: true }).waitFor();
    await triggers().getByLabel('Webhook name').fill('slack');
    await triggers()
      .getByLabel(/Signing secret/)
      .fill('the slack app signing secret');
    await triggers().getByLabel('Signed as').selectOption('slack');
    await triggers().getByRole('button', { name: 'Create webhook' }).click();
    await triggers().getByText('signed by Slack (X-Slack-Signature)', { exact: true }).waitFor();
    await triggers().getByLabel('Webhook name').fill('stripe');
    await triggers()
      .getByLabel(/Signing secret/)
      .fill('whsec_an_endpoint_secret');
    await triggers().getByLabel('Signed as').selectOption('stripe');
    await triggers().getByRole('button', { name: 'Create webhook' }).click();
    await triggers().getByText('signed by Stripe (Stripe-Signature)', { exact: true }).waitFor();
    // The run the webhook call started shows in the open agent's history as it happens, without a reload.
    await history().locator('.run-trigger', { hasText: 'started by a webhook' }).waitFor();
  });

  it('saves the typed inputs as a preset, fills the inputs from it, and filters the history by trigger', async () => {
    await page.locator('#run-input-who').fill('Ada');
    await page.getByLabel('New preset name').fill('Ada');
    await page.getByRole('button', { name: 'Save inputs as preset' }).click();
    await page.getByLabel('Preset', { exact: true }).waitFor();
    await page.locator('#run-input-who').fill('');
    await page.getByLabel('Preset', { exact: true }).selectOption({ label: 'Ada' });
    await expect(page.locator('#run-input-who').inputValue()).resolves.toBe('Ada');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-greeting').textContent()).resolves.toContain('Hello Ada');
    expect((await app.api.get(`/api/graphs/${graphId}/presets`)).body.presets).toMatchObject([{ name: 'Ada', inputs: { who: 'Ada' } }]);

    await history().getByLabel('Show runs started by').selectOption('webhook');
    await expect.poll(() => history().locator('li').count()).toBe(1);
    await history().locator('.run-trigger', { hasText: 'started by a webhook' }).waitFor();
    await history().getByLabel('Show runs started by').selectOption('manual');
    await history().locator('.run-trigger', { hasText: 'started in the app' }).waitFor();
  });

  it('adds a RabbitMQ message trigger that shows it listens, runs each message, and pauses', async () => {
    const queue = `blocksmith-e2e-${Date.now()}`;
    await app.api.post('/api/credentials', { name: 'local rabbit', kind: 'amqp', fields: { url: RABBIT } });
    await page.reload();
    await page.getByTestId('node-greet').waitFor();
    await page.getByRole('button', { name: 'Triggers' }).click();
    await triggers().getByLabel('Broker').selectOption('amqp');
    // The credentials are read when the panel opens: the list fills in once they come.
    await expect.poll(() => triggers().getByLabel('Connection').inputValue()).not.toBe('');
    await triggers().getByLabel('Queue').fill(queue);
    await triggers().getByLabel('Each message goes to the Input').selectOption('who');
    await triggers().getByRole('button', { name: 'Add message trigger' }).click();
    const item = page.getByTestId(`message-trigger-RabbitMQ ${queue}`);
    await item.getByText('listening').waitFor();
    await sendToQueue(queue, ['Ada']);
    await item.getByRole('link', { name: /last message/ }).waitFor();
    const runId = (await item.getByRole('link', { name: /last message/ }).getAttribute('href'))!.split('/').pop()!;
    expect((await app.api.waitForRun(runId)).run).toMatchObject({ outputs: { greeting: ['Hello Ada'] }, trigger: { kind: 'message', source: queue } });
    await item.getByLabel('enabled').uncheck();
    await item.getByText('paused: messages wait at the broker').waitFor();
    await item.getByRole('button', { name: `Delete message trigger RabbitMQ ${queue}` }).click();
    await item.waitFor({ state: 'detached' });
    await deleteQueue(queue);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
