import { startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp } from './browser.ts';

/** A GET that asks for an encoding and keeps the bytes as sent (fetch would decode them). */
function get(url: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the web app as the server sends it', () => {
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    buildWebApp();
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('sends scripts compressed as the browser accepts (built once, not per request), hashed assets cached for good, the page always revalidated', async () => {
    // As browsers ask for it: every encoding they know.
    const page = await get(`${server.url}/`, 'gzip, deflate, br, zstd');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const html = page.headers['content-encoding'] === 'br' ? brotliDecompressSync(page.body).toString() : page.body.toString();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const plain = await get(`${server.url}${script}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const br = await get(`${server.url}${script}`, 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get(`${server.url}${script}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    // The first page's script stays small: React's production build, and what only some views need
    // (the code highlighter, the code editor, the layout engine) loads when they are opened.
    expect(gz.body.byteLength).toBeLessThan(300 * 1024);
    expect(plain.body.toString()).not.toContain('Download the React DevTools');
    expect(plain.body.toString()).not.toContain('Falling back to no-highlight mode');
  });
});
