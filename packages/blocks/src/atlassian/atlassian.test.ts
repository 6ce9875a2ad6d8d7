import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const BASIC = `Basic ${Buffer.from('ada@example.com:at-good').toString('base64')}`;
const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const issue = {
  id: '10001',
  key: 'OPS-7',
  fields: { summary: 'Disk full', status: { name: 'To Do' }, assignee: { displayName: 'Ada' }, description: adf('On db-2') },
};

/** Jira Cloud REST v3 and Confluence Cloud (v1 search, v2 pages) as documented: Basic email:token; Jira's errorMessages/errors shape. */
function fakeAtlassian(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url: req.url!, body });
    if (req.headers.authorization !== BASIC) return json(401, { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
    const url = req.url!;
    if (url === '/rest/api/3/search/jql') return json(200, { issues: [issue], isLast: true });
    if (url === '/rest/api/3/issue' && req.method === 'POST') {
      if (body.fields.project.key !== 'OPS') return json(400, { errorMessages: [], errors: { project: 'valid project is required' } });
      return json(201, { id: '10002', key: 'OPS-8', self: 'x' });
    }
    if (url === '/rest/api/3/issue/OPS-7?fields=summary%2Cstatus%2Cassignee%2Cdescription%2Ccomment')
      return json(200, {
        ...issue,
        fields: {
          ...issue.fields,
          comment: { comments: [{ author: { displayName: 'Alan' }, created: '2026-12-06T10:00:00.000+0000', body: adf('Cleaned /tmp') }] },
        },
      });
    if (url === '/rest/api/3/issue/OPS-7/comment') return json(201, { id: '20001', body: body.body });
    if (url === '/rest/api/3/issue/OPS-7/transitions' && req.method === 'GET')
      return json(200, {
        transitions: [
          { id: '21', name: 'Start', to: { name: 'In Progress' } },
          { id: '31', name: 'Finish', to: { name: 'Done' } },
        ],
      });
    if (url === '/rest/api/3/issue/OPS-7/transitions') return res.writeHead(204).end();
    if (url.startsWith('/wiki/rest/api/search?'))
      return json(200, {
        results: [{ content: { id: '98', title: 'On-call' }, excerpt: 'The @@@hl@@@on-call@@@endhl@@@ rota', url: '/spaces/OPS/pages/98/On-call' }],
      });
    if (url === '/wiki/api/v2/pages/98?body-format=storage')
      return json(200, {
        id: '98',
        title: 'On-call',
        version: { number: 4 },
        body: { storage: { value: '<h2>Rota</h2><p>Ada <strong>first</strong></p>' } },
        _links: { webui: '/spaces/OPS/pages/98' },
      });
    if (url === '/wiki/api/v2/pages' && req.method === 'POST') return json(200, { id: '99', _links: { webui: '/spaces/OPS/pages/99' } });
    json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });
}

describe('Jira and Confluence blocks against a local server speaking their Cloud REST APIs', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  let site = '';
  const run = providerSuite(fakeAtlassian(seen), (baseUrl) => {
    site = baseUrl;
    return { id: 'at', kind: 'atlassian', fields: { siteUrl: baseUrl, email: 'ada@example.com', apiToken: 'at-good' } };
  });

  it('reads one issue with its comments as text', async () => {
    expect((await run('jira.get_issue', { issue: 'OPS-7' })).outputs).toEqual({
      issue: [{ key: 'OPS-7', id: '10001', summary: 'Disk full', status: 'To Do', assignee: 'Ada', description: 'On db-2', url: `${site}/browse/OPS-7` }],
      comments: [[{ author: 'Alan', created: '2026-12-06T10:00:00.000+0000', text: 'Cleaned /tmp' }]],
    });
    expect((await run('jira.get_issue', { issue: 'OPS-404' })).error?.message).toContain('Issue does not exist');
  });

  it('searches issues with JQL, creates one with an ADF description, comments and moves it', async () => {
    expect((await run('jira.search_issues', { jql: 'project = OPS' })).outputs.issues).toEqual([
      [{ key: 'OPS-7', id: '10001', summary: 'Disk full', status: 'To Do', assignee: 'Ada', description: 'On db-2', url: `${site}/browse/OPS-7` }],
    ]);
    expect(seen.at(-1)!.body).toEqual({ jql: 'project = OPS', maxResults: 25, fields: ['summary', 'status', 'assignee', 'description'] });
    const created = await run('jira.create_issue', { project: 'OPS', summary: 'Rotate keys', description: 'First\nSecond', labels: ['security'] });
    expect(created.outputs).toEqual({ key: ['OPS-8'], id: ['10002'], url: [`${site}/browse/OPS-8`] });
    expect(seen.at(-1)!.body).toEqual({
      fields: {
        project: { key: 'OPS' },
        summary: 'Rotate keys',
        issuetype: { name: 'Task' },
        labels: ['security'],
        description: {
          type: 'doc',
          version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'First' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Second' }] },
          ],
        },
      },
    });
    expect((await run('jira.add_comment', { issue: 'OPS-7', text: 'On it' })).outputs).toEqual({ comment_id: ['20001'] });
    expect((await run('jira.transition_issue', { issue: 'OPS-7', to: 'done' })).outputs).toEqual({ status: ['Done'] });
    expect(seen.at(-1)!.body).toEqual({ transition: { id: '31' } });
  });

  it('says what Jira refused, naming the field or the workflow’s choices', async () => {
    expect((await run('jira.create_issue', { project: 'NOPE', summary: 'x' })).error?.message).toBe('Jira answered 400: project: valid project is required');
    expect((await run('jira.transition_issue', { issue: 'OPS-7', to: 'Shipped' })).error?.message).toBe(
      'OPS-7 cannot move to "Shipped" from where it is; its workflow offers: In Progress, Done.',
    );
    expect((await run('jira.add_comment', { issue: 'OPS-404', text: 'x' })).error?.message).toContain(
      'Jira found nothing there (404: Issue does not exist or you do not have permission to see it.)',
    );
    const refused = await run('jira.search_issues', { jql: 'x' }, { apiToken: 'at-bad' });
    expect(refused.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('Client must be authenticated') });
  });

  it('searches Confluence, reads a page as Markdown and creates one', async () => {
    expect((await run('confluence.search', { query: 'on-call', space: 'OPS' })).outputs.results).toEqual([
      [{ id: '98', title: 'On-call', excerpt: 'The on-call rota', url: `${site}/wiki/spaces/OPS/pages/98/On-call` }],
    ]);
    expect(new URL(seen.at(-1)!.url, site).searchParams.get('cql')).toBe('text ~ "on-call" AND type = page AND space = "OPS"');
    expect((await run('confluence.get_page', { page_id: '98' })).outputs).toEqual({
      title: ['On-call'],
      markdown: ['## Rota\n\nAda **first**'],
      version: [4],
      url: [`${site}/wiki/spaces/OPS/pages/98`],
    });
    const made = await run('confluence.create_page', { space_id: '5', title: 'Notes', text: 'a < b\nnext\n\nSecond' });
    expect(made.outputs).toEqual({ page_id: ['99'], url: [`${site}/wiki/spaces/OPS/pages/99`] });
    expect(seen.at(-1)!.body).toEqual({
      spaceId: '5',
      status: 'current',
      title: 'Notes',
      body: { representation: 'storage', value: '<p>a &lt; b<br/>next</p><p>Second</p>' },
    });
  });
});
