import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const issue = (identifier: string, title: string) => ({
  id: `id-${identifier}`,
  identifier,
  title,
  url: `https://linear.app/x/issue/${identifier}`,
  description: null,
  state: { name: 'Todo' },
});

/** Linear's GraphQL endpoint as its docs describe it: POST /graphql, the key in Authorization, errors in `errors` with status 200 (or 400). */
function fakeLinear(seen: { query: string; variables: Record<string, unknown> }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    if (req.headers.authorization !== 'lin_api_good')
      return json(400, { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] });
    const { query, variables } = JSON.parse(raw) as { query: string; variables: Record<string, unknown> };
    seen.push({ query, variables });
    if (query.includes('query Issue(')) {
      if (variables.id === 'ENG-404') return json(200, { data: { issue: null }, errors: [{ message: 'Entity not found: Issue' }] });
      return json(200, {
        data: {
          issue: {
            ...issue('ENG-1', 'Login fails'),
            assignee: { name: 'Ada' },
            comments: {
              nodes: [
                { body: 'Fixed', createdAt: '2026-12-02T10:00:00.000Z', user: { name: 'Ada' } },
                { body: 'Seen it too', createdAt: '2026-12-01T10:00:00.000Z', user: null },
              ],
            },
          },
        },
      });
    }
    if (query.includes('searchIssues')) return json(200, { data: { searchIssues: { nodes: [issue('ENG-1', 'Login fails')] } } });
    if (query.includes('issueCreate')) {
      if ((variables.input as { teamId: string }).teamId === 'missing') return json(200, { data: null, errors: [{ message: 'Entity not found: Team' }] });
      return json(200, { data: { issueCreate: { success: true, issue: issue('ENG-2', (variables.input as { title: string }).title) } } });
    }
    if (query.includes('commentCreate')) {
      if ((variables.input as { issueId: string }).issueId === 'ENG-404') return json(200, { data: null, errors: [{ message: 'Entity not found: Issue' }] });
      return json(200, { data: { commentCreate: { success: true, comment: { id: 'c1', url: 'https://linear.app/x/issue/ENG-1#comment-c1' } } } });
    }
    if (query.includes('issueUpdate'))
      return json(200, { data: { issueUpdate: { success: true, issue: { ...issue('ENG-1', 'Login fails'), state: { name: 'Done' } } } } });
    json(400, { errors: [{ message: 'Unknown operation' }] });
  });
}

describe('Linear blocks against a local server speaking Linear’s GraphQL API', () => {
  const seen: { query: string; variables: Record<string, unknown> }[] = [];
  const run = providerSuite(fakeLinear(seen), (baseUrl) => ({ id: 'lin', kind: 'linear_key', fields: { apiKey: 'lin_api_good', baseUrl } }));

  it('searches, creates and updates issues with GraphQL variables', async () => {
    expect((await run('linear.search_issues', { query: 'login', limit: 5 })).outputs.issues).toEqual([
      [{ id: 'id-ENG-1', identifier: 'ENG-1', title: 'Login fails', url: 'https://linear.app/x/issue/ENG-1', state: 'Todo', description: '' }],
    ]);
    expect(seen.at(-1)!.variables).toEqual({ term: 'login', first: 5 });
    expect((await run('linear.create_issue', { team_id: 't1', title: 'Crash', priority: 1 })).outputs.issue![0]).toMatchObject({
      identifier: 'ENG-2',
      title: 'Crash',
    });
    expect(seen.at(-1)!.variables).toEqual({ input: { teamId: 't1', title: 'Crash', description: '', priority: 1 } });
    expect((await run('linear.update_issue', { id: 'ENG-1', state_id: 's-done' })).outputs.issue![0]).toMatchObject({ state: 'Done' });
    expect(seen.at(-1)!.variables).toEqual({ id: 'ENG-1', input: { stateId: 's-done' } });
  });

  it('comments on an issue, and names a missing one', async () => {
    const commented = await run('linear.comment', { issue_id: 'ENG-1', body: 'Fixed in **1.2**' });
    expect(commented.outputs).toEqual({ id: ['c1'], url: ['https://linear.app/x/issue/ENG-1#comment-c1'] });
    expect(seen.at(-1)!.variables).toEqual({ input: { issueId: 'ENG-1', body: 'Fixed in **1.2**' } });
    expect((await run('linear.comment', { issue_id: 'ENG-404', body: 'x' })).error?.message).toBe('Linear refused the request: Entity not found: Issue.');
  });

  it('reads an issue with its assignee and comments in time order', async () => {
    const read = await run('linear.get_issue', { issue_id: 'ENG-1' });
    expect(read.outputs).toEqual({
      issue: [{ id: 'id-ENG-1', identifier: 'ENG-1', title: 'Login fails', url: 'https://linear.app/x/issue/ENG-1', state: 'Todo', description: '' }],
      assignee: ['Ada'],
      comments: [
        [
          { author: '', body: 'Seen it too', created_at: '2026-12-01T10:00:00.000Z' },
          { author: 'Ada', body: 'Fixed', created_at: '2026-12-02T10:00:00.000Z' },
        ],
      ],
    });
    expect(seen.at(-1)!.variables).toEqual({ id: 'ENG-1' });
    expect((await run('linear.get_issue', { issue_id: 'ENG-404' })).error?.message).toBe('Linear refused the request: Entity not found: Issue.');
  });

  it('says what Linear refused', async () => {
    const missing = await run('linear.create_issue', { team_id: 'missing', title: 'x' });
    expect(missing.error?.message).toBe('Linear refused the request: Entity not found: Team.');
    const unauthenticated = await run('linear.search_issues', { query: 'x' }, { apiKey: 'lin_api_bad' });
    expect(unauthenticated.error?.message).toBe('Linear answered 400: Authentication required, not authenticated');
    expect((await run('linear.update_issue', { id: 'ENG-1' })).error?.message).toMatch(/Give something to change/);
  });
});
