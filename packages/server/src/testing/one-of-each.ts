import { startFakeOpenAiServer } from '@blocksmith/blocks/testing';
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
  /** A case of the dataset in `ids.datasets`. */
  caseId?: string;
  /** A row of the data table in `ids.tables`. */
  rowId?: string;
  /** A document of the knowledge base in `ids.knowledge`, when the server may reach the test's embedding model (a private address). */
  documentId?: string;
  /** Stops what the resources needed beside the server (the embedding model). */
  close(): Promise<void>;
  /** A link that shares the run in `ids.runs`, and its secret. */
  shareId?: string;
  shareToken?: string;
  /** The graph's app page (public), and a visitor of it with the run they started there. */
  app?: { slug: string; visitor: ApiClient; runId: string; conversationId: string };
}

/** The node of the owner's graph that has pinned outputs; routes on a node of a graph name it. */
export const PINNED_NODE = 'in';

/**
 * `workspace`: the one `owner` acts in (it sends it as a header), when not their personal one. `reachesLocalModel`:
 * the server allows private addresses, so a document can be embedded by a model on this machine.
 */
export async function createOneOfEach(owner: ApiClient, workspace?: string, { reachesLocalModel = true } = {}): Promise<OwnedResources> {
  const ids: Record<string, string> = {};
  const graph = await owner.post('/api/graphs', {
    name: 'Private',
    nodes: [
      { id: 'in', block: 'input', inputs: { name: 'x', value: 'v' } },
      { id: 'out', block: 'output', inputs: { name: 'y' } },
      // What a chat app needs, so the graph's app page is a chat with a conversation.
      { id: 'message', block: 'input', inputs: { name: 'message', value: 'hi' } },
      { id: 'reply', block: 'output', inputs: { name: 'reply' } },
    ],
    links: [
      { from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } },
      { from: { node: 'message', output: 'result' }, to: { node: 'reply', input: 'value' } },
    ],
  });
  ids.graphs = graph.body.id;
  const runId: string = (await owner.post(`/api/graphs/${ids.graphs}/runs`, {})).body.runId;
  ids.runs = runId;
  await owner.waitForRun(runId);
  const share = (await owner.post(`/api/runs/${runId}/shares`)).body;
  const slug = `private-${(graph.body.id as string).slice(0, 8)}`;
  await owner.put(`/api/graphs/${ids.graphs}/app`, { slug, kind: 'chat', title: 'Private app', access: 'public' });
  const visitor = owner.stranger();
  const appRunId: string = (await visitor.post(`/api/apps/${slug}/runs`, { inputs: { x: 'visitor' } })).body.run.id;
  const conversationId: string = (await visitor.post(`/api/apps/${slug}/conversations`, { text: 'hello' })).body.conversation.id;
  await visitor.post(`/api/apps/${slug}/conversations/${conversationId}/messages`, { text: 'hello' });
  ids.files = (await owner.request('POST', '/api/files?name=secret.txt', 'secret', { 'content-type': 'text/plain' })).body.file.fileId;
  ids.credentials = (await owner.post('/api/credentials', { name: 'c', kind: 'http_bearer', fields: { token: 'owner-token' } })).body.credential.id;
  const webhook = (await owner.post(`/api/graphs/${ids.graphs}/webhooks`, {})).body;
  ids.webhooks = webhook.webhook.id;
  ids.schedules = (await owner.post(`/api/graphs/${ids.graphs}/schedules`, { cron: '0 9 * * *', timezone: 'UTC' })).body.schedule.id;
  // A broker on an address no test opens: the trigger exists, and its consumer is refused before any packet leaves.
  ids.brokerCredential = (
    await owner.post('/api/credentials', { name: 'broker', kind: 'amqp', fields: { url: 'amqp://10.255.255.1:5672' } })
  ).body.credential.id;
  ids['message-triggers'] = (
    await owner.post(`/api/graphs/${ids.graphs}/message-triggers`, { broker: 'amqp', credentialId: ids.brokerCredential, source: 'jobs', input: 'x' })
  ).body.trigger.id;
  ids.presets = (await owner.post(`/api/graphs/${ids.graphs}/presets`, { name: 'p', inputs: { x: 'owner' } })).body.preset.id;
  ids.keys = (await owner.post('/api/keys', { name: 'owner key' })).body.key.id;
  await owner.put(`/api/graphs/${ids.graphs}/pins/${PINNED_NODE}`, { outputs: { result: ['pinned by the owner'] } });
  const reviewed = (await owner.post('/api/graphs', reviewGraph)).body.id;
  const waiting: string = (await owner.post(`/api/graphs/${reviewed}/runs`, {})).body.runId;
  await owner.waitForStatus(waiting, 'REVIEW');
  ids.reviews = (await owner.get('/api/reviews')).body.reviews[0].id;
  ids['copilot/sessions'] = (await owner.post('/api/copilot/sessions', {})).body.session.id;
  ids['copilot/memories'] = (await owner.post('/api/copilot/memories', { text: 'The owner keeps a private plan.' })).body.memory.id;
  const dataset = (await owner.post('/api/datasets', { name: 'Private cases', graphId: ids.graphs, cases: [{ inputs: { x: 'a' }, expected: { y: 'a' } }] }))
    .body;
  const datasetId: string = dataset.dataset.id;
  ids.datasets = datasetId;
  const caseId: string = (await owner.get(`/api/datasets/${datasetId}`)).body.cases[0].id;
  const evaluationId: string = (await owner.post(`/api/graphs/${ids.graphs}/evaluations`, { dataset: datasetId })).body.evaluation.id;
  ids.evaluations = evaluationId;
  await owner.waitForEvaluation(evaluationId);
  const table = (await owner.post('/api/tables', { name: 'Private table', columns: [{ name: 'name', type: 'text' }] })).body.table;
  ids.tables = table.id;
  const rowId: string = (await owner.post(`/api/tables/${table.id}/rows`, { rows: [{ name: 'private row' }] })).body.rows[0].id;
  const model = await startFakeOpenAiServer([]);
  ids.modelCredential = (
    await owner.post('/api/credentials', { name: 'embedder', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } })
  ).body.credential.id;
  ids.knowledge = (await owner.post('/api/knowledge', { name: 'Private knowledge', credentialId: ids.modelCredential })).body.base.id;
  const documentId: string | undefined = reachesLocalModel
    ? (await owner.post(`/api/knowledge/${ids.knowledge}/documents`, { name: 'private.md', text: 'The private plan.' })).body.document.id
    : undefined;
  // The workspace the client acts in: its personal one, unless it names another.
  const { workspaces } = (await owner.get('/api/workspaces')).body as { workspaces: { id: string; personal: boolean }[] };
  ids.workspaces = workspace ?? workspaces.find((w) => w.personal)!.id;
  return {
    ids,
    hookPath: webhook.path,
    caseId,
    rowId,
    documentId,
    close: () => model.close(),
    shareId: share.share.id,
    shareToken: share.token,
    app: { slug, visitor, runId: appRunId, conversationId },
  };
}

