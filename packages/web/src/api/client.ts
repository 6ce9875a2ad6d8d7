import createClient from 'openapi-fetch';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { ApiError } from '@blocksmith/server/error-wire';
import { currentWorkspace, WORKSPACE_HEADER } from './current-workspace.ts';
import type { paths } from './schema.gen.ts';
import type {
  ApiErrorBody,
  FileRef,
  GraphFile,
  AgentBudget,
  AgentRetention,
  AliasMove,
  AppMessage,
  AppSettings,
  DatasetChange,
  DataTableChange,
  NewDataTable,
  TableQuery,
  NewKnowledgeBase,
  KnowledgeDocumentSource,
  NewCase,
  NewDataset,
  NewEvaluation,
  NewSchedule,
  NewWebhook,
  NewMessageTrigger,
  MessageTriggerChange,
  NotificationSettings,
  SpendLimit,
  RequestBody,
  ReviewDecisionRequest,
  RunQuery,
  ScheduleChange,
  TurnMessage,
  WorkspaceRole,
} from './types.ts';

export { ApiError };

/** The one client of the server's API, typed by the generated contract: paths, parameters, bodies and answers. */
const client = createClient<paths>({ credentials: 'same-origin' });
/** An app page framed by another site names its visitor itself (apps/embedded-visitor.ts). */
let appVisitor: string | undefined;
export const sendAppVisitor = (secret: string): void => void (appVisitor = secret);

// Every call acts in the workspace chosen in the shell (none: the personal one).
client.use({
  onRequest({ request }) {
    const workspace = currentWorkspace();
    if (workspace) request.headers.set(WORKSPACE_HEADER, workspace);
    if (appVisitor) request.headers.set('blocksmith-app-visitor', appVisitor);
    return request;
  },
});

/** The body of an answer, or the API's error as an ApiError. */
async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error as Partial<ApiErrorBody> | undefined)?.error;
    throw new ApiError(response.status, body?.code ?? 'http_error', body?.message ?? `The server answered ${response.status}.`, body?.details);
  }
  return data as T;
}

/** An upload's body: the file as it is (not as JSON), with its own type. */
const fileBody = (file: File) => ({
  body: file as unknown as string,
  bodySerializer: (body: string) => body,
  headers: { 'content-type': file.type || 'application/octet-stream' },
});

/** Uploads a file as its raw bytes, with its own type. */
const uploadFile = (file: File): Promise<{ file: FileRef }> => answer(client.POST('/api/files', { params: { query: { name: file.name } }, ...fileBody(file) }));

/**
 * Says something in a copilot session and hands each server-sent event of
 * the turn to `onMessage` as it comes; resolves when the stream ends.
 */
async function sayToCopilot(sessionId: string, message: { text: string; fileIds?: string[] }, onMessage: (message: TurnMessage) => void): Promise<void> {
  const sent = await client.POST('/api/copilot/sessions/{id}/messages', {
    params: { path: { id: sessionId } },
    body: message,
    parseAs: 'stream',
  });
  return readEvents(sent, onMessage);
}

/** Hands each server-sent event of an answer (its data, JSON) to `onMessage`; resolves when the stream ends. An error answer throws as ApiError. */
async function readEvents<T>({ response, error }: { response: Response; error?: unknown }, onMessage: (message: T) => void): Promise<void> {
  if (!response.ok || !response.body) return void (await answer(Promise.resolve({ error, response })));
  // The SSE wire format in full (CRLF line ends, data over several lines, comments): a maintained parser.
  const reader = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (value.data) onMessage(JSON.parse(value.data) as T);
  }
}

/** A chat app's turn: the reply's text as it streams, then the reply kept (docs/publishing.md). */
export type AppTurnEvent = { type: 'delta'; text: string } | { type: 'reply'; message: AppMessage };

/** Says something in a chat app's conversation; each event of the turn goes to `onEvent` as it comes. */
async function sayToApp(slug: string, conversationId: string, text: string, key: string | undefined, onEvent: (event: AppTurnEvent) => void): Promise<void> {
  const sent = await client.POST('/api/apps/{slug}/conversations/{conversationId}/messages', {
    params: { path: { slug, conversationId }, query: { key } },
    body: { text },
    parseAs: 'stream',
  });
  return readEvents(sent, onEvent);
}

/** What to show a person for a failed call: the server's message, which says how to fix it. */
export const errorMessage = (error: unknown): string => (error instanceof ApiError ? error.message : String(error));

const id = (value: string) => ({ params: { path: { id: value } } });

