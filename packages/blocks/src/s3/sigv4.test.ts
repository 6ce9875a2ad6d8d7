import { describe, expect, it } from 'vitest';
import { presignUrl, signRequest } from './sigv4.ts';

/** The worked examples of Amazon S3's documentation of Signature Version 4 (its example keys, bucket and day). */
const key = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' };
const day = new Date('2013-05-24T00:00:00Z');

describe('AWS Signature Version 4', () => {
  it('signs the documented GET Object request to the documented signature', () => {
    const headers = signRequest(key, { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { range: 'bytes=0-9' } }, day);
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('presigns the documented URL to the documented signature', () => {
    const url = presignUrl(key, 'GET', new URL('https://examplebucket.s3.amazonaws.com/test.txt'), 86400, day);
    expect(url.searchParams.get('X-Amz-Signature')).toBe('aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404');
  });
});