/** `path` from the OpenAPI document with `{id}` replaced by the resource of the kind it names. */
export function concretePath(path: string, { ids, hookPath, member, invitation, caseId, rowId, documentId, shareId, shareToken, app }: OwnedResources): string {
  return path
    .replace('{slug}', app?.slug ?? 'unknown-app')
    .replace('{runId}', app?.runId ?? 'unknown')
    .replace('{conversationId}', app?.conversationId ?? 'unknown')
    .replace(/\/api\/([\w/-]+?)\/\{id\}/, (_, kind: string) => `/api/${kind}/${ids[kind] ?? 'unknown'}`)
    .replace('/api/hooks/{token}', hookPath)
    .replace('{nodeId}', PINNED_NODE)
    .replace('{userId}', member ?? 'unknown')
    .replace('{invitationId}', invitation?.id ?? 'unknown')
    .replace('{caseId}', caseId ?? 'unknown')
    .replace('{rowId}', rowId ?? 'unknown')
    .replace('{documentId}', documentId ?? 'unknown')
    .replace('{shareId}', shareId ?? 'unknown')
    .replace('/api/shared/runs/{token}', `/api/shared/runs/${shareToken ?? 'unknown-token'}`)
    .replace('{fileId}', ids.files ?? 'unknown')
    .replace('/aliases/{name}', '/aliases/production')
    .replace('/api/invitations/{token}', `/api/invitations/${invitation?.token ?? 'unknown'}`);
}

/** Every route of the OpenAPI document the server serves. */
export async function specRoutes(client: ApiClient): Promise<{ method: string; path: string; operation: Record<string, any> }[]> {
  const spec = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, Record<string, any>>> };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** A body (or query) each route accepts, so an answer is about who asks, not about the body. */
