import { createHash } from 'node:crypto';
import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';
import { presignUrl, signRequest } from './sigv4.ts';

const KEYS = { accessKeyId: 'AKIDBLOCKSMITH', secretAccessKey: 'secret-good', region: 'eu-west-3', service: 's3' };

/**
 * An S3-compatible store (path-style, as MinIO and R2 take it) speaking S3's REST API: it checks each request's
 * Signature Version 4 by signing it again with the key it knows (the signer itself is checked against
 * Amazon's documented examples in sigv4.test.ts) and the body against x-amz-content-sha256; XML answers and errors.
 */
function fakeS3(objects: Map<string, { body: string; type: string }>): Server {
  const xmlError = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return fakeApiServer((req, res, raw) => {
    const url = new URL(req.url!, `http://${req.headers.host}`);
    const asTime = (d: string) => new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 11)}:${d.slice(11, 13)}:${d.slice(13)}`);
    const given = url.searchParams.get('X-Amz-Signature');
    if (given) {
      const bare = new URL(url);
      for (const name of [...bare.searchParams.keys()]) if (name.startsWith('X-Amz-')) bare.searchParams.delete(name);
      const expected = presignUrl(KEYS, req.method!, bare, Number(url.searchParams.get('X-Amz-Expires')), asTime(url.searchParams.get('X-Amz-Date')!));
      if (expected.searchParams.get('X-Amz-Signature') !== given)
        return res
          .writeHead(403, { 'content-type': 'application/xml' })
          .end(xmlError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.'));
      const object = objects.get(decodeURIComponent(url.pathname.split('/').slice(2).join('/')));
      return res.writeHead(object ? 200 : 404, { 'content-type': 'text/plain' }).end(object?.body ?? '');
    }
    const date = req.headers['x-amz-date'] as string;
    const signed = /SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? '')?.[1]?.split(';') ?? [];
    const headers = Object.fromEntries(signed.filter((h) => h !== 'host').map((h) => [h, String(req.headers[h])]));
    const expected = signRequest(KEYS, { method: req.method!, url, headers, body: Buffer.from(raw) }, asTime(date));
    if (expected.authorization !== req.headers.authorization)
      return res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end(xmlError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.'));
    if (req.headers['x-amz-content-sha256'] !== createHash('sha256').update(raw).digest('hex'))
      return res
        .writeHead(400, { 'content-type': 'application/xml' })
        .end(xmlError('XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.'));
    const [, bucket, ...rest] = url.pathname.split('/');
    if (bucket !== 'reports')
      return res.writeHead(404, { 'content-type': 'application/xml' }).end(xmlError('NoSuchBucket', 'The specified bucket does not exist'));
    const key = decodeURIComponent(rest.join('/'));
    if (req.method === 'PUT') {
      objects.set(key, { body: raw, type: req.headers['content-type'] ?? '' });
      return res.writeHead(200, { etag: `"${createHash('md5').update(raw).digest('hex')}"` }).end();
    }
    if (key) {
      const object = objects.get(key);
      if (!object) return res.writeHead(404, { 'content-type': 'application/xml' }).end(xmlError('NoSuchKey', 'The specified key does not exist.'));
      return res.writeHead(200, { 'content-type': object.type }).end(object.body);
    }
    const prefix = url.searchParams.get('prefix') ?? '';
    const delimiter = url.searchParams.get('delimiter') ?? '';
    const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    const direct = delimiter ? keys.filter((k) => !k.slice(prefix.length).includes(delimiter)) : keys;
    const folders = delimiter ? [...new Set(keys.filter((k) => !direct.includes(k)).map((k) => k.slice(0, k.indexOf(delimiter, prefix.length) + 1)))] : [];
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>reports</Name><Prefix>${prefix}</Prefix><KeyCount>${direct.length}</KeyCount><IsTruncated>false</IsTruncated>` +
          direct
            .map(
              (k) =>
                `<Contents><Key>${escape(k)}</Key><LastModified>2026-12-07T10:00:00.000Z</LastModified><ETag>"e1"</ETag><Size>${Buffer.byteLength(objects.get(k)!.body)}</Size></Contents>`,
            )
            .join('') +
          folders.map((f) => `<CommonPrefixes><Prefix>${escape(f)}</Prefix></CommonPrefixes>`).join('') +
          '</ListBucketResult>',
      );
  }, 'application/xml');
}

describe('S3 blocks against a local S3-compatible store checking Signature Version 4', () => {
  const objects = new Map<string, { body: string; type: string }>();
  let endpoint = '';
  const run = providerSuite(fakeS3(objects), (baseUrl) => {
    endpoint = baseUrl;
    return { id: 's3', kind: 's3', fields: { ...KEYS, endpoint: baseUrl } };
  });

  it('writes, lists (one level with a delimiter) and reads objects, keys with spaces and "&" included', async () => {
    const written = await run('s3.put_object', { bucket: 'reports', key: '2026/q4 & notes.csv', text: 'month,sales\nOct,12', content_type: 'text/csv' });
    expect(written.outputs).toEqual({ etag: [createHash('md5').update('month,sales\nOct,12').digest('hex')], size: [18] });
    await run('s3.put_object', { bucket: 'reports', key: 'readme.txt', text: 'Hi' });
    const listed = await run('s3.list_objects', { bucket: 'reports', delimiter: '/' });
    expect(listed.outputs).toEqual({
      objects: [[{ key: 'readme.txt', size: 2, modified: '2026-12-07T10:00:00.000Z', etag: 'e1' }]],
      folders: [['2026/']],
      truncated: [false],
    });
    expect((await run('s3.list_objects', { bucket: 'reports', prefix: '2026/' })).outputs.objects![0]).toMatchObject([{ key: '2026/q4 & notes.csv' }]);
    expect((await run('s3.get_object', { bucket: 'reports', key: '2026/q4 & notes.csv' })).outputs).toEqual({
      text: ['month,sales\nOct,12'],
      content_type: ['text/csv'],
      size: [18],
    });
  });

  it('presigns a link that the store accepts without the keys', async () => {
    objects.set('shared.txt', { body: 'for you', type: 'text/plain' });
    const { outputs } = await run('s3.presign_url', { bucket: 'reports', key: 'shared.txt', expires_s: 600 });
    const url = new URL(outputs.url![0] as string);
    expect(url.origin).toBe(endpoint);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      'X-Amz-Expires': '600',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    });
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIDBLOCKSMITH\/\d{8}\/eu-west-3\/s3\/aws4_request$/);
    expect(await (await fetch(url)).text()).toBe('for you');
    url.searchParams.set('X-Amz-Expires', '6000');
    expect((await fetch(url)).status).toBe(403);
  });

  it('says what the store refused: a wrong secret, a missing key or bucket', async () => {
    expect((await run('s3.get_object', { bucket: 'reports', key: 'readme.txt' }, { secretAccessKey: 'wrong' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('SignatureDoesNotMatch: The request signature we calculated does not match'),
    });
    expect((await run('s3.get_object', { bucket: 'reports', key: 'gone.txt' })).error?.message).toContain(
      'S3 found nothing there (404: NoSuchKey: The specified key does not exist.)',
    );
    expect((await run('s3.list_objects', { bucket: 'archive' })).error?.message).toContain('NoSuchBucket');
    await expect(run('s3.get_object', { bucket: 'reports', key: '../other-bucket/secret.txt' })).rejects.toThrow(
      'a key without "." or ".." between its slashes',
    );
  });
});
