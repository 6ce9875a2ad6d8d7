import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';

/** The built web app (packages/web/dist), served same-origin with the API. */
export const WEB_DIST = new URL('../../../web/dist/', import.meta.url).pathname;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Blocksmith</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:4rem auto;padding:0 1rem}code{background:#8882;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><h1>Blocksmith is running</h1>
<p>The editor is not built yet: run <code>npm start</code> (it builds it), or <code>npm run build -w @blocksmith/web</code>.</p>
<p>API reference: <a href="/api/docs">/api/docs</a>. Health: <code>/healthz</code>.</p>
</body></html>`;

/**
 * The app's Content-Security-Policy: scripts only from this server (no inline
 * script, no eval), so markup that slipped into a page could not run. Styles
 * may be inline (React Flow and CodeMirror set them); images may also come
 * from https (HTML outputs, shown in script-less sandboxed frames, inherit it).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The editor at `/`, and app pages at `/apps/<slug>`, when it is built; otherwise a page that says how to build it. */
export async function homeRoutes(app: FastifyInstance): Promise<void> {
  if (existsSync(`${WEB_DIST}index.html`)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      // The page at / is sent by the route below: the plugin's directory index does not find its compressed copies.
      index: false,
      // The build writes .br and .gz copies (vite-precompress.ts): sent as the browser accepts them, never compressed per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        // Files under assets/ are named by their content's hash: a new build makes new names, so they never change.
        response.setHeader('cache-control', /\/assets\/[^/]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
        // `path` is the file sent: the page itself, or its .br or .gz copy.
        if (/\.html(\.br|\.gz)?$/.test(path)) response.setHeader('content-security-policy', APP_CSP);
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
    // An app page is the same web app, which shows only that app at this address (docs/publishing.md).
    app.get('/apps/:slug', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
}
