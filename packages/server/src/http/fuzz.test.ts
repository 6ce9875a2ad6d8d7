import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { concretePath, createOneOfEach, specRoutes, type OwnedResources } from '../testing/one-of-each.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

type Route = Awaited<ReturnType<typeof specRoutes>>[number];
type JsonSchema = { type?: string; properties?: Record<string, JsonSchema> };

/** DELETE routes take no body, and would remove the resources the other calls are about. */
const bodyRoute = (r: Route) => ['POST', 'PUT', 'PATCH'].includes(r.method);
const bodySchema = (r: Route): JsonSchema | undefined => r.operation.requestBody?.content?.['application/json']?.schema;

/** A value of another JSON type than `type`. */
const WRONG: Record<string, unknown> = {
  string: 12345,
  number: 'not a number',
  integer: 'not a number',
  boolean: 'yes',
  array: { not: 'a list' },
  object: 'text',
};

const DEPTH = 100_000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);

function graphOf(count: number, cyclic: boolean) {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, block: 'text.template', inputs: { template: '{{value}}' } }));
  const links = nodes.slice(1).map((node, i) => ({ from: { node: nodes[i]!.id, output: 'text' }, to: { node: node.id, input: 'values' } }));
  if (cyclic) links.push({ from: { node: nodes.at(-1)!.id, output: 'text' }, to: { node: nodes[0]!.id, input: 'values' } });
  return { name: `${count} nodes`, nodes, links };
}

/**
 * Every route of the OpenAPI document, with random and malformed requests:
 * never a 5xx and never a hang (each call must answer within the test's time),
 * always the one error shape with a message, naming the field when one is wrong.
 */
