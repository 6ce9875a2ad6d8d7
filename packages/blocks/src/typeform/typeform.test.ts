import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Typeform's Responses API as documented: Bearer token, answers typed by `type`, { code, description } errors. */
function fakeTypeform(seen: string[]): Server {
  return fakeApiServer((req, _res, _raw, json) => {
    seen.push(req.url!);
    if (req.headers.authorization !== 'Bearer tfp_good')
      return json(401, { code: 'AUTHENTICATION_FAILED', description: 'Authentication credentials not found on the Request Headers' });
    if (req.url!.startsWith('/forms/u6nXL7/responses'))
      return json(200, {
        total_items: 1,
        page_count: 1,
        items: [
          {
            response_id: 'r1',
            submitted_at: '2026-12-06T10:00:00Z',
            answers: [
              { field: { id: 'f1', ref: 'name', type: 'short_text' }, type: 'text', text: 'Ada' },
              { field: { id: 'f2', ref: 'email', type: 'email' }, type: 'email', email: 'ada@example.com' },
              { field: { id: 'f3', ref: 'plan', type: 'multiple_choice' }, type: 'choice', choice: { label: 'Team' } },
              { field: { id: 'f4', ref: 'uses', type: 'multiple_choice' }, type: 'choices', choices: { labels: ['Email', 'Slack'] } },
              { field: { id: 'f5', type: 'opinion_scale' }, type: 'number', number: 9 },
              { field: { id: 'f6', ref: 'ok', type: 'yes_no' }, type: 'boolean', boolean: true },
              // A type the answer does not hold a value under (here one every object inherits) is no value.
              { field: { id: 'f7', ref: 'odd', type: 'statement' }, type: 'constructor' },
            ],
          },
        ],
      });
    json(404, { code: 'FORM_NOT_FOUND', description: 'Non existing form with uid nope' });
  });
}

describe('Typeform against a local server speaking its Responses API', () => {
  const seen: string[] = [];
  const run = providerSuite(fakeTypeform(seen), (baseUrl) => ({ id: 'tf', kind: 'typeform_token', fields: { token: 'tfp_good', baseUrl } }));

  it('reads responses with each answer by field ref, as its type says', async () => {
    const read = await run('typeform.list_responses', { form_id: 'u6nXL7', since: '2026-12-01T00:00:00Z', limit: 10 });
    expect(read.outputs).toEqual({
      responses: [
        [
          {
            id: 'r1',
            submitted: '2026-12-06T10:00:00Z',
            answers: { name: 'Ada', email: 'ada@example.com', plan: 'Team', uses: ['Email', 'Slack'], f5: 9, ok: true, odd: null },
          },
        ],
      ],
      total: [1],
    });
    expect(seen.at(-1)).toBe('/forms/u6nXL7/responses?page_size=10&completed=true&sort=submitted_at%2Cdesc&since=2026-12-01T00%3A00%3A00Z');
  });

  it('says what Typeform refused', async () => {
    expect((await run('typeform.list_responses', { form_id: 'nope' })).error?.message).toContain('Non existing form with uid nope');
    expect((await run('typeform.list_responses', { form_id: 'u6nXL7' }, { token: 'bad' })).error).toMatchObject({ kind: 'credential' });
  });
});