const BODIES: Record<string, unknown | ((owned: OwnedResources) => unknown)> = {
  'PUT /api/graphs/{id}': { name: 'taken over', nodes: [], links: [] },
  'PATCH /api/graphs/{id}': { mcp: true },
  'POST /api/graphs/{id}/schedules': { cron: '0 9 * * *', timezone: 'UTC' },
  'POST /api/graphs/{id}/presets': { name: 'p', inputs: {} },
  'PATCH /api/credentials/{id}': { name: 'renamed' },
  'PATCH /api/presets/{id}': { name: 'renamed' },
  'PATCH /api/schedules/{id}': { enabled: false },
  'POST /api/graphs/{id}/message-triggers': ({ ids }: OwnedResources) => ({ broker: 'amqp', credentialId: ids.brokerCredential, source: 'other', input: 'x' }),
  'PATCH /api/message-triggers/{id}': { enabled: false },
  'POST /api/reviews/{id}': { decision: 'approve' },
  'PATCH /api/copilot/sessions/{id}': { title: 'taken over' },
  'POST /api/copilot/sessions/{id}/messages': { text: 'hello' },
  'PUT /api/graphs/{id}/pins/{nodeId}': { outputs: { result: ['taken over'] } },
  'PATCH /api/workspaces/{id}': { name: 'taken over' },
  'PATCH /api/workspaces/{id}/members/{userId}': { role: 'admin' },
  'POST /api/workspaces/{id}/invitations': { role: 'admin' },
  'POST /api/datasets': { name: 'another' },
  'PATCH /api/datasets/{id}': { description: 'taken over' },
  'POST /api/datasets/{id}/cases': { cases: [{ inputs: { x: 'b' } }] },
  'POST /api/datasets/{id}/import': { format: 'jsonl', text: '{"inputs": {"x": "c"}}' },
  'POST /api/datasets/{id}/from-table': ({ ids }: OwnedResources) => ({ table: ids.tables }),
  'POST /api/datasets/{id}/from-runs': ({ ids }: OwnedResources) => ({ runIds: [ids.runs] }),
  'PATCH /api/datasets/{id}/cases/{caseId}': { expected: { y: 'taken over' } },
  'POST /api/tables': { name: 'another' },
  'PATCH /api/tables/{id}': { description: 'taken over' },
  'POST /api/tables/{id}/query': {},
  'POST /api/tables/{id}/rows': { rows: [{ name: 'taken over' }] },
  'POST /api/tables/{id}/import': { csv: 'name\ntaken over' },
  'PATCH /api/tables/{id}/rows/{rowId}': { values: { name: 'taken over' } },
  'POST /api/knowledge': ({ ids }: OwnedResources) => ({ name: 'another', credentialId: ids.modelCredential }),
  'POST /api/knowledge/{id}/documents': { name: 'taken over', text: 'taken over' },
  'POST /api/knowledge/{id}/search': { query: 'taken over' },
  'POST /api/graphs/{id}/evaluations': ({ ids }: OwnedResources) => ({ dataset: ids.datasets }),
  'PUT /api/graphs/{id}/aliases/{name}': { version: 1 },
  'PUT /api/graphs/{id}/app': { slug: 'taken-over', title: 'Taken over', access: 'public' },
  'POST /api/apps/{slug}/runs': { inputs: { x: 'someone' } },
  'POST /api/apps/{slug}/conversations': { text: 'hello' },
  'POST /api/apps/{slug}/conversations/{conversationId}/messages': { text: 'hello' },
};

/** Query strings a route needs to be answered (beyond who asks). */
const QUERIES: Record<string, (owned: OwnedResources) => string> = {
  'GET /api/evaluations/{id}/compare': ({ ids }) => `?with=${ids.evaluations}`,
};

/** Calls a route of the OpenAPI document on `owned`'s things, with a body it accepts. */
export function callRoute(client: ApiClient, method: string, path: string, owned: OwnedResources) {
  const route = `${method} ${path}`;
  const body = BODIES[route];
  return client.request(
    method,
    concretePath(path, owned) + (QUERIES[route]?.(owned) ?? ''),
    typeof body === 'function' ? body(owned) : (body ?? (method === 'GET' || method === 'DELETE' ? undefined : {})),
  );
}
