import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { loadConfig } from '../platform/config.ts';
import { createPlatform, type Platform } from '../platform/platform.ts';

describe('API fuzzing: any body gets a 4xx with a message, never a 5xx', () => {
  let database: TestDatabase;
  let platform: Platform;
  let app: FastifyInstance;
  let cookie: string;
  let graphId: string;
  let runId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    platform = await createPlatform(loadConfig({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_LOG_LEVEL: 'silent', BLOCKSMITH_SIGNUP: 'open' }));
    app = await buildApp(platform);
    const setup = await app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: 'fuzz@x.test', password: 'password-a' } });
    cookie = String(setup.headers['set-cookie']).split(';')[0]!;
    const graphs = await app.inject({ method: 'GET', url: '/api/graphs', headers: { cookie } });
    graphId = graphs.json().graphs.find((g: { name: string }) => g.name === 'Word stats').id;
    runId = (await app.inject({ method: 'POST', url: `/api/graphs/${graphId}/runs`, headers: { cookie }, payload: {} })).json().runId;
  });

  afterAll(async () => {
    await app?.close();
    await platform?.close();
    await database?.drop();
  });

  const routes = () =>
    [
      ['POST', '/api/graphs'],
      ['POST', '/api/graphs/import'],
      ['PUT', `/api/graphs/${graphId}`],
      ['POST', `/api/graphs/${graphId}/runs`],
      ['POST', `/api/runs/${runId}/rerun`],
      ['POST', '/api/keys'],
      ['POST', '/api/auth/login'],
      ['POST', '/api/auth/signup'],
    ] as const;

  const send = async (method: string, url: string, payload: string, contentType = 'application/json') => {
    const response = await app.inject({ method: method as 'POST', url, headers: { cookie, 'content-type': contentType }, payload });
    if (response.statusCode >= 500) throw new Error(`${method} ${url} answered ${response.statusCode} for ${payload.slice(0, 200)}: ${response.body}`);
    expect(response.json().error?.message ?? 'ok').toEqual(expect.any(String));
    return response;
  };

  it('JSON values of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), fc.jsonValue({ maxDepth: 4 }), async ([method, url], body) => {
        await send(method, url, JSON.stringify(body));
      }),
      { numRuns: 400 },
    );
  });

  it('graph-like objects with wrong pieces', async () => {
    const node = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        block: fc.oneof(fc.constantFrom('math.arithmetic', 'input', 'list.for_each', 'nope'), fc.string()),
        inputs: fc.option(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
      },
      { requiredKeys: [] },
    );
    const pin = fc.record({ node: fc.string(), output: fc.string(), input: fc.string() }, { requiredKeys: [] });
    const graph = fc.record(
      {
        name: fc.oneof(fc.string(), fc.integer()),
        nodes: fc.array(node, { maxLength: 5 }),
        links: fc.array(fc.record({ from: pin, to: pin, static: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), { maxLength: 5 }),
        schemaVersion: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(['POST', '/api/graphs'] as const, ['PUT', `/api/graphs/${graphId}`] as const), graph, async ([method, url], body) => {
        await send(method, url, JSON.stringify(body));
      }),
      { numRuns: 300 },
    );
  });

  it('raw bytes that are not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), fc.string({ maxLength: 200 }), async ([method, url], raw) => {
        await send(method, url, raw);
      }),
      { numRuns: 200 },
    );
  });

  it('odd paths and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/graphs', '/api/runs', `/api/graphs/${graphId}`, '/api/graphs/'),
        fc.string({ maxLength: 40 }),
        async (path, query) => {
          const response = await app.inject({
            method: 'GET',
            url: `${path}?${encodeURIComponent(query)}=${encodeURIComponent(query)}&limit=${encodeURIComponent(query)}`,
            headers: { cookie },
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
