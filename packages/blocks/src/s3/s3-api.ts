import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { presignUrl, signRequest, uriEncode, type SigningKey } from './sigv4.ts';
import { apiPath, apiUrl, checkedPath, joinPaths, type ApiUrl } from '../shared/api-path.ts';

export const s3Credential: CredentialRequirement = {
  input: 'credential',
  kind: 's3',
  description:
    'An access key of Amazon S3 or of an S3-compatible store (MinIO, Cloudflare R2, Backblaze B2, Wasabi…): its id and secret, the region, and for other stores their endpoint.',
};

export const bucketInput = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3–63 lower-case letters, digits, "." and "-"')
  .describe('The bucket.');

export const objectKey = z
  .string()
  .min(1)
  .max(1024)
  // An address cannot carry a "." or ".." segment (it would be read as a step up, into another bucket's path).
  .refine((key) => !key.split('/').some((segment) => segment === '.' || segment === '..'), 'a key without "." or ".." between its slashes')
  .describe('The object’s key, e.g. reports/2026/q4.csv.');

interface Target {
  key: SigningKey;
  /** The object's (or the bucket's, without a key) address. */
  url: ApiUrl;
}

/** Where a bucket's object is: path-style under a store's endpoint, else Amazon's virtual-hosted address of the region. */
export async function target(ctx: BlockContext, bucket: string, objectKeyText = ''): Promise<Target> {
  const { fields } = await ctx.credential('credential');
  const region = fields.region || 'us-east-1';
  const path = checkedPath(`/${uriEncode(objectKeyText, true)}`);
  const url = fields.endpoint ? apiUrl(fields.endpoint, joinPaths(apiPath`/${bucket}`, path)) : apiUrl(`https://${bucket}.s3.${region}.amazonaws.com`, path);
  return { key: { accessKeyId: fields.accessKeyId ?? '', secretAccessKey: fields.secretAccessKey ?? '', region, service: 's3' }, url };
}

/** A signed call of the S3 API. */
export async function s3(
  ctx: BlockContext,
  { key, url }: Target,
  request: { method?: 'GET' | 'PUT' | 'DELETE'; body?: Uint8Array; headers?: Record<string, string> } = {},
): Promise<{ body: unknown; bytes: Buffer; contentType: string; headers: Record<string, string | undefined> }> {
  const method = request.method ?? 'GET';
  const headers = signRequest(key, { method, url, headers: request.headers ?? {}, ...(request.body ? { body: request.body } : {}) }, ctx.now());
  delete headers.host;
  return callProvider(ctx, {
    provider: 'S3',
    method,
    url,
    headers,
    ...(request.body ? { raw: { bytes: request.body, contentType: request.headers?.['content-type'] ?? 'application/octet-stream' } } : {}),
    credentialHint: 'the access key, its secret, the region and what the key may do in the bucket',
  });
}

export const presigned = (ctx: BlockContext, { key, url }: Target, method: 'GET' | 'PUT', expiresSeconds: number): URL =>
  presignUrl(key, method, url, expiresSeconds, ctx.now());

/** XML text with its five entities read back. */
export const xmlText = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
