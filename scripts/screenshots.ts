/**
 * Regenerates the screenshots in docs/screenshots (npm run screenshots): a
 * real server on a temporary database, driven in Debian's headless Chromium.
 */
import { startFakeOpenAiServer } from '@blocksmith/blocks/testing';
import { ApiClient, startServerProcess } from '@blocksmith/server/testing';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@blocksmith/store/testing';
import { buildWebApp, launchChromium } from '../packages/web/src/e2e/browser.ts';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;

buildWebApp();
const database = await createTestDatabase('sqlite');
const server = await startServerProcess({
  BLOCKSMITH_DATA_DIR: database.options.dataDir,
  BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
  BLOCKSMITH_SIGNUP: 'invitation',
});
// The AI example needs a model and a page to read: a local page, and a local OpenAI-compatible server scripted to call both tools.
const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Example Domain</title>'));
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
const model = await startFakeOpenAiServer([
  {
    chunks: ['I will fetch the page, then count.'],
    toolCalls: [{ name: 'fetch_web_page', arguments: { url: siteUrl } }],
    usage: { inputTokens: 412, outputTokens: 38 },
  },
  {
    toolCalls: [{ name: 'run_javascript', arguments: { code: 'return inputs.title.length;', inputs: { title: 'Example Domain' } } }],
    usage: { inputTokens: 690, outputTokens: 41 },
  },
  { chunks: ['The title of the page, **Example Domain**, is 14 characters long (source: the page itself).'], usage: { inputTokens: 781, outputTokens: 27 } },
]);
// The copilot's model: it writes a report file and links it.
const copilotModel = await startFakeOpenAiServer([
  { chunks: ['I will look for a block that fetches pages.'], toolCalls: [{ name: 'find_blocks', arguments: { query: 'fetch web page' } }] },
  {
    toolCalls: [
      {
        name: 'write_file',
        arguments: {
          name: 'plan.md',
          mimeType: 'text/markdown',
          content:
            '# Page summarizer\n\n1. **Input** `url`\n2. **HTTP Request** fetches the page\n3. **AI Text** summarizes it in three bullets\n4. **Output** `summary`\n',
        },
      },
    ],
  },
  {
    from: (body) => {
      const tools = (body.messages as { role: string; content: string }[]).filter((m) => m.role === 'tool');
      const ref = JSON.parse(tools.at(-1)!.content).ref as string;
      return { chunks: [`Here is the plan: ${ref}. Shall I build it?`] };
    },
  },
]);
// The chat app's model: a short, friendly answer.
const chatModel = await startFakeOpenAiServer([
  {
    chunks: ['Your order **#1042** left our warehouse yesterday', ' and should reach you by Thursday. ', 'Anything else I can check?'],
    usage: { inputTokens: 120, outputTokens: 30 },
  },
]);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.getByLabel('Email').fill('owner@example.com');
  await page.getByLabel('Password').fill('a long password');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await page.getByRole('link', { name: /Word stats/ }).waitFor();
  await page.goto(`${server.url}/#/agents`);
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
  // The debug loop: re-run from one node; the nodes it does not depend on are reused, marked, not run again.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.getByTestId('node-shout').locator('header').click();
  await page.getByRole('button', { name: 'Re-run from here' }).click();
  await page.locator('[data-testid="node-split"][data-reused="true"]').waitFor();
  await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}rerun.png` });

  const api = new ApiClient(server.url);
  await api.post('/api/auth/login', { email: 'owner@example.com', password: 'a long password' });
  await api.post('/api/credentials', { name: 'Local model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl } });
  await page.goto(`${server.url}/#/agents`);
  await page.getByRole('link', { name: /Research assistant/ }).click();
  await page.getByTestId('node-agent').waitFor();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}agent.png` });

  // An agent that runs on its own: a weekday schedule in the Triggers panel, and its card in the library.
  await page.goto(`${server.url}/#/agents`);
  await page.getByRole('link', { name: /Summarize a web page/ }).click();
  await page.getByTestId('node-url').waitFor();
  await page.getByRole('button', { name: 'Triggers' }).click();
  const triggers = page.getByRole('region', { name: 'Triggers' });
  await triggers.getByLabel('Cron').fill('0 8 * * 1-5');
  await triggers.getByLabel('Time zone').fill('Europe/Berlin');
  await triggers.getByLabel('Name', { exact: true }).fill('Weekday digest');
  await triggers.getByRole('button', { name: 'Add schedule' }).click();
  await page.getByTestId('schedule-Weekday digest').locator('time.next-run').first().waitFor();
  await page.screenshot({ path: `${out}triggers.png` });

  // An agent waiting for a person: the announcement example paused at its review, in the Reviews inbox.
  await page.goto(`${server.url}/#/agents`);
  await page.getByRole('link', { name: /Announcement with approval/ }).click();
  await page.getByTestId('node-approve').waitFor();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('run-status').filter({ hasText: 'REVIEW' }).waitFor();
  await page.getByTestId('node-approve').locator('.review-card').waitFor();
  await page.goto(`${server.url}/#/reviews`);
  await page.locator('.review-card').first().waitFor();
  await page.screenshot({ path: `${out}reviews.png` });

  // Every run across agents, and Home with what waits for the user.
  await page.goto(`${server.url}/#/runs`);
  await page.locator('tbody tr').nth(2).waitFor();
  await page.screenshot({ path: `${out}runs.png` });
  await page.goto(`${server.url}/#/`);
  await page.getByRole('heading', { name: 'Latest runs' }).waitFor();
  await page.locator('.home-list li').first().waitFor();
  await page.screenshot({ path: `${out}home.png` });

  // The library on a phone, the navigation in its drawer.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.addCookies(await page.context().cookies());
  const phonePage = await phone.newPage();
  await phonePage.goto(`${server.url}/#/agents`);
  await phonePage.getByRole('link', { name: /Word stats/ }).waitFor();
  await phonePage.screenshot({ path: `${out}phone.png` });
  await phone.close();

  // The copilot: a chat whose tool calls show as cards, and the file it wrote open in the artifact panel.
  const { body: credentials } = await api.get('/api/credentials');
  for (const credential of credentials.credentials) await api.delete(`/api/credentials/${credential.id}`);
  await api.post('/api/credentials', { name: 'Copilot model', kind: 'openai_compatible', fields: { baseUrl: copilotModel.baseUrl } });
  await page.goto(`${server.url}/#/copilot`);
  await page.getByRole('button', { name: 'New chat' }).click();
  await page.getByLabel('Message').fill('Plan an agent that summarizes a web page');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.chat-assistant').filter({ hasText: 'Shall I build it?' }).getByRole('link').click();
  await page.getByRole('region', { name: 'Artifact' }).locator('h1').waitFor();
  await page.screenshot({ path: `${out}copilot.png` });

  // Shipping: a dataset, two versions evaluated and compared, and a release behind a gate.
  const greeterVersion = (greeting: string) => ({
    name: 'Greeter',
    nodes: [
      { id: 'who', block: 'input', inputs: { name: 'who', value: 'world' }, position: { x: 0, y: 0 } },
      { id: 'greet', block: 'text.template', inputs: { template: greeting }, position: { x: 260, y: 0 } },
      { id: 'out', block: 'output', inputs: { name: 'greeting' }, position: { x: 520, y: 0 } },
    ],
    links: [
      { from: { node: 'who', output: 'result' }, to: { node: 'greet', input: 'values.who' } },
      { from: { node: 'greet', output: 'result' }, to: { node: 'out', input: 'value' } },
    ],
  });
  const greeter = (await api.post('/api/graphs', greeterVersion('Hello {{who}}!'))).body.id;
  const greetings = await api.post('/api/datasets', {
    name: 'Greetings',
    graphId: greeter,
    threshold: 1,
    evaluators: [{ kind: 'regex', output: 'greeting', pattern: '^Hello \\w+!$' }],
    cases: ['Ada', 'Grace', 'Linus', 'Margaret'].map((who) => ({ inputs: { who }, expected: { greeting: `Hello ${who}!` } })),
  });
  const evaluate = async (version: number) =>
    (await api.waitForEvaluation((await api.post(`/api/graphs/${greeter}/evaluations`, { dataset: greetings.body.dataset.id, version })).body.evaluation.id))
      .evaluation.id as string;
  const first = await evaluate(1);
  await api.put(`/api/graphs/${greeter}`, greeterVersion('Hi {{who}}.'));
  const second = await evaluate(2);
  await page.goto(`${server.url}/#/evaluations/${second}/compare/${first}`);
  await page.locator('tr.change-regressed').first().waitFor();
  await page.screenshot({ path: `${out}compare.png` });
  await api.put(`/api/graphs/${greeter}/aliases/production`, { version: 1, gate: { datasetId: greetings.body.dataset.id, minScore: 1 } });
  await api.put(`/api/graphs/${greeter}/aliases/staging`, { version: 2 });
  await page.goto(`${server.url}/#/graphs/${greeter}/ship`);
  await page.getByTestId('alias-production').waitFor();
  await page.getByRole('table', { name: 'Evaluations' }).getByText('not passed').waitFor();
  await page.screenshot({ path: `${out}release.png` });

  // The greeter published as an app page, run by a visitor without an account (it runs the released version).
  await api.put(`/api/graphs/${greeter}/app`, { slug: 'greeter', title: 'Greeter', description: 'Type a name, get a greeting.', access: 'public' });
  const visitor = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  await visitor.goto(`${server.url}/apps/greeter`);
  await visitor.getByLabel('who', { exact: true }).fill('Ada');
  await visitor.getByRole('button', { name: 'Run', exact: true }).click();
  await visitor.getByTestId('app-run-status').filter({ hasText: 'COMPLETED' }).waitFor();
  await visitor.screenshot({ path: `${out}app.png` });
  await visitor.close();

  // A support agent published as a chat: a visitor's conversation, the reply streamed from the model.
  const chatCredential = (await api.post('/api/credentials', { name: 'Support model', kind: 'openai_compatible', fields: { baseUrl: chatModel.baseUrl } })).body
    .credential.id;
  const desk = await api.post('/api/graphs', {
    name: 'Support desk',
    nodes: [
      { id: 'message', block: 'input', inputs: { name: 'message' }, position: { x: 0, y: 0 } },
      { id: 'model', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential: chatCredential }, position: { x: 260, y: 0 } },
      { id: 'reply', block: 'output', inputs: { name: 'reply' }, position: { x: 520, y: 0 } },
    ],
    links: [
      { from: { node: 'message', output: 'result' }, to: { node: 'model', input: 'prompt' } },
      { from: { node: 'model', output: 'response' }, to: { node: 'reply', input: 'value' } },
    ],
  });
  await api.put(`/api/graphs/${desk.body.id}/app`, {
    slug: 'support',
    kind: 'chat',
    title: 'Support desk',
    description: 'Ask about your order.',
    access: 'public',
  });
  const customer = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  await customer.goto(`${server.url}/apps/support`);
  await customer.getByLabel('Message Support desk').fill('Where is my order #1042?');
  await customer.getByRole('button', { name: 'Send' }).click();
  await customer.getByTestId('chat-reply').filter({ hasText: 'Thursday' }).waitFor();
  await customer.screenshot({ path: `${out}chat.png` });
  await customer.close();

  // A shared workspace: its members and roles, an invitation link, and the audit log, in Settings.
  const team = (await api.post('/api/workspaces', { name: 'Support team' })).body.workspace.id;
  const inTeam = api.inWorkspace(team);
  for (const [email, role] of [
    ['ana@example.com', 'admin'],
    ['ben@example.com', 'editor'],
    ['cho@example.com', 'runner'],
  ] as const) {
    const { token } = (await inTeam.post(`/api/workspaces/${team}/invitations`, { role })).body;
    await new ApiClient(server.url).post('/api/auth/signup', { email, password: 'a long password', invitation: token });
  }
  await inTeam.post('/api/credentials', { name: 'Zendesk token', kind: 'http_bearer', fields: { token: 'not shown' } });
  // What the sidebar's Workspace menu keeps (api/current-workspace.ts); evaluated as text, since scripts are typed without the DOM.
  await page.evaluate(`localStorage.setItem('blocksmith.workspace', ${JSON.stringify(team)})`);
  await page.goto(`${server.url}/#/settings`);
  // The app reads the workspace it works in when it starts.
  await page.reload();
  await page.getByRole('region', { name: 'Members' }).getByRole('rowheader', { name: 'cho@example.com' }).waitFor();
  await page.getByRole('region', { name: 'Members' }).getByRole('button', { name: 'Create invitation link' }).click();
  await page.getByLabel('Invitation link').waitFor();
  await page.getByRole('region', { name: 'Members' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}teams.png` });
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.stop();
  await model.close();
  await copilotModel.close();
  await chatModel.close();
  site.close();
  await database.drop();
}
