import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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
 * No other site may frame it — except an app page, framed by the sites its
 * publisher allowed (appPageCsp).
 */
const CSP_WITHOUT_FRAMING = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];
export const APP_CSP = [...CSP_WITHOUT_FRAMING, "frame-ancestors 'none'"].join('; ');

/** An app page's policy: framed by the origins its publisher allowed (its widget on their sites), or by none. */
export const appPageCsp = (origins: readonly string[]): string =>
  origins.length === 0 ? APP_CSP : [...CSP_WITHOUT_FRAMING, `frame-ancestors 'self' ${origins.join(' ')}`].join('; ');

/** The web app's page, framed only by `origins` (an app page's allowed sites); a page that says how to build it when it is not built. */
export async function sendWebPage(reply: FastifyReply, origins: readonly string[]): Promise<FastifyReply> {
  const page = await readFile(`${WEB_DIST}index.html`, 'utf8').catch(() => NOT_BUILT);
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', appPageCsp(origins)).send(page);
}

/** The editor at `/` when it is built; otherwise a page that says how to build it. (App pages: routes/apps.ts.) */
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
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
}
