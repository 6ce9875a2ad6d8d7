import type {
  ApiErrorBody,
  ApiKeyInfo,
  CopilotSessionDetail,
  CopilotSessionInfo,
  AuthState,
  CredentialInfo,
  OAuthProviderInfo,
  FileInfo,
  FileRef,
  BlockManifest,
  GraphDetail,
  GraphFile,
  GraphRunRecord,
  GraphSummary,
  LibraryGraph,
  NewSchedule,
  RunDetail,
  Preset,
  Review,
  ReviewDecisionRequest,
  RunTriggerKind,
  ShownSchedule,
  TurnMessage,
  User,
  Webhook,
} from './types.ts';
import { ApiError } from '@blocksmith/server/error-wire';

export { ApiError };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return result<T>(response);
}

/** The body of an answer, or the API's error as an ApiError. */
async function result<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const error = (json as Partial<ApiErrorBody> | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `The server answered ${response.status}.`, error?.details);
  }
  return json as T;
}

/** Uploads a file as its raw bytes, with its own type. */
async function upload(file: File): Promise<{ file: FileRef }> {
  const response = await fetch(`/api/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  return result(response);
}

/**
 * Says something in a copilot session and hands each server-sent event of
 * the turn to `onMessage` as it comes; resolves when the stream ends.
 */
async function sayToCopilot(sessionId: string, message: { text: string; fileIds?: string[] }, onMessage: (message: TurnMessage) => void): Promise<void> {
  const response = await fetch(`/api/copilot/sessions/${sessionId}/messages`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  if (!response.ok || !response.body) return void (await result(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data) onMessage(JSON.parse(data) as TurnMessage);
    }
  }
}

/** What to show a person for a failed call: the server's message, which says how to fix it. */
export const errorMessage = (error: unknown): string => (error instanceof ApiError ? error.message : String(error));

/** Every server call the web app makes; nothing else talks to the server. */
export const api = {
  authState: () => call<AuthState>('GET', '/api/auth/state'),
  setup: (email: string, password: string) => call<{ user: AuthState['user'] }>('POST', '/api/auth/setup', { email, password }),
  login: (email: string, password: string) => call<{ user: AuthState['user'] }>('POST', '/api/auth/login', { email, password }),
  logout: () => call<void>('POST', '/api/auth/logout'),
  changeEmail: (email: string) => call<{ user: User }>('PATCH', '/api/account', { email }),
  changePassword: (currentPassword: string, newPassword: string) => call<void>('POST', '/api/account/password', { currentPassword, newPassword }),
  blocks: () => call<{ blocks: BlockManifest[] }>('GET', '/api/blocks'),
  listGraphs: (search = '') =>
    call<{ graphs: LibraryGraph[]; total: number }>('GET', `/api/graphs?limit=200${search ? `&search=${encodeURIComponent(search)}` : ''}`),
  getGraph: (id: string, version?: number) => call<GraphDetail>('GET', `/api/graphs/${id}${version ? `?version=${version}` : ''}`),
  createGraph: (graph: GraphFile) => call<GraphDetail>('POST', '/api/graphs', graph),
  saveGraph: (id: string, graph: GraphFile) => call<GraphDetail>('PUT', `/api/graphs/${id}`, graph),
  deleteGraph: (id: string) => call<void>('DELETE', `/api/graphs/${id}`),
  setAgentMcp: (id: string, mcp: boolean) => call<GraphSummary>('PATCH', `/api/graphs/${id}`, { mcp }),
  exportUrl: (id: string) => `/api/graphs/${id}/export`,
  startRun: (graphId: string, inputs: Record<string, unknown>) => call<{ runId: string }>('POST', `/api/graphs/${graphId}/runs`, { inputs }),
  getRun: (runId: string) => call<RunDetail>('GET', `/api/runs/${runId}`),
  stopRun: (runId: string) => call<{ run: GraphRunRecord }>('POST', `/api/runs/${runId}/stop`),
  rerun: (runId: string, inputs?: Record<string, unknown>) => call<{ runId: string }>('POST', `/api/runs/${runId}/rerun`, inputs ? { inputs } : {}),
  versions: (graphId: string) => call<{ versions: { version: number; createdAt: number; name: string }[] }>('GET', `/api/graphs/${graphId}/versions`),
  uploadFile: upload,
  files: () => call<{ files: FileInfo[]; total: number }>('GET', '/api/files?limit=200'),
  deleteFile: (id: string) => call<void>('DELETE', `/api/files/${id}`),
  credentials: () => call<{ credentials: CredentialInfo[] }>('GET', '/api/credentials'),
  credentialKinds: () =>
    call<{ kinds: Record<string, { title?: string; properties?: Record<string, { title?: string; description?: string }>; required?: string[] }> }>(
      'GET',
      '/api/credential-kinds',
    ),
  addCredential: (name: string, kind: string, fields: Record<string, string>) =>
    call<{ credential: CredentialInfo }>('POST', '/api/credentials', { name, kind, fields }),
  renameCredential: (id: string, name: string) => call<{ credential: CredentialInfo }>('PATCH', `/api/credentials/${id}`, { name }),
  /** Deletes a credential; a warning says when its provider did not revoke a connected account's grant. */
  deleteCredential: (id: string) => call<{ warning: string } | undefined>('DELETE', `/api/credentials/${id}`),
  oauthProviders: () => call<{ providers: OAuthProviderInfo[] }>('GET', '/api/oauth/providers'),
  startOAuth: (provider: string, name?: string) => call<{ authorizeUrl: string }>('POST', `/api/oauth/${provider}/start`, name ? { name } : {}),
  credentialModels: (id: string) => call<{ models: string[] }>('GET', `/api/credentials/${id}/models`),
  testCredential: (id: string) => call<{ ok: boolean; message: string; models?: string[] }>('POST', `/api/credentials/${id}/test`, {}),
  apiKeys: () => call<{ keys: ApiKeyInfo[] }>('GET', '/api/keys'),
  createApiKey: (name: string) => call<{ key: ApiKeyInfo; secret: string }>('POST', '/api/keys', { name }),
  deleteApiKey: (id: string) => call<void>('DELETE', `/api/keys/${id}`),
  listRuns: (graphId: string, trigger?: RunTriggerKind) =>
    call<{ runs: GraphRunRecord[]; total: number }>('GET', `/api/runs?graphId=${graphId}&limit=50${trigger ? `&trigger=${trigger}` : ''}`),
  presets: (graphId: string) => call<{ presets: Preset[] }>('GET', `/api/graphs/${graphId}/presets`),
  createPreset: (graphId: string, name: string, inputs: Record<string, unknown>) =>
    call<{ preset: Preset }>('POST', `/api/graphs/${graphId}/presets`, { name, inputs }),
  deletePreset: (id: string) => call<void>('DELETE', `/api/presets/${id}`),
  allSchedules: () => call<{ schedules: ShownSchedule[] }>('GET', '/api/schedules'),
  schedules: (graphId: string) => call<{ schedules: ShownSchedule[] }>('GET', `/api/graphs/${graphId}/schedules`),
  createSchedule: (graphId: string, schedule: NewSchedule) => call<ShownSchedule>('POST', `/api/graphs/${graphId}/schedules`, schedule),
  updateSchedule: (id: string, change: Partial<NewSchedule>) => call<ShownSchedule>('PATCH', `/api/schedules/${id}`, change),
  deleteSchedule: (id: string) => call<void>('DELETE', `/api/schedules/${id}`),
  webhooks: (graphId: string) => call<{ webhooks: Webhook[] }>('GET', `/api/graphs/${graphId}/webhooks`),
  createWebhook: (
    graphId: string,
    options: { name: string; presetId?: string; signature?: { secret: string; scheme?: 'github' | 'slack'; header?: string }; request?: { headers: string[] } },
  ) => call<{ webhook: Webhook; url: string; path: string }>('POST', `/api/graphs/${graphId}/webhooks`, options),
  deleteWebhook: (id: string) => call<void>('DELETE', `/api/webhooks/${id}`),
  copilotSessions: () => call<{ sessions: CopilotSessionInfo[] }>('GET', '/api/copilot/sessions'),
  createCopilotSession: (options: { credentialId?: string; model?: string; graphId?: string } = {}) =>
    call<{ session: CopilotSessionInfo }>('POST', '/api/copilot/sessions', options),
  copilotSession: (id: string) => call<CopilotSessionDetail>('GET', `/api/copilot/sessions/${id}`),
  updateCopilotSession: (id: string, change: { title?: string; credentialId?: string | null; model?: string }) =>
    call<{ session: CopilotSessionInfo }>('PATCH', `/api/copilot/sessions/${id}`, change),
  deleteCopilotSession: (id: string) => call<void>('DELETE', `/api/copilot/sessions/${id}`),
  stopCopilot: (id: string) => call<{ stopped: boolean }>('POST', `/api/copilot/sessions/${id}/stop`),
  sayToCopilot,
  reviews: (status: 'pending' | 'decided') => call<{ reviews: Review[] }>('GET', `/api/reviews?status=${status}&limit=100`),
  decideReview: (id: string, decision: ReviewDecisionRequest) => call<{ review: Review; run: GraphRunRecord }>('POST', `/api/reviews/${id}`, decision),
};
