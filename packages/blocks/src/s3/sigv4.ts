import { createHash, createHmac } from 'node:crypto';

/** What signs a request: the key pair and where it is used. */
export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but A–Z a–z 0–9 - _ . ~ (and "/" in paths, kept when asked). */
export const uriEncode = (text: string, keepSlash = false): string =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.~]/.test(c) || (keepSlash && c === '/') ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/** The time as SigV4 writes it: 20130524T000000Z. */
export const amzDate = (time: Date): string =>
  time
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function canonicalQuery(query: URLSearchParams): string {
  return [...query]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function signature(key: SigningKey, date: string, stringToSign: string): string {
  const day = date.slice(0, 8);
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${key.secretAccessKey}`, day), key.region), key.service), 'aws4_request');
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
}

const scopeOf = (key: SigningKey, date: string): string => `${date.slice(0, 8)}/${key.region}/${key.service}/aws4_request`;

function canonicalRequest(method: string, url: URL, headers: Record<string, string>, payloadHash: string): { request: string; signed: string } {
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]));
  const signed = names.join(';');
  const path =
    url.pathname
      .split('/')
      .map((segment) => uriEncode(decodeURIComponent(segment)))
      .join('/') || '/';
  return {
    request: [method, path, canonicalQuery(url.searchParams), ...names.map((n) => `${n}:${lower[n]}`), '', signed, payloadHash].join('\n'),
    signed,
  };
}

/**
 * Signs a request in the Authorization header (AWS Signature Version 4): answers the headers to send, which
 * include `host`, `x-amz-date` and `x-amz-content-sha256` (the body's hash, so the server checks the body too).
 */
export function signRequest(
  key: SigningKey,
  request: { method: string; url: URL; headers?: Record<string, string>; body?: Uint8Array },
  time: Date,
): Record<string, string> {
  const date = amzDate(time);
  const payloadHash = sha256(request.body ?? '');
  const headers: Record<string, string> = { host: request.url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': date, ...request.headers };
  const { request: canonical, signed } = canonicalRequest(request.method, request.url, headers, payloadHash);
  const stringToSign = ['AWS4-HMAC-SHA256', date, scopeOf(key, date), sha256(canonical)].join('\n');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${scopeOf(key, date)}, SignedHeaders=${signed}, Signature=${signature(key, date, stringToSign)}`,
  };
}

/** A presigned URL: whoever has it may make this one request until it expires, without the keys. */
export function presignUrl(key: SigningKey, method: string, url: URL, expiresSeconds: number, time: Date): URL {
  const date = amzDate(time);
  const signedUrl = new URL(url);
  signedUrl.searchParams.set('X-Amz-Algorithm', 'AWS4-HMAC-SHA256');
  signedUrl.searchParams.set('X-Amz-Credential', `${key.accessKeyId}/${scopeOf(key, date)}`);
  signedUrl.searchParams.set('X-Amz-Date', date);
  signedUrl.searchParams.set('X-Amz-Expires', String(expiresSeconds));
  signedUrl.searchParams.set('X-Amz-SignedHeaders', 'host');
  const { request: canonical } = canonicalRequest(method, signedUrl, { host: url.host }, 'UNSIGNED-PAYLOAD');
  const stringToSign = ['AWS4-HMAC-SHA256', date, scopeOf(key, date), sha256(canonical)].join('\n');
  signedUrl.searchParams.set('X-Amz-Signature', signature(key, date, stringToSign));
  return signedUrl;
}
