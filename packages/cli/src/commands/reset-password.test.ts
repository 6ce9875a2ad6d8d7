import { verifyPassword } from '@blocksmith/server/testing';
import { Store } from '@blocksmith/store';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../args.ts';
import { resetPasswordCommand } from './reset-password.ts';

describe('blocksmith reset-password', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'blocksmith-reset-'));
    process.env.BLOCKSMITH_DATA_DIR = dataDir;
    const store = await Store.open({ dataDir });
    const user = await store.users.create({ email: 'forgot@x.test', passwordHash: 'old', isOwner: true });
    await store.sessions.create('a-session', user.id, 60_000);
    await store.close();
  });

  afterAll(async () => {
    delete process.env.BLOCKSMITH_DATA_DIR;
    await rm(dataDir, { recursive: true, force: true });
  });

  async function reset(stdin: Readable & { isTTY?: boolean }, ...argv: string[]) {
    const stdout: string[] = [];
    const code = await resetPasswordCommand(parseArgs(argv), { stdout: (l) => stdout.push(l), stderr: () => undefined }, stdin);
    return { code, stdout: stdout.join('\n') };
  }

  const passwordOf = async (email: string) => {
    const store = await Store.open({ dataDir });
    const user = await store.users.findByEmail(email);
    const session = await store.sessions.userIdFor('a-session');
    await store.close();
    return { hash: user!.passwordHash, session };
  };

  it('sets the password piped in and signs the person out everywhere', async () => {
    expect(await reset(Readable.from(['a new secret\n']), 'forgot@x.test')).toEqual({
      code: 0,
      stdout: 'forgot@x.test has a new password. Every session of theirs is signed out; their API keys still work.',
    });
    const { hash, session } = await passwordOf('forgot@x.test');
    expect(await verifyPassword('a new secret', hash)).toBe(true);
    expect(session).toBeUndefined();
  });

  it('makes one up and prints it when nothing is piped in', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const { stdout } = await reset(terminal, 'forgot@x.test', '--json');
    const { password } = JSON.parse(stdout) as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await verifyPassword(password, (await passwordOf('forgot@x.test')).hash)).toBe(true);
  });

  it('refuses an unknown email and a short password, naming what is wrong', async () => {
    await expect(reset(Readable.from(['long enough\n']), 'nobody@x.test')).rejects.toThrow('No account has the email nobody@x.test.');
    await expect(reset(Readable.from(['short\n']), 'forgot@x.test')).rejects.toThrow('The new password must be at least 8 characters.');
  });
});
