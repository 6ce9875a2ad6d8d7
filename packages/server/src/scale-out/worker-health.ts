import { createServer, type Server } from 'node:http';

/** What a worker's readiness asks: each check resolves when its service answers. */
export type HealthChecks = Record<string, () => Promise<unknown>>;

/**
 * A worker's probes for an orchestrator (docs/deploy.md): `GET /healthz` while the process runs, `GET /readyz`
 * while the database and Redis answer — the same paths and answers as an API server's. Nothing else is served.
 */
export async function serveWorkerHealth(host: string, port: number, checks: HealthChecks): Promise<Server> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method !== 'GET') return send(405, { error: { code: 'method_not_allowed', message: 'Only GET /healthz and GET /readyz.' } });
    if (request.url === '/healthz') return send(200, { status: 'ok' });
    if (request.url !== '/readyz') return send(404, { error: { code: 'not_found', message: 'A worker answers GET /healthz and GET /readyz only.' } });
    void (async () => {
      for (const [name, check] of Object.entries(checks)) {
        try {
          await check();
        } catch (error) {
          return send(503, { status: 'unavailable', error: `${name} does not answer: ${(error as Error).message}` });
        }
      }
      send(200, { status: 'ready', ...Object.fromEntries(Object.keys(checks).map((name) => [name, 'ok'])) });
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
