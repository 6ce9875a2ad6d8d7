import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hashToken } from '../auth/tokens.ts';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

const PUBLIC_URL = 'https://agents.example.test';

/** Opens the event socket with these headers; the code it closes with when the server refuses it, or "open". */
function socketOutcome(url: string, headers: Record<string, string>): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/ws`, { headers });
    socket.once('message', () => {
      socket.close();
      resolve('open');
    });
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'subscribe', reviews: true })));
  });
}

describe('sign-in and session security (real server process)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let owner: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_SIGNUP: 'open', BLOCKSMITH_PUBLIC_URL: PUBLIC_URL });
    owner = new ApiClient(server.url);
    expect((await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' })).status).toBe(201);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, and Secure behind an https public address', async () => {
    const login = await new ApiClient(server.url).post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Secure/i);
  });

  it('refuses state-changing requests and event sockets that another site makes with the session; its own pages and API keys pass', async () => {
    const own = { origin: server.url };
    const foreign = { origin: 'https://evil.example' };
    const graph = { name: 'Mine', nodes: [], links: [] };
    const before = (await owner.get('/api/graphs')).body.total;
    const refused = await owner.request('POST', '/api/graphs', graph, foreign);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'cross_origin', message: expect.stringContaining('https://evil.example') });
    expect((await owner.request('POST', '/api/graphs', graph, { origin: 'null' })).status).toBe(403);
    expect((await owner.get('/api/graphs')).body.total).toBe(before);
    // Sign-in from another site's form (login CSRF) is refused too.
    expect((await new ApiClient(server.url).request('POST', '/api/auth/login', { email: 'owner@x.test', password: 'password-a' }, foreign)).status).toBe(403);
    expect((await owner.request('POST', '/api/graphs', graph, own)).status).toBe(201);
    expect((await owner.request('POST', '/api/graphs', graph, { origin: PUBLIC_URL })).status).toBe(201);
    const key = (await owner.post('/api/keys', { name: 'program' })).body.secret;
    expect((await new ApiClient(server.url, key).request('POST', '/api/graphs', graph, foreign)).status).toBe(201);

    expect(await socketOutcome(server.url, { cookie: owner.cookieHeader!, ...foreign })).toBe(4403);
    expect(await socketOutcome(server.url, { cookie: owner.cookieHeader!, origin: PUBLIC_URL })).toBe('open');
    expect(await socketOutcome(server.url, { cookie: owner.cookieHeader!, ...own })).toBe('open');
  });

  it('ends a session on the server at logout: the old cookie no longer signs in', async () => {
    const client = new ApiClient(server.url);
    await client.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    const stolen = client.cookieHeader!;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replayed = await new ApiClient(server.url).request('GET', '/api/auth/me', undefined, { cookie: stolen });
    expect(replayed.status).toBe(401);
  });

  it('keeps API keys and session tokens only as hashes', async () => {
    const secret = (await owner.post('/api/keys', { name: 'hashed' })).body.secret as string;
    const token = owner.cookieHeader!.split('=')[1]!;
    const db = new Database(join(database.options.dataDir, 'blocksmith.sqlite'), { readonly: true });
    try {
      const dump = (table: string) => JSON.stringify(db.prepare(`select * from ${table}`).all());
      expect(dump('api_keys')).not.toContain(secret);
      expect(dump('api_keys')).toContain(hashToken(secret));
      expect(dump('sessions')).not.toContain(token);
      expect(dump('sessions')).toContain(hashToken(token));
    } finally {
      db.close();
    }
  });

  it('makes an account wait after five wrong passwords, whatever the address, while other accounts sign in', async () => {
    const guesser = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await guesser.post('/api/auth/login', { email: 'owner@x.test', password: `guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // Now even the right password waits: the guesses cannot go on from elsewhere.
    const locked = await new ApiClient(server.url).post('/api/auth/login', { email: 'OWNER@x.test', password: 'password-a' });
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('retry in 15 minutes') });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    const other = new ApiClient(server.url);
    expect((await other.post('/api/auth/signup', { email: 'b@x.test', password: 'password-b' })).status).toBe(201);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'b@x.test', password: 'password-b' })).status).toBe(200);
  });

  it('limits sign-in attempts per address, across accounts', async () => {
    const client = new ApiClient(server.url);
    let limited;
    for (let i = 0; i < 12 && !limited; i++) {
      const answer = await client.post('/api/auth/login', { email: `nobody-${i}@x.test`, password: 'wrong-password' });
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(401);
    }
    // The wait left depends on when this address's window opened (earlier tests signed in from it too).
    expect(limited?.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/retry in \d+ (second|minute)s?$/) });
  });
});