/** Every server call the web app makes; nothing else talks to the server. */
export const api = {
  authState: () => answer(client.GET('/api/auth/state')),
  setup: (email: string, password: string) => answer(client.POST('/api/auth/setup', { body: { email, password } })),
  login: (email: string, password: string) => answer(client.POST('/api/auth/login', { body: { email, password } })),
  /** A new account; with an invitation link's token it joins that workspace. */
  signup: (email: string, password: string, invitation?: string) =>
    answer(client.POST('/api/auth/signup', { body: { email, password, ...(invitation ? { invitation } : {}) } })),
  logout: () => answer(client.POST('/api/auth/logout')),
  changeEmail: (email: string) => answer(client.PATCH('/api/account', { body: { email } })),
  changePassword: (currentPassword: string, newPassword: string) => answer(client.POST('/api/account/password', { body: { currentPassword, newPassword } })),
  blocks: () => answer(client.GET('/api/blocks')),
  listGraphs: (search = '') => answer(client.GET('/api/graphs', { params: { query: { limit: 200, ...(search ? { search } : {}) } } })),
  getGraph: (graphId: string, version?: number) =>
    answer(client.GET('/api/graphs/{id}', { params: { path: { id: graphId }, query: version ? { version } : {} } })),
  createGraph: (graph: GraphFile) => answer(client.POST('/api/graphs', { body: graph })),
  /** A graph file, or another platform's agent file the server maps to our blocks. */
  importGraph: (file: unknown) => answer(client.POST('/api/graphs/import', { body: file as GraphFile })),
  /** Saves over `baseVersion`, the version the changes started from: a newer one saved since is a 409 `version_conflict` with both. */
  saveGraph: (graphId: string, graph: GraphFile, baseVersion: number) =>
    answer(client.PUT('/api/graphs/{id}', { params: { path: { id: graphId }, query: { baseVersion } }, body: graph })),
  deleteGraph: (graphId: string) => answer(client.DELETE('/api/graphs/{id}', id(graphId))),
  setAgentMcp: (graphId: string, mcp: boolean) => answer(client.PATCH('/api/graphs/{id}', { ...id(graphId), body: { mcp } })),
  /** How long, and how many of, the agent's ended runs are kept; null: the server's settings. */
  setRetention: (graphId: string, retention: AgentRetention | null) => answer(client.PATCH('/api/graphs/{id}', { ...id(graphId), body: { retention } })),
  /** The agent to run when one of this agent's runs fails; null: none. */
  setErrorAgent: (graphId: string, errorAgentId: string | null) => answer(client.PATCH('/api/graphs/{id}', { ...id(graphId), body: { errorAgentId } })),
  exportUrl: (graphId: string) => `/api/graphs/${graphId}/export`,
  /** `usePins`: the editor's run, with the agent's pinned outputs put out instead of running those nodes. */
  startRun: (graphId: string, inputs: Record<string, unknown>, usePins = false) =>
    answer(client.POST('/api/graphs/{id}/runs', { ...id(graphId), body: { inputs, ...(usePins ? { usePins } : {}) } })),
  /** Runs one node of the latest version alone with values for its pins. */
  runNode: (graphId: string, nodeId: string, inputs: Record<string, unknown>) =>
    answer(client.POST('/api/graphs/{id}/nodes/{nodeId}/run', { params: { path: { id: graphId, nodeId } }, body: { inputs } })),
  listPins: (graphId: string) => answer(client.GET('/api/graphs/{id}/pins', id(graphId))),
  pinOutputs: (graphId: string, nodeId: string, outputs: Record<string, unknown[]>, fromRunId?: string) =>
    answer(client.PUT('/api/graphs/{id}/pins/{nodeId}', { params: { path: { id: graphId, nodeId } }, body: { outputs, ...(fromRunId ? { fromRunId } : {}) } })),
  unpinOutputs: (graphId: string, nodeId: string) => answer(client.DELETE('/api/graphs/{id}/pins/{nodeId}', { params: { path: { id: graphId, nodeId } } })),
  getRun: (runId: string) => answer(client.GET('/api/runs/{id}', id(runId))),
  /** One page of one node's runs in a run (`after`: the seq the page before ended at). */
  getNodeRuns: (runId: string, nodeId: string, after: number, limit: number) =>
    answer(client.GET('/api/runs/{id}', { params: { path: { id: runId }, query: { nodeId, after, limit } } })),
  stopRun: (runId: string) => answer(client.POST('/api/runs/{id}/stop', id(runId))),
  /** A link that shows the run's inputs and outputs to anyone who has it: its secret comes in this answer only. */
  shareRun: (runId: string) => answer(client.POST('/api/runs/{id}/shares', id(runId))),
  runShares: (runId: string) => answer(client.GET('/api/runs/{id}/shares', id(runId))),
  revokeRunShare: (runId: string, shareId: string) => answer(client.DELETE('/api/runs/{id}/shares/{shareId}', { params: { path: { id: runId, shareId } } })),
  /** Your notifications (the latest first) and how many are unread; mark some or all read; how you are told. */
  notifications: () => answer(client.GET('/api/notifications', { params: { query: { limit: 30 } } })),
  markNotificationsRead: (ids?: string[]) => answer(client.POST('/api/notifications/read', { body: ids ? { ids } : {} })),
  notificationSettings: () => answer(client.GET('/api/notifications/settings')),
  saveNotificationSettings: (settings: NotificationSettings) => answer(client.PUT('/api/notifications/settings', { body: settings })),
  /** What a share link shows; no account needed. */
  sharedRun: (token: string) => answer(client.GET('/api/shared/runs/{token}', { params: { path: { token } } })),
  deleteRun: (runId: string) => answer(client.DELETE('/api/runs/{id}', id(runId))),
  /** The agent's app page, when published (a 404 when not). */
  agentApp: (graphId: string) => answer(client.GET('/api/graphs/{id}/app', id(graphId))),
  publishApp: (graphId: string, settings: AppSettings) => answer(client.PUT('/api/graphs/{id}/app', { ...id(graphId), body: settings })),
  unpublishApp: (graphId: string) => answer(client.DELETE('/api/graphs/{id}/app', id(graphId))),
  /** Every visitor's conversations with the agent's chat app, and one with its messages. */
  appConversations: (graphId: string) => answer(client.GET('/api/graphs/{id}/app/conversations', id(graphId))),
  appConversation: (graphId: string, conversationId: string) =>
    answer(client.GET('/api/graphs/{id}/app/conversations/{conversationId}', { params: { path: { id: graphId, conversationId } } })),
  /** What an app page's visitor calls: `key` is the link's key for an app opened by link. */
  appPage: (slug: string, key?: string) => answer(client.GET('/api/apps/{slug}', { params: { path: { slug }, query: { key } } })),
  startAppRun: (slug: string, inputs: Record<string, unknown>, key?: string) =>
    answer(client.POST('/api/apps/{slug}/runs', { params: { path: { slug }, query: { key } }, body: { inputs } })),
  appRuns: (slug: string, key?: string) => answer(client.GET('/api/apps/{slug}/runs', { params: { path: { slug }, query: { key } } })),
  appRun: (slug: string, runId: string, key?: string) =>
    answer(client.GET('/api/apps/{slug}/runs/{runId}', { params: { path: { slug, runId }, query: { key } } })),
  /** A chat app's conversations: the visitor's, one with its messages, a new one (titled by its first message), a turn. */
  myAppConversations: (slug: string, key?: string) => answer(client.GET('/api/apps/{slug}/conversations', { params: { path: { slug }, query: { key } } })),
  myAppConversation: (slug: string, conversationId: string, key?: string) =>
    answer(client.GET('/api/apps/{slug}/conversations/{conversationId}', { params: { path: { slug, conversationId }, query: { key } } })),
  startAppConversation: (slug: string, text: string, key?: string) =>
    answer(client.POST('/api/apps/{slug}/conversations', { params: { path: { slug }, query: { key } }, body: { text } })),
  sayToApp,
  uploadAppFile: (slug: string, file: File, key?: string): Promise<{ file: FileRef }> =>
    answer(client.POST('/api/apps/{slug}/files', { params: { path: { slug }, query: { name: file.name, key } }, ...fileBody(file) })),
  /** The same version again (with other inputs), or — `fromNode` — the latest version from that node, reusing the rest. */
  rerun: (runId: string, body: { inputs?: Record<string, unknown>; fromNode?: string } = {}) =>
    answer(client.POST('/api/runs/{id}/rerun', { ...id(runId), body })),
  versions: (graphId: string) => answer(client.GET('/api/graphs/{id}/versions', id(graphId))),
  uploadFile,
  files: () => answer(client.GET('/api/files', { params: { query: { limit: 200 } } })),
  deleteFile: (fileId: string) => answer(client.DELETE('/api/files/{id}', id(fileId))),
  credentials: () => answer(client.GET('/api/credentials')),
  credentialKinds: () => answer(client.GET('/api/credential-kinds')),
  /** `kind`: one of the kinds GET /api/credential-kinds lists (the server refuses any other, naming them). */
  addCredential: (name: string, kind: string, fields: Record<string, string>) =>
    answer(client.POST('/api/credentials', { body: { name, kind: kind as RequestBody<'createCredential'>['kind'], fields } })),
  renameCredential: (credentialId: string, name: string) => answer(client.PATCH('/api/credentials/{id}', { ...id(credentialId), body: { name } })),
  /** Deletes a credential; a warning says when its provider did not revoke a connected account's grant. */
  deleteCredential: (credentialId: string) => answer(client.DELETE('/api/credentials/{id}', id(credentialId))),
  oauthProviders: () => answer(client.GET('/api/oauth/providers')),
  startOAuth: (provider: string, name?: string) =>
    answer(client.POST('/api/oauth/{provider}/start', { params: { path: { provider } }, body: name ? { name } : {} })),
  credentialModels: (credentialId: string) => answer(client.GET('/api/credentials/{id}/models', id(credentialId))),
  testCredential: (credentialId: string) => answer(client.POST('/api/credentials/{id}/test', id(credentialId))),
  apiKeys: () => answer(client.GET('/api/keys')),
  createApiKey: (name: string) => answer(client.POST('/api/keys', { body: { name } })),
  deleteApiKey: (keyId: string) => answer(client.DELETE('/api/keys/{id}', id(keyId))),
  workspaces: () => answer(client.GET('/api/workspaces')),
  operatorUsers: () => answer(client.GET('/api/operator/users')),
  createWorkspace: (name: string) => answer(client.POST('/api/workspaces', { body: { name } })),
  members: (workspaceId: string) => answer(client.GET('/api/workspaces/{id}/members', id(workspaceId))),
  changeMemberRole: (workspaceId: string, userId: string, role: WorkspaceRole) =>
    answer(client.PATCH('/api/workspaces/{id}/members/{userId}', { params: { path: { id: workspaceId, userId } }, body: { role } })),
  removeMember: (workspaceId: string, userId: string) =>
    answer(client.DELETE('/api/workspaces/{id}/members/{userId}', { params: { path: { id: workspaceId, userId } } })),
  leaveWorkspace: (workspaceId: string) => answer(client.POST('/api/workspaces/{id}/leave', id(workspaceId))),
  invitations: (workspaceId: string) => answer(client.GET('/api/workspaces/{id}/invitations', id(workspaceId))),
  /** With `email`, only that account may accept it, and the server mails it the link when it has a mail server. */
  invite: (workspaceId: string, role: Exclude<WorkspaceRole, 'owner'>, email?: string) =>
    answer(client.POST('/api/workspaces/{id}/invitations', { ...id(workspaceId), body: { role, ...(email ? { email } : {}) } })),
  revokeInvitation: (workspaceId: string, invitationId: string) =>
    answer(client.DELETE('/api/workspaces/{id}/invitations/{invitationId}', { params: { path: { id: workspaceId, invitationId } } })),
  auditEvents: (workspaceId: string, action?: string) =>
    answer(client.GET('/api/workspaces/{id}/audit', { params: { path: { id: workspaceId }, query: action ? { action } : {} } })),
  previewInvitation: (token: string) => answer(client.GET('/api/invitations/{token}', { params: { path: { token } } })),
  acceptInvitation: (token: string) => answer(client.POST('/api/invitations/{token}/accept', { params: { path: { token } } })),
  listRuns: (query: RunQuery) => answer(client.GET('/api/runs', { params: { query: { limit: 50, ...query } } })),
  presets: (graphId: string) => answer(client.GET('/api/graphs/{id}/presets', id(graphId))),
  createPreset: (graphId: string, name: string, inputs: Record<string, unknown>) =>
    answer(client.POST('/api/graphs/{id}/presets', { ...id(graphId), body: { name, inputs } })),
  deletePreset: (presetId: string) => answer(client.DELETE('/api/presets/{id}', id(presetId))),
  allSchedules: () => answer(client.GET('/api/schedules')),
  schedules: (graphId: string) => answer(client.GET('/api/graphs/{id}/schedules', id(graphId))),
  createSchedule: (graphId: string, schedule: NewSchedule) => answer(client.POST('/api/graphs/{id}/schedules', { ...id(graphId), body: schedule })),
  updateSchedule: (scheduleId: string, change: ScheduleChange) => answer(client.PATCH('/api/schedules/{id}', { ...id(scheduleId), body: change })),
  deleteSchedule: (scheduleId: string) => answer(client.DELETE('/api/schedules/{id}', id(scheduleId))),
  webhooks: (graphId: string) => answer(client.GET('/api/graphs/{id}/webhooks', id(graphId))),
  createWebhook: (graphId: string, options: NewWebhook) => answer(client.POST('/api/graphs/{id}/webhooks', { ...id(graphId), body: options })),
  deleteWebhook: (webhookId: string) => answer(client.DELETE('/api/webhooks/{id}', id(webhookId))),
  messageTriggers: (graphId: string) => answer(client.GET('/api/graphs/{id}/message-triggers', id(graphId))),
  createMessageTrigger: (graphId: string, trigger: NewMessageTrigger) =>
    answer(client.POST('/api/graphs/{id}/message-triggers', { ...id(graphId), body: trigger })),
  updateMessageTrigger: (triggerId: string, change: MessageTriggerChange) =>
    answer(client.PATCH('/api/message-triggers/{id}', { ...id(triggerId), body: change })),
  deleteMessageTrigger: (triggerId: string) => answer(client.DELETE('/api/message-triggers/{id}', id(triggerId))),
  copilotSessions: () => answer(client.GET('/api/copilot/sessions')),
  createCopilotSession: (options: { credentialId?: string; model?: string; graphId?: string } = {}) =>
    answer(client.POST('/api/copilot/sessions', { body: options })),
  copilotSession: (sessionId: string) => answer(client.GET('/api/copilot/sessions/{id}', id(sessionId))),
  updateCopilotSession: (sessionId: string, change: { title?: string; credentialId?: string | null; model?: string }) =>
    answer(client.PATCH('/api/copilot/sessions/{id}', { ...id(sessionId), body: change })),
  deleteCopilotSession: (sessionId: string) => answer(client.DELETE('/api/copilot/sessions/{id}', id(sessionId))),
  copilotMemories: () => answer(client.GET('/api/copilot/memories')),
  addCopilotMemory: (text: string) => answer(client.POST('/api/copilot/memories', { body: { text } })),
  deleteCopilotMemory: (memoryId: string) => answer(client.DELETE('/api/copilot/memories/{id}', id(memoryId))),
  stopCopilot: (sessionId: string) => answer(client.POST('/api/copilot/sessions/{id}/stop', id(sessionId))),
  sayToCopilot,
  tables: () => answer(client.GET('/api/tables')),
  table: (tableId: string) => answer(client.GET('/api/tables/{id}', id(tableId))),
  createTable: (table: NewDataTable) => answer(client.POST('/api/tables', { body: table })),
  changeTable: (tableId: string, change: DataTableChange) => answer(client.PATCH('/api/tables/{id}', { ...id(tableId), body: change })),
  deleteTable: (tableId: string) => answer(client.DELETE('/api/tables/{id}', id(tableId))),
  queryTable: (tableId: string, query: TableQuery) => answer(client.POST('/api/tables/{id}/query', { ...id(tableId), body: query })),
  addTableRows: (tableId: string, rows: Record<string, unknown>[]) => answer(client.POST('/api/tables/{id}/rows', { ...id(tableId), body: { rows } })),
  importTableCsv: (tableId: string, csv: string) => answer(client.POST('/api/tables/{id}/import', { ...id(tableId), body: { csv } })),
  changeTableRow: (tableId: string, rowId: string, values: Record<string, unknown>) =>
    answer(client.PATCH('/api/tables/{id}/rows/{rowId}', { params: { path: { id: tableId, rowId } }, body: { values } })),
  deleteTableRow: (tableId: string, rowId: string) => answer(client.DELETE('/api/tables/{id}/rows/{rowId}', { params: { path: { id: tableId, rowId } } })),
  knowledgeBases: () => answer(client.GET('/api/knowledge')),
  knowledgeBase: (baseId: string) => answer(client.GET('/api/knowledge/{id}', id(baseId))),
  createKnowledgeBase: (base: NewKnowledgeBase) => answer(client.POST('/api/knowledge', { body: base })),
  deleteKnowledgeBase: (baseId: string) => answer(client.DELETE('/api/knowledge/{id}', id(baseId))),
  addKnowledgeDocument: (baseId: string, source: KnowledgeDocumentSource) =>
    answer(client.POST('/api/knowledge/{id}/documents', { ...id(baseId), body: source })),
  knowledgeDocument: (baseId: string, documentId: string) =>
    answer(client.GET('/api/knowledge/{id}/documents/{documentId}', { params: { path: { id: baseId, documentId } } })),
  deleteKnowledgeDocument: (baseId: string, documentId: string) =>
    answer(client.DELETE('/api/knowledge/{id}/documents/{documentId}', { params: { path: { id: baseId, documentId } } })),
  searchKnowledgeBase: (baseId: string, query: string, limit = 5) =>
    answer(client.POST('/api/knowledge/{id}/search', { ...id(baseId), body: { query, limit } })),
  datasets: () => answer(client.GET('/api/datasets')),
  dataset: (datasetId: string) => answer(client.GET('/api/datasets/{id}', id(datasetId))),
  createDataset: (dataset: NewDataset) => answer(client.POST('/api/datasets', { body: dataset })),
  changeDataset: (datasetId: string, change: DatasetChange) => answer(client.PATCH('/api/datasets/{id}', { ...id(datasetId), body: change })),
  deleteDataset: (datasetId: string) => answer(client.DELETE('/api/datasets/{id}', id(datasetId))),
  addCases: (datasetId: string, cases: NewCase[]) => answer(client.POST('/api/datasets/{id}/cases', { ...id(datasetId), body: { cases } })),
  /** Cases from a CSV (a header line; `expected.<output>` columns are expectations) or JSON Lines file. */
  importCases: (datasetId: string, format: 'csv' | 'jsonl', text: string) =>
    answer(client.POST('/api/datasets/{id}/import', { ...id(datasetId), body: { format, text } })),
  /** Each run's inputs, and its outputs as the expectation. */
  addTableAsCases: (datasetId: string, table: string) => answer(client.POST('/api/datasets/{id}/from-table', { ...id(datasetId), body: { table } })),
  addRunsAsCases: (datasetId: string, runIds: string[]) => answer(client.POST('/api/datasets/{id}/from-runs', { ...id(datasetId), body: { runIds } })),
  changeCase: (datasetId: string, caseId: string, change: Partial<NewCase>) =>
    answer(client.PATCH('/api/datasets/{id}/cases/{caseId}', { params: { path: { id: datasetId, caseId } }, body: change })),
  deleteCase: (datasetId: string, caseId: string) =>
    answer(client.DELETE('/api/datasets/{id}/cases/{caseId}', { params: { path: { id: datasetId, caseId } } })),
  evaluations: (graphId: string) => answer(client.GET('/api/graphs/{id}/evaluations', id(graphId))),
  startEvaluation: (graphId: string, request: NewEvaluation) => answer(client.POST('/api/graphs/{id}/evaluations', { ...id(graphId), body: request })),
  evaluation: (evaluationId: string) => answer(client.GET('/api/evaluations/{id}', id(evaluationId))),
  /** `evaluationId` case by case against `baseId`. */
  compareEvaluations: (evaluationId: string, baseId: string) =>
    answer(client.GET('/api/evaluations/{id}/compare', { params: { path: { id: evaluationId }, query: { with: baseId } } })),
  stopEvaluation: (evaluationId: string) => answer(client.POST('/api/evaluations/{id}/stop', id(evaluationId))),
  releases: (graphId: string) => answer(client.GET('/api/graphs/{id}/releases', id(graphId))),
  /** Points an alias at a version; behind a gate it needs a passing evaluation (409 `gate_not_passed`). */
  moveAlias: (graphId: string, name: string, move: AliasMove) =>
    answer(client.PUT('/api/graphs/{id}/aliases/{name}', { params: { path: { id: graphId, name } }, body: move })),
  removeAlias: (graphId: string, name: string) => answer(client.DELETE('/api/graphs/{id}/aliases/{name}', { params: { path: { id: graphId, name } } })),
  agentSpend: (graphId: string, days = 30) => answer(client.GET('/api/graphs/{id}/spend', { params: { path: { id: graphId }, query: { days } } })),
  setAgentBudget: (graphId: string, budget: AgentBudget) => answer(client.PUT('/api/graphs/{id}/budget', { ...id(graphId), body: budget })),
  accountBudget: () => answer(client.GET('/api/account/budget')),
  setAccountBudget: (limit: SpendLimit) => answer(client.PUT('/api/account/budget', { body: limit })),
  reviews: (status: 'pending' | 'decided') => answer(client.GET('/api/reviews', { params: { query: { status, limit: 100 } } })),
  decideReview: (reviewId: string, decision: ReviewDecisionRequest) => answer(client.POST('/api/reviews/{id}', { ...id(reviewId), body: decision })),
};
