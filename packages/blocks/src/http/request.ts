import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { credentialHeader } from './credential-header.ts';
import { sendFollowingRedirects } from '../outbound/index.ts';

export const httpRequest = defineBlock({
  id: 'http.request',
  name: 'HTTP Request',
  description:
    'Fetches a web page or calls an API: sends an HTTP request and returns status, headers and body (parsed as JSON when it is). Private and loopback addresses are refused unless the operator allows them.',
  categories: ['http'],
  input: z.object({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']).default('GET'),
    url: z.url({ protocol: /^https?$/ }).describe('http:// or https:// URL.'),
    headers: z.record(z.string(), z.string()).default({}),
    query: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .default({})
      .describe('Added to the URL query string.'),
    body: z.string().optional().describe('Raw request body.'),
    json: z.unknown().optional().describe('Sent as a JSON body (sets Content-Type).'),
    credential: z.string().optional().describe('A bearer, basic or header credential from Settings → Credentials; sent only to the first host.'),
    timeout_ms: z.number().int().min(1).max(300_000).default(30_000),
    max_response_bytes: z
      .number()
      .int()
      .min(1)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
  }),
  output: z.object({
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
    json: z.unknown().describe('The body parsed, when it is JSON.'),
  }),
  credentials: [{ input: 'credential', kind: 'http_bearer|http_basic|http_header', optional: true, description: 'Authenticates the request.' }],
  timeoutMs: 310_000,
  examples: [
    { name: 'refuses loopback addresses by default', input: { url: 'http://127.0.0.1:9/' }, error: 'Refused to connect to 127.0.0.1' },
    { name: 'refuses private IPv6', input: { url: 'http://[::1]/' }, error: 'Refused to connect' },
  ],
  async *run(input, ctx) {
    if (input.body !== undefined && input.json !== undefined) {
      throw new BlockError('invalid_input', 'Give either body or json, not both.');
    }
    const url = new URL(input.url);
    for (const [key, value] of Object.entries(input.query)) url.searchParams.append(key, String(value));
    const headers: Record<string, string> = { ...input.headers };
    let body = input.body;
    if (input.json !== undefined) {
      body = JSON.stringify(input.json);
      headers['content-type'] ??= 'application/json';
    }
    const method: string = input.method;
    const authHeader = input.credential ? credentialHeader(await ctx.credential('credential')) : undefined;
    if (authHeader) headers[authHeader[0]] = authHeader[1];
    // Not AbortSignal.timeout(): AbortSignal.any holds its sources weakly, and a collected timeout
    // signal never fires — under memory pressure a request to a server that never answers hung for good.
    // The timer holds its controller until it fires or the request ends.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException(`Timed out after ${input.timeout_ms} ms`, 'TimeoutError')), input.timeout_ms);
    const signal = AbortSignal.any([ctx.signal, deadline.signal]);
    try {
      const response = await sendFollowingRedirects(
        { url, method, headers, body, signal, maxBytes: input.max_response_bytes, network: ctx.settings },
        authHeader?.[0],
      );
      yield ['status', response.status];
      yield ['headers', response.headers];
      yield ['body', response.body];
      const contentType = response.headers['content-type'] ?? '';
      if (/json/i.test(contentType) || /^\s*[[{]/.test(response.body)) {
        try {
          yield ['json', JSON.parse(response.body)];
        } catch {
          ctx.logger.debug('Response body looked like JSON but did not parse; only body is set.');
        }
      }
    } finally {
      clearTimeout(timer);
    }
  },
});
