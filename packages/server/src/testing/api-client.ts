import { ApiContract } from './api-contract.ts';

/**
 * A small HTTP client for tests that keeps its cookies like a browser does (by name), and
 * checks every answer against the OpenAPI document: one that does not match fails the test.
 */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly bearer?: string,
    /** Sent as the Blocksmith-Workspace header: the workspace the calls act in. */
    private readonly workspaceId?: string,
  ) {}

  withKey(key: string): ApiClient {
    return new ApiClient(this.baseUrl, key);
  }

  /** Keeps a cookie as if the server had set it (a session made elsewhere, say). */
  withCookie(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }

  /** Someone new to the same server: no session, key or cookie. */
  stranger(): ApiClient {
    return new ApiClient(this.baseUrl);
  }

  /** The same person (session or key) at another address: their server started again on a new port. */
  at(baseUrl: string): ApiClient {
    const client = new ApiClient(baseUrl, this.bearer, this.workspaceId);
    client.cookies = new Map(this.cookies);
    return client;
  }

  /** The same person (session or key), acting in another workspace. */
  inWorkspace(workspaceId: string): ApiClient {
    const client = new ApiClient(this.baseUrl, this.bearer, workspaceId);
    client.cookies = new Map(this.cookies);
    return client;
  }

  get cookieHeader(): string | undefined {
    return this.cookies.size ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers; text: string }> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookieHeader) h.cookie = this.cookieHeader;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.workspaceId) h['blocksmith-workspace'] ??= this.workspaceId;
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      // Bytes (an upload) go as they are.
      init.body = typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1)];
      // A cookie set empty (or expired) is a sign-out.
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const contract = await ApiContract.of(this.baseUrl);
    // A redirect was followed: the answer is the last address's.
    const answered = response.redirected ? new URL(response.url).pathname : path;
    const problem = contract?.problem({ method, path: answered, status: response.status, contentType: response.headers.get('content-type'), text });
    if (problem) throw new Error(`The API broke its contract: ${problem}`);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (exports, metrics): keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Polls a run until it has this status (e.g. REVIEW); fails if it ends in another. */
  async waitForStatus(runId: string, status: string, timeoutMs = 15_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await this.get(`/api/runs/${runId}`);
      if (body?.run?.status === status) return body;
      if (['COMPLETED', 'FAILED', 'TERMINATED'].includes(body?.run?.status) || Date.now() > deadline) {
        throw new Error(`Run ${runId} did not reach ${status}: ${JSON.stringify(body?.run)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Polls a run until it has ended (left QUEUED, RUNNING and REVIEW). */
  async waitForRun(runId: string, timeoutMs = 15_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await this.get(`/api/runs/${runId}`);
      if (body?.run && !['QUEUED', 'RUNNING', 'REVIEW'].includes(body.run.status)) return body;
      if (Date.now() > deadline) throw new Error(`Run ${runId} did not finish: ${JSON.stringify(body?.run)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Polls an evaluation until it has ended (left RUNNING). */
  async waitForEvaluation(evaluationId: string, timeoutMs = 30_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await this.get(`/api/evaluations/${evaluationId}`);
      if (body?.evaluation && body.evaluation.status !== 'RUNNING') return body;
      if (Date.now() > deadline) throw new Error(`Evaluation ${evaluationId} did not finish: ${JSON.stringify(body?.evaluation)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
