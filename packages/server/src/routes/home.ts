import type { FastifyInstance } from 'fastify';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Blocksmith</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><h1>Blocksmith is running</h1>
<p>The API is served under <code>/api</code>; the visual editor will be served here once the web app is built.</p>
<ul><li>First start: create the owner account with <code>POST /api/auth/setup</code> <code>{"email","password"}</code>.</li>
<li>API reference: <a href="/api/docs">/api/docs</a> (OpenAPI: <code>/api/openapi.json</code>). Live events: <code>/api/ws</code>. Health: <code>/healthz</code>, <code>/readyz</code>, metrics: <code>/metrics</code>.</li></ul>
</body></html>`;

/** The landing page until the web app is built. */
export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
}
