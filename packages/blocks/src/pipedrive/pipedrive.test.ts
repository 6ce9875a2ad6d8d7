import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Pipedrive's API v1 as documented: x-api-token header, { success, data } answers, { success: false, error } errors. */
function fakePipedrive(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    seen.push({ url: req.url!, body });
    if (req.headers['x-api-token'] !== 'pd-good') return json(401, { success: false, error: 'unauthorized access', errorCode: 401 });
    if (req.url === '/v1/persons') return json(201, { success: true, data: { id: 7, name: body.name } });
    if (req.url === '/v1/deals') {
      if (body.stage_id === 999) return json(400, { success: false, error: 'Stage not found', error_info: 'Please check developers.pipedrive.com' });
      return json(201, { success: true, data: { id: 31, title: body.title, status: 'open' } });
    }
    json(404, { success: false, error: 'Unknown method .' });
  });
}

describe('Pipedrive against a local server speaking its API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakePipedrive(seen), (baseUrl) => ({ id: 'pd', kind: 'pipedrive_token', fields: { apiToken: 'pd-good', baseUrl } }));

  it('adds a person, then a deal for them', async () => {
    const person = await run('pipedrive.create_person', { name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(person.outputs).toEqual({ id: [7], name: ['Ada Lovelace'] });
    expect(seen.at(-1)!.body).toEqual({ name: 'Ada Lovelace', email: [{ value: 'ada@example.com', primary: true, label: 'work' }] });
    const deal = await run('pipedrive.create_deal', { title: 'Engine', value: 1200, currency: 'EUR', person_id: 7 });
    expect(deal.outputs).toEqual({ id: [31], title: ['Engine'], status: ['open'] });
    expect(seen.at(-1)!.body).toEqual({ title: 'Engine', value: 1200, currency: 'EUR', person_id: 7 });
  });

  it('says what Pipedrive refused', async () => {
    expect((await run('pipedrive.create_deal', { title: 'x', stage_id: 999 })).error?.message).toBe('Pipedrive answered 400: Stage not found');
    expect((await run('pipedrive.create_person', { name: 'x' }, { apiToken: 'bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('unauthorized access'),
    });
  });
});
