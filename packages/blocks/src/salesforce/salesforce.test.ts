import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const BASE = '/services/data/v61.0';
const contact = (n: number) => ({
  attributes: { type: 'Contact', url: `${BASE}/sobjects/Contact/003${n}` },
  Id: `003${n}`,
  Name: `Person ${n}`,
  Account: { attributes: { type: 'Account', url: `${BASE}/sobjects/Account/001` }, Name: 'Analytical' },
});

/** Salesforce's REST API as documented: Bearer token, query pages by nextRecordsUrl, errors as a list of { message, errorCode }. */
function fakeSalesforce(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== 'Bearer 00D!good') return json(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === `${BASE}/query`) {
      if (url.searchParams.get('q')?.includes('Nope')) return json(400, [{ message: "sObject type 'Nope' is not supported.", errorCode: 'INVALID_TYPE' }]);
      return json(200, { totalSize: 3, done: false, nextRecordsUrl: `${BASE}/query/01g-2`, records: [contact(1), contact(2)] });
    }
    if (url.pathname === `${BASE}/query/01g-2`) return json(200, { totalSize: 3, done: true, records: [contact(3)] });
    if (url.pathname === `${BASE}/sobjects/Lead` && req.method === 'POST') {
      const body = JSON.parse(raw) as Record<string, unknown>;
      if (!body.LastName) return json(400, [{ message: 'Required fields are missing: [LastName]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] }]);
      return json(201, { id: '00Q000000000001AAA', success: true, errors: [] });
    }
    if (url.pathname === `${BASE}/sobjects/Lead/00Q000000000001AAA` && req.method === 'PATCH') return res.writeHead(204).end();
    json(404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  });
}

describe('Salesforce blocks against a local server speaking its REST API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeSalesforce(seen), (instanceUrl) => ({ id: 'sf', kind: 'salesforce', fields: { instanceUrl, accessToken: '00D!good' } }));

  it('queries across pages, with related records as fields', async () => {
    const found = await run('salesforce.query', { soql: 'SELECT Id, Name, Account.Name FROM Contact' });
    expect(found.outputs.total).toEqual([3]);
    expect(found.outputs.records![0]).toEqual([1, 2, 3].map((n) => ({ Id: `003${n}`, Name: `Person ${n}`, Account: { Name: 'Analytical' } })));
    expect((await run('salesforce.query', { soql: 'SELECT Id FROM Contact', max_records: 2 })).outputs.records![0]).toHaveLength(2);
    expect(seen.at(-1)!.url).toBe(`${BASE}/query?q=SELECT+Id+FROM+Contact`);
  });

  it('creates and updates records', async () => {
    expect((await run('salesforce.create_record', { object: 'Lead', fields: { LastName: 'Lovelace', Company: 'Analytical' } })).outputs).toEqual({
      id: ['00Q000000000001AAA'],
    });
    expect(seen.at(-1)!.body).toEqual({ LastName: 'Lovelace', Company: 'Analytical' });
    expect((await run('salesforce.update_record', { object: 'Lead', id: '00Q000000000001AAA', fields: { Status: 'Working' } })).outputs).toEqual({
      id: ['00Q000000000001AAA'],
    });
    expect(seen.at(-1)).toMatchObject({ method: 'PATCH', body: { Status: 'Working' } });
  });

  it('says what Salesforce refused, in its own words', async () => {
    expect((await run('salesforce.query', { soql: 'SELECT Id FROM Nope' })).error?.message).toBe(
      "Salesforce answered 400: sObject type 'Nope' is not supported.",
    );
    expect((await run('salesforce.create_record', { object: 'Lead', fields: { Company: 'x' } })).error?.message).toBe(
      'Salesforce answered 400: Required fields are missing: [LastName]',
    );
    expect((await run('salesforce.query', { soql: 'SELECT Id FROM Contact' }, { accessToken: 'bad-token-xyz' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Session expired or invalid'),
    });
    await expect(run('salesforce.create_record', { object: 'Lead/../Account', fields: {} })).rejects.toThrow('an object’s API name');
  });
});
