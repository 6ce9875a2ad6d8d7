import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from './cipher.ts';
import { loadSecretKey } from './secret-key.ts';

describe('vault encryption', () => {
  const key = randomBytes(32);

  it('round-trips, with a fresh IV each time', () => {
    const a = encrypt('s3cret', key);
    expect(a).not.toContain('s3cret');
    expect(a).not.toBe(encrypt('s3cret', key));
    expect(decrypt(a, key)).toBe('s3cret');
  });

  it('refuses a wrong key and a tampered value', () => {
    const sealed = encrypt('s3cret', key);
    expect(() => decrypt(sealed, randomBytes(32))).toThrow();
    const [v, iv, tag, data] = sealed.split(':');
    const flipped = Buffer.from(data!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decrypt([v, iv, tag, flipped.toString('base64')].join(':'), key)).toThrow();
  });

  it('creates the key file once, readable by the owner only, and reuses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blocksmith-key-'));
    const first = loadSecretKey(undefined, dir);
    expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(undefined, dir).equals(first)).toBe(true);
    expect((await readFile(join(dir, 'secret.key'), 'utf8')).trim()).toBe(first.toString('base64'));
    expect(loadSecretKey(randomBytes(32).toString('base64'), dir).equals(first)).toBe(false);
    expect(() => loadSecretKey('short', dir)).toThrow(/32 bytes/);
  });
});
