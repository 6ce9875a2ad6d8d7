import { randomBytes } from 'node:crypto';
import { checkFlags, UsageError, type ParsedArgs } from '../args.ts';
import type { Output } from '../output.ts';
import { operatorTask } from './operator-task.ts';

/**
 * `blocksmith reset-password <EMAIL>`: a forgotten password replaced. The new
 * one is read from stdin when something is piped in (never from the command
 * line, which other users of the host can read), else made up and printed.
 */
export async function resetPasswordCommand(args: ParsedArgs, out: Output, stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<number> {
  checkFlags(args, ['json']);
  const [email, ...more] = args.positionals;
  if (!email || more.length > 0)
    throw new UsageError("Give the account's email: blocksmith reset-password <email> (pipe the new password in, or one is made up).");
  const given = stdin.isTTY ? '' : (await readAll(stdin)).replace(/\r?\n$/, '');
  const password = given || randomBytes(12).toString('base64url');
  const { loadConfig, resetPassword, withOperatorStore } = await import('@blocksmith/server/operator');
  await operatorTask(() => withOperatorStore(loadConfig(), 'reset-password', true, (store) => resetPassword(store, email, password)));
  if (args.flags.has('json')) out.stdout(JSON.stringify({ email, signedOut: true, ...(given ? {} : { password }) }));
  else out.stdout(`${email} has a new password${given ? '' : `: ${password}`}. Every session of theirs is signed out; their API keys still work.`);
  return 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
