import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** HubSpot's CRM API v3 as documented: Bearer token, objects with string properties, {status, message, category} errors. */
function fakeHubspot(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url: req.url!, body });
    if (req.headers.authorization !== 'Bearer hs-good')
      return json(401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' });
    if (req.url === '/crm/v3/objects/contacts' && req.method === 'POST') {
      if (body.properties.email === 'taken@example.com')
        return json(409, { status: 'error', message: 'Contact already exists. Existing ID: 51', category: 'CONFLICT' });
      return json(201, { id: '51', properties: body.properties, createdAt: '2026-12-07T00:00:00Z' });
    }
    if (req.url === '/crm/v3/objects/contacts/search')
      return json(200, { total: 1, results: [{ id: '51', properties: { email: 'ada@example.com', firstname: 'Ada', lastname: null } }] });
    if (req.url === '/crm/v3/objects/contacts/ada%40example.com?idProperty=email' && req.method === 'PATCH')
      return json(200, { id: '51', properties: { email: 'ada@example.com', ...body.properties } });
    if (req.url === '/crm/v3/objects/contacts/51' && req.method === 'PATCH') return json(200, { id: '51', properties: body.properties });
    if (req.url === '/crm/v3/objects/deals/77' && req.method === 'PATCH')
      return json(200, { id: '77', properties: { dealname: 'Renewal', pipeline: 'default', ...body.properties } });
    if (req.url === '/crm/v3/objects/deals/78' && req.method === 'PATCH')
      return json(400, {
        status: 'error',
        message: 'Property values were not valid: [{"isValid":false,"message":"foo was not one of the allowed options","name":"dealstage"}]',
        category: 'VALIDATION_ERROR',
      });
    if (req.url === '/crm/v3/objects/deals') return json(201, { id: '77', properties: body.properties });
    json(404, { status: 'error', message: 'Not found', category: 'OBJECT_NOT_FOUND' });
  });
}

describe('HubSpot blocks against a local server speaking its CRM API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeHubspot(seen), (baseUrl) => ({ id: 'hs', kind: 'hubspot_token', fields: { token: 'hs-good', baseUrl } }));

  it('creates a contact, finds contacts by words or by a property, and creates a deal linked to one', async () => {
    const contact = await run('hubspot.create_contact', { email: 'ada@example.com', first_name: 'Ada', properties: { lifecyclestage: 'lead' } });
    expect(contact.outputs.contact).toEqual([{ id: '51', properties: { lifecyclestage: 'lead', email: 'ada@example.com', firstname: 'Ada' } }]);
    const found = await run('hubspot.search_contacts', { property: 'email', value: 'ada@example.com' });
    expect(found.outputs).toEqual({ contacts: [[{ id: '51', properties: { email: 'ada@example.com', firstname: 'Ada', lastname: null } }]], total: [1] });
    expect(seen.at(-1)!.body).toMatchObject({ filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: 'ada@example.com' }] }], limit: 10 });
    const deal = await run('hubspot.create_deal', { name: 'Renewal', amount: 1200, close_date: '2027-01-31', contact_id: '51' });
    expect(deal.outputs.deal).toEqual([
      { id: '77', properties: { dealname: 'Renewal', dealstage: 'appointmentscheduled', pipeline: 'default', amount: '1200', closedate: '2027-01-31' } },
    ]);
    expect(seen.at(-1)!.body).toMatchObject({
      associations: [{ to: { id: '51' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }] }],
    });
  });

  it('updates a contact found by id or by email', async () => {
    const byEmail = await run('hubspot.update_contact', { contact: 'ada@example.com', properties: { lifecyclestage: 'customer', score: 7 } });
    expect(byEmail.outputs.contact).toEqual([{ id: '51', properties: { email: 'ada@example.com', lifecyclestage: 'customer', score: '7' } }]);
    expect(seen.at(-1)!.body).toEqual({ properties: { lifecyclestage: 'customer', score: '7' } });
    expect((await run('hubspot.update_contact', { contact: '51', properties: { phone: '+44 20 7946 0000' } })).outputs.contact).toEqual([
      { id: '51', properties: { phone: '+44 20 7946 0000' } },
    ]);
    expect((await run('hubspot.update_contact', { contact: '99', properties: { phone: 'x' } })).error?.message).toContain('HubSpot found nothing there');
  });

  it('moves a deal to another stage with its amount, and says which value HubSpot refused', async () => {
    const moved = await run('hubspot.update_deal', { deal_id: '77', stage: 'closedwon', amount: 1200, properties: { hs_priority: 'high' } });
    expect(moved.outputs.deal).toEqual([
      { id: '77', properties: { dealname: 'Renewal', pipeline: 'default', hs_priority: 'high', dealstage: 'closedwon', amount: '1200' } },
    ]);
    expect(seen.at(-1)!.body).toEqual({ properties: { hs_priority: 'high', dealstage: 'closedwon', amount: '1200' } });
    expect((await run('hubspot.update_deal', { deal_id: '78', stage: 'foo' })).error?.message).toContain('foo was not one of the allowed options');
    expect((await run('hubspot.update_deal', { deal_id: '77' })).error?.message).toBe(
      'Give something to change: a stage, amount, close date, name or properties.',
    );
  });

  it('says what HubSpot refused', async () => {
    expect((await run('hubspot.create_contact', { email: 'taken@example.com' })).error?.message).toBe(
      'HubSpot answered 409: Contact already exists. Existing ID: 51',
    );
    expect((await run('hubspot.search_contacts', { query: 'x' }, { token: 'hs-bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Authentication credentials not found.'),
    });
  });
});
