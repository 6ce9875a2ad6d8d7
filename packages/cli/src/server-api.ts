import { UsageError } from './args.ts';

/** The Blocksmith server's address from `--url`: a URL, told apart from a typo with an example. */
export function serverAddress(given: string | true | undefined, command: string): URL {
  if (typeof given !== 'string') throw new UsageError(`${command} needs --url: the address of the Blocksmith server, e.g. --url http://127.0.0.1:3000.`);
  try {
    return new URL(given);
  } catch {
    throw new UsageError(`--url "${given}" is not a URL; give the Blocksmith server's address, e.g. --url http://127.0.0.1:3000.`);
  }
}

/** The API key commands that talk to a server take from the environment (never a flag: flags show in process lists). */
export function apiKeyFromEnv(command: string): string {
  const key = process.env.BLOCKSMITH_API_KEY;
  if (!key) throw new UsageError(`${command} needs an API key in BLOCKSMITH_API_KEY (create one in Settings → API keys).`);
  return key;
}

/** The server refused a request, or could not be reached: its message names what is wrong. */
export class ServerError extends Error {
  override name = 'ServerError';
}

/** Calls the server's API with the key and answers the JSON body, or throws a ServerError with the server's own message. */
export async function callApi<T>(base: URL, key: string, method: string, path: string, body?: unknown): Promise<T> {
  const url = new URL(path, base.href.endsWith('/') ? base : `${base.href}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new ServerError(
      `Cannot reach ${base.origin}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}.`,
    );
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const message = (parsed as { error?: { message?: string } } | undefined)?.error?.message ?? text.slice(0, 200);
    throw new ServerError(`${method} ${url.pathname} answered ${response.status}: ${message}`);
  }
  return parsed as T;
}
