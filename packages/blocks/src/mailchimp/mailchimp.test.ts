import { createHash } from 'node:crypto';
import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const hash = createHash('md5').update('ada@example.com').digest('hex');

/** Mailchimp's Marketing API 3.0 as documented: Basic auth with the key, members by MD5 of the address, problem+json errors. */
function fakeMailchimp(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== `Basic ${Buffer.from('blocksmith:k-us21').toString('base64')}`)
      return json(401, {
        type: 'about:blank',
        title: 'API Key Invalid',
        status: 401,
        detail: 'Your API key may be invalid, or you’ve attempted to access the wrong datacenter.',
      });
    if (req.url === `/3.0/lists/aud1/members/${hash}` && req.method === 'PUT') return json(200, { id: hash, status: 'subscribed' });
    if (req.url === `/3.0/lists/aud1/members/${hash}/tags` && req.method === 'POST') return res.writeHead(204).end();
    json(404, { title: 'Resource Not Found', status: 404, detail: 'The requested resource could not be found.' });
  });
}

describe('Mailchimp against a local server speaking its Marketing API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeMailchimp(seen), (baseUrl) => ({ id: 'mc', kind: 'mailchimp', fields: { apiKey: 'k-us21', baseUrl } }));

  it('adds or updates a subscriber by the hash of the address, then tags them', async () => {
    const added = await run('mailchimp.add_member', { list_id: 'aud1', email: 'Ada@Example.com', merge_fields: { FNAME: 'Ada' }, tags: ['beta'] });
    expect(added.outputs).toEqual({ id: [hash], status: ['subscribed'] });
    expect(seen.slice(-2)).toEqual([
      {
        method: 'PUT',
        url: `/3.0/lists/aud1/members/${hash}`,
        body: { email_address: 'Ada@Example.com', status_if_new: 'subscribed', merge_fields: { FNAME: 'Ada' } },
      },
      { method: 'POST', url: `/3.0/lists/aud1/members/${hash}/tags`, body: { tags: [{ name: 'beta', status: 'active' }] } },
    ]);
  });

  it('says what Mailchimp refused, and a key without its data centre', async () => {
    expect((await run('mailchimp.add_member', { list_id: 'nope', email: 'ada@example.com' })).error?.message).toContain('could not be found');
    expect((await run('mailchimp.add_member', { list_id: 'aud1', email: 'ada@example.com' }, { apiKey: 'k-us9' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('wrong datacenter'),
    });
    expect((await run('mailchimp.add_member', { list_id: 'aud1', email: 'ada@example.com' }, { apiKey: 'nodc', baseUrl: '' })).error?.message).toContain(
      'should end with its data centre',
    );
  });
});
