import { BlockError, type BlockContext } from '@blocksmith/sdk';
import { sendFollowingRedirects } from '../outbound/index.ts';
import type { ApiUrl } from './api-path.ts';

/** One call of a service's HTTP API, as the integration blocks make them. */
export interface ProviderCall {
  /** The service, as people know it: named in every error. */
  provider: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Built by `apiUrl` (each value in the path one segment) or, for an address given whole, `givenUrl`. */
  url: ApiUrl;
  headers?: Record<string, string>;
  json?: unknown;
  /** A body other than JSON (a multipart upload), with its content type. */
  raw?: { bytes: Uint8Array; contentType: string };
  /** What the credential is called where it is made, for the 401/403 message. */
  credentialHint: string;
}

const MAX_RESPONSE_BYTES = 10_000_000;

/** The message a service put in its error body, in the shapes services use. */
function providerMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as {
      message?: unknown;
      error?: unknown;
      err?: unknown;
      description?: unknown;
      errors?: unknown;
      errorMessages?: unknown;
      details?: unknown;
      status?: unknown;
      error_summary?: unknown;
      detail?: unknown;
    };
    const error = typeof parsed.error === 'object' && parsed.error !== null ? (parsed.error as { message?: unknown }).message : parsed.error;
    // Qdrant puts its error in `status: { error }`.
    const statusError = typeof parsed.status === 'object' && parsed.status !== null ? (parsed.status as { error?: unknown }).error : undefined;
    // Salesforce answers a list of errors, each { message, errorCode, fields }.
    if (Array.isArray(parsed)) return listedErrors(parsed) ?? body.slice(0, 300);
    const found =
      // GitLab's validation errors: `message: { field: [text] }`.
      (typeof parsed.message === 'object' && parsed.message !== null ? listedErrors(parsed.message) : parsed.message) ??
      parsed.description ??
      parsed.error_summary ??
      // FastAPI-style services (ElevenLabs, Replicate): `detail`, text or `{ message }`.
      (typeof parsed.detail === 'object' && parsed.detail !== null ? (parsed.detail as { message?: unknown }).message : parsed.detail) ??
      error ??
      parsed.err ??
      statusError ??
      listedErrors(parsed.errorMessages) ??
      listedErrors(parsed.errors);
    const details = listedErrors(parsed.details);
    if (typeof found === 'string') return details ? `${found} (${details})` : found;
  } catch {
    // Not JSON: an XML error (S3 and its kin) by its code and message, else the text itself, shortened.
  }
  const xmlMessage = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  if (xmlMessage !== undefined) {
    const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
    return code ? `${code}: ${xmlMessage}` : xmlMessage;
  }
  return body.slice(0, 300);
}

/**
 * Errors as services list them: `[{ message }]`, `["text"]`, `{ field: "text" | ["text"] }` (Jira, Shopify)
 * or one string; the field's name is kept, since it says what to change.
 */
function listedErrors(errors: unknown): string | undefined {
  if (typeof errors === 'string') return errors;
  if (Array.isArray(errors)) {
    const texts = errors.map(errorText).filter((t) => t !== undefined);
    return texts.length > 0 ? texts.join('; ') : undefined;
  }
  if (typeof errors === 'object' && errors !== null) {
    const texts = Object.entries(errors).map(([field, said]) => `${field}: ${Array.isArray(said) ? said.map(errorText).join(', ') : errorText(said)}`);
    return texts.length > 0 ? texts.join('; ') : undefined;
  }
  return undefined;
}

/** One error as text: a string, or an object's `message` or `description` (Zendesk). */
function errorText(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  const said = error as { message?: unknown; description?: unknown } | null;
  const text = said?.message ?? said?.description;
  return typeof text === 'string' ? text : undefined;
}

/** A form body (`application/x-www-form-urlencoded`), as Stripe and Twilio take them; absent values are left out. */
export function formBody(fields: Record<string, string | number | boolean | undefined>): { bytes: Uint8Array; contentType: string } {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, String(value));
  return { bytes: Buffer.from(form.toString()), contentType: 'application/x-www-form-urlencoded' };
}

/**
 * Calls the API under the address policy and answers its body (parsed when
 * JSON). Errors name the service and what to do: 401/403 the credential,
 * 404 the thing asked for; 429 and 5xx are retriable (the node's retry policy
 * applies), with the wait the service asked for in the message.
 */
export async function callProvider(
  ctx: BlockContext,
  call: ProviderCall,
): Promise<{ status: number; body: unknown; bytes: Buffer; contentType: string; headers: Record<string, string | undefined> }> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'Blocksmith', ...call.headers };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  if (call.raw !== undefined) headers['content-type'] = call.raw.contentType;
  const response = await sendFollowingRedirects(
    {
      url: call.url,
      method: call.method ?? 'GET',
      headers,
      body: call.raw?.bytes ?? (call.json === undefined ? undefined : JSON.stringify(call.json)),
      signal: ctx.signal,
      maxBytes: MAX_RESPONSE_BYTES,
      network: ctx.settings,
    },
    'authorization',
  );
  const { status } = response;
  if (status >= 400) {
    const said = providerMessage(response.body);
    if (status === 401 || status === 403) {
      throw new BlockError('credential', `${call.provider} refused the request (${status}: ${said}): check ${call.credentialHint} and what it may access.`, {
        retriable: false,
      });
    }
    if (status === 404)
      throw new BlockError('not_found', `${call.provider} found nothing there (404: ${said}): check the names and ids given.`, { retriable: false });
    if (status === 429) {
      const wait = response.headers['retry-after'];
      throw new BlockError(
        'rate_limited',
        `${call.provider} is rate limiting (429: ${said})${wait ? `; it asks to wait ${wait} s` : ''}. Retry later, or give the node a retry policy.`,
      );
    }
    throw new BlockError('provider', `${call.provider} answered ${status}: ${said}`, { retriable: status >= 500 });
  }
  const text = response.body;
  const contentType = response.headers['content-type'] ?? '';
  const isJson = /json/i.test(contentType) || (!/^(audio|image|video)\//i.test(contentType) && /^\s*[[{]/.test(text));
  return { status, body: isJson && text ? (JSON.parse(text) as unknown) : text, bytes: response.bytes, contentType, headers: response.headers };
}
