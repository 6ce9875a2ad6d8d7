import type { ApiClient } from './api-client.ts';
import { reviewGraph } from './review-graph.ts';

/**
 * One resource of every kind the API keeps for a user, made by `owner`: the
 * ids keyed by the path segment that names their collection (`graphs`,
 * `copilot/sessions`), so `/api/<kind>/{id}` routes can be filled in, and the
 * secret path of the graph's webhook.
 */
export interface OwnedResources {
  ids: Record<string, string>;
  hookPath: string;
  /** For the routes of a workspace's members and invitations: a member's user id, an open invitation's id and its token. */
  member?: string;
  invitation?: { id: string; token: string };
}

/** The node of the owner's graph that has pinned outputs; routes on a node of a graph name it. */
export const PINNED_NODE = 'in';

/** `workspace`: the one `owner` acts in (it sends it as a header), when not their personal one. */
export async function createOneOfEach(owner: ApiClient, workspace?: string): Promise<OwnedResources> {
  const ids: Record<string, string> = {};
  const graph = await owner.post('/api/graphs', {
    name: 'Private',
    nodes: [
      { id: 'in', block: 'input', inputs: { name: 'x', value: 'v' } },
      { id: 'out', block: 'output', inputs: { name: 'y' } },
    ],
    links: [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
  });
  ids.graphs = graph.body.id;
  const runId: string = (await owner.post(`/api/graphs/${ids.graphs}/runs`, {})).body.runId;
  ids.runs = runId;
  await owner.waitForRun(runId);
  ids.files = (await owner.request('POST', '/api/files?name=secret.txt', 'secret', { 'content-type': 'text/plain' })).body.file.fileId;
  ids.credentials = (await owner.post('/api/credentials', { name: 'c', kind: 'http_bearer', fields: { token: 'owner-token' } })).body.credential.id;
  const webhook = (await owner.post(`/api/graphs/${ids.graphs}/webhooks`, {})).body;
  ids.webhooks = webhook.webhook.id;
  ids.schedules = (await owner.post(`/api/graphs/${ids.graphs}/schedules`, { cron: '0 9 * * *', timezone: 'UTC' })).body.schedule.id;
  ids.presets = (await owner.post(`/api/graphs/${ids.graphs}/presets`, { name: 'p', inputs: { x: 'owner' } })).body.preset.id;
  ids.keys = (await owner.post('/api/keys', { name: 'owner key' })).body.key.id;
  await owner.put(`/api/graphs/${ids.graphs}/pins/${PINNED_NODE}`, { outputs: { result: ['pinned by the owner'] } });
  const reviewed = (await owner.post('/api/graphs', reviewGraph)).body.id;
  const waiting: string = (await owner.post(`/api/graphs/${reviewed}/runs`, {})).body.runId;
  await owner.waitForStatus(waiting, 'REVIEW');
  ids.reviews = (await owner.get('/api/reviews')).body.reviews[0].id;
  ids['copilot/sessions'] = (await owner.post('/api/copilot/sessions', {})).body.session.id;
  // The workspace the client acts in: its personal one, unless it names another.
  const { workspaces } = (await owner.get('/api/workspaces')).body as { workspaces: { id: string; personal: boolean }[] };
  ids.workspaces = workspace ?? workspaces.find((w) => w.personal)!.id;
  return { ids, hookPath: webhook.path };
}

/** `path` from the OpenAPI document with `{id}` replaced by the resource of the kind it names. */
export function concretePath(path: string, { ids, hookPath, member, invitation }: OwnedResources): string {
  return path
    .replace(/\/api\/([\w/]+?)\/\{id\}/, (_, kind: string) => `/api/${kind}/${ids[kind] ?? 'unknown'}`)
    .replace('/api/hooks/{token}', hookPath)
    .replace('{nodeId}', PINNED_NODE)
    .replace('{userId}', member ?? 'unknown')
    .replace('{invitationId}', invitation?.id ?? 'unknown')
    .replace('/api/invitations/{token}', `/api/invitations/${invitation?.token ?? 'unknown'}`);
}

/** Every route of the OpenAPI document the server serves. */
export async function specRoutes(client: ApiClient): Promise<{ method: string; path: string; operation: Record<string, any> }[]> {
  const spec = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, Record<string, any>>> };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** A body each route accepts, so an answer is about who asks, not about the body. */
const BODIES: Record<string, unknown> = {
  'PUT /api/graphs/{id}': { name: 'taken over', nodes: [], links: [] },
  'PATCH /api/graphs/{id}': { mcp: true },
  'POST /api/graphs/{id}/schedules': { cron: '0 9 * * *', timezone: 'UTC' },
  'POST /api/graphs/{id}/presets': { name: 'p', inputs: {} },
  'PATCH /api/credentials/{id}': { name: 'renamed' },
  'PATCH /api/presets/{id}': { name: 'renamed' },
  'PATCH /api/schedules/{id}': { enabled: false },
  'POST /api/reviews/{id}': { decision: 'approve' },
  'PATCH /api/copilot/sessions/{id}': { title: 'taken over' },
  'POST /api/copilot/sessions/{id}/messages': { text: 'hello' },
  'PUT /api/graphs/{id}/pins/{nodeId}': { outputs: { result: ['taken over'] } },
  'PATCH /api/workspaces/{id}': { name: 'taken over' },
  'PATCH /api/workspaces/{id}/members/{userId}': { role: 'admin' },
  'POST /api/workspaces/{id}/invitations': { role: 'admin' },
};

/** Calls a route of the OpenAPI document on `owned`'s things, with a body it accepts. */
export function callRoute(client: ApiClient, method: string, path: string, owned: OwnedResources) {
  return client.request(method, concretePath(path, owned), BODIES[`${method} ${path}`] ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
}