describe('API fuzzing: every route, any request, an answer that says what is wrong', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;
  let owned: OwnedResources;
  let routes: Route[];

  beforeAll(async () => {
    // Graph files get their own, larger limit: here just under the 3 MB body sent to every route below.
    ({ owner, stop } = await startWithTwoAccounts({ BLOCKSMITH_MAX_GRAPH_BYTES: String(2.5 * 1024 * 1024) }));
    // This server keeps private addresses closed, so its knowledge base gets no document (no local model to embed it).
    owned = await createOneOfEach(owner, undefined, { reachesLocalModel: false });
    // Signing out would end the session the rest of the calls use.
    routes = (await specRoutes(owner)).filter((r) => !r.path.startsWith('/api/docs') && r.path !== '/api/auth/logout');
  });

  afterAll(async () => {
    await stop?.();
    await owned?.close();
  });

  /** Sends a request; fails on a 5xx or an error without a message, and answers the response. */
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await owner.request(method, path, body, headers);
    const preview = typeof body === 'string' ? body.slice(0, 120) : JSON.stringify(body)?.slice(0, 120);
    expect(response.status, `${method} ${path} with ${preview} answered ${response.status}: ${response.text.slice(0, 300)}`).toBeLessThan(500);
    if (response.status >= 400) expect(response.body?.error?.message, `${method} ${path}: ${response.text.slice(0, 300)}`).toEqual(expect.any(String));
    return response;
  };
  const bodyRoutes = () => routes.filter(bodyRoute);

  it('names the field whose type is wrong, on every route with a JSON body', async () => {
    let checked = 0;
    for (const route of bodyRoutes()) {
      for (const [field, schema] of Object.entries(bodySchema(route)?.properties ?? {})) {
        if (!schema.type || !(schema.type in WRONG)) continue;
        const response = await send(route.method, concretePath(route.path, owned), { [field]: WRONG[schema.type] });
        expect(response.status, `${route.method} ${route.path} took ${field}: ${JSON.stringify(WRONG[schema.type])}`).toBeGreaterThanOrEqual(400);
        if (response.body.error.code === 'invalid_request') expect(response.body.error.message).toContain(`body.${field}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('answers any JSON value sent to any route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodyRoutes()), fc.jsonValue({ maxDepth: 4 }), async (route, body) => {
        await send(route.method, concretePath(route.path, owned), JSON.stringify(body));
      }),
      { numRuns: 600 },
    );
  });

  it('answers objects with the right fields holding wrong values', async () => {
    const withFields = bodyRoutes().filter((r) => Object.keys(bodySchema(r)?.properties ?? {}).length > 0);
    // Names every object inherits, as keys of each object field (node inputs, run inputs, settings): each route
    // answers, every time, rather than only when the random values below happen to hold one.
    const inherited = [{ valueOf: 0, constructor: 1, toString: 'x', hasOwnProperty: null }, JSON.parse('{"__proto__":{"admin":true}}') as unknown];
    for (const route of withFields) {
      for (const [field, schema] of Object.entries(bodySchema(route)!.properties!)) {
        for (const value of inherited) if (schema.type === 'object') await send(route.method, concretePath(route.path, owned), { [field]: value });
      }
    }
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', ' ', '../../etc/passwd', '\u0000', '0', '-1', '1e308'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...withFields)
          .chain((route) => fc.tuple(fc.constant(route), fc.dictionary(fc.constantFrom(...Object.keys(bodySchema(route)!.properties!)), value))),
        async ([route, body]) => {
          await send(route.method, concretePath(route.path, owned), body);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('refuses 100k-deep JSON, huge strings, lone surrogates and bytes that are not JSON, on every route', async () => {
    for (const route of bodyRoutes()) {
      const path = concretePath(route.path, owned);
      await send(route.method, path, deepArray);
      await send(route.method, path, deepObject);
      await send(route.method, path, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('latin1'));
      // Past the body limit the client gets the answer, not a broken pipe; sign-in routes may limit the rate first,
      // and uploads take up to BLOCKSMITH_MAX_FILE_BYTES.
      const huge = await send(route.method, path, 'x'.repeat(3 * 1024 * 1024));
      // An upload route (a body of any type) takes up to BLOCKSMITH_MAX_FILE_BYTES.
      const upload = route.operation.requestBody?.content?.['*/*'] !== undefined;
      if (!upload) expect([413, 429], `${route.method} ${route.path} answered a 3 MB body with ${huge.status}`).toContain(huge.status);
      for (const [field, schema] of Object.entries(bodySchema(route)?.properties ?? {})) {
        const deep = await send(route.method, path, `{"${field}":${schema.type === 'array' ? deepArray : deepObject}}`);
        expect(deep.status, `${route.method} ${route.path} kept a 100k-deep ${field}`).toBeGreaterThanOrEqual(400);
        if (schema.type !== 'string') continue;
        await send(route.method, path, { [field]: 'y'.repeat(1_500_000) });
        const surrogate = await send(route.method, path, `{"${field}":"half a pair \\ud83d here"}`);
        expect(surrogate.status, `${route.method} ${route.path} kept a lone surrogate in ${field}`).toBeGreaterThanOrEqual(400);
        // Sign-in routes are rate limited per address before they read a body.
        if (surrogate.status === 400) expect(surrogate.body.error.message).toContain(`body.${field}`);
      }
    }
  });

  it('answers graphs of 10 000 nodes, and names a cycle (a graph that cannot run is kept as a draft with its issues)', async () => {
    const graphRoutes = bodyRoutes().filter((r) => bodySchema(r)?.properties?.nodes);
    expect(graphRoutes.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/graphs');
    for (const route of graphRoutes) {
      const path = concretePath(route.path, owned);
      await send(route.method, path, graphOf(10_000, false));
      const deep = JSON.stringify(graphOf(1, false)).replace('"inputs":{', `"inputs":{"values":{"x":${deepObject}},`);
      const refused = await send(route.method, path, deep);
      expect(refused.status, `${route.method} ${route.path} kept a node input 100k deep`).toBe(400);
      expect(refused.body.error.message).toContain('body.nodes.0.inputs.values');
      const cyclic = await send(route.method, path, graphOf(3, true));
      const said = cyclic.status < 300 ? cyclic.body.issues : [cyclic.body.error];
      expect(said, `${route.method} ${route.path}`).toContainEqual(
        expect.objectContaining({ message: expect.stringContaining('Links form a cycle (n0 → n1 → n2 → n0)') }),
      );
    }
  });

  it('refuses file names that leave their folder, however spelled', async () => {
    for (const name of ['../../etc/passwd', '..\\..\\boot.ini', '/etc/passwd', 'a/../../b', '%2e%2e%2fpasswd', '....//x', 'ok\u0000.txt']) {
      const response = await send('POST', `/api/files?name=${encodeURIComponent(name)}`, 'content', { 'content-type': 'text/plain' });
      if (response.status < 300) expect(response.body.file.name, `stored ${name} as`).not.toMatch(/[/\\\p{Cc}]/u);
      else expect(response.body.error.message).toContain('query.name');
    }
  });

  it('answers odd ids and query strings on every route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (route, id, query) => {
        const path = route.path.replace(/\{\w+\}/g, encodeURIComponent(id) || '-');
        await send(route.method, `${path}?${encodeURIComponent(query)}=${encodeURIComponent(query)}&limit=${encodeURIComponent(query)}`);
      }),
      { numRuns: 400 },
    );
  });
});
