import { createServer, type Server } from 'node:http';
import { firstUnready } from '../platform/readiness.ts';

/**
 * A worker's probes for an orchestrator (docs/deploy.md): `GET /healthz` while the process runs, `GET /readyz`
 * while the database and Redis answer — the same paths and answers as an API server's. Nothing else is served.
 */
export async function serveWorkerHealth(host: string, port: number, checks: Record<string, () => Promise<unknown>>): Promise<Server> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method !== 'GET') return send(405, { error: { code: 'method_not_allowed', message: 'Only GET /healthz and GET /readyz.' } });
    if (request.url === '/healthz') return send(200, { status: 'ok' });
    if (request.url !== '/readyz') return send(404, { error: { code: 'not_found', message: 'A worker answers GET /healthz and GET /readyz only.' } });
    void firstUnready(checks).then((problem) =>
      problem
        ? send(503, { status: 'unavailable', error: problem })
        : send(200, { status: 'ready', ...Object.fromEntries(Object.keys(checks).map((name) => [name, 'ok'])) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
