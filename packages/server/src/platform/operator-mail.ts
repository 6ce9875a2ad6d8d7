import { smtpTransport, type OutboundPolicy } from '@blocksmith/blocks';
import { z } from 'zod';

/** The operator's mail server, for mail the server itself sends (invitations, notifications). */
export interface MailConfig {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

const smtpUrl = z.url({ protocol: /^smtps?$/, error: 'must be smtp://[user:password@]host[:port] or smtps://…' });

/** The mail settings from `BLOCKSMITH_SMTP_URL` and `BLOCKSMITH_SMTP_FROM`, or none; the problems as "VARIABLE: what is wrong". */
export function mailConfigFrom(env: Record<string, string>): { mail?: MailConfig; problems: string[] } {
  const url = env.BLOCKSMITH_SMTP_URL;
  if (url === undefined) return { problems: [] };
  const parsed = smtpUrl.safeParse(url);
  if (!parsed.success) return { problems: [`BLOCKSMITH_SMTP_URL: ${parsed.error.issues[0]!.message}`] };
  const from = env.BLOCKSMITH_SMTP_FROM;
  if (!from) return { problems: ['BLOCKSMITH_SMTP_FROM: set the address mail comes from (e.g. Blocksmith <agents@example.com>) with BLOCKSMITH_SMTP_URL'] };
  const at = new URL(url);
  const secure = at.protocol === 'smtps:';
  return {
    mail: {
      host: at.hostname,
      port: at.port ? Number(at.port) : secure ? 465 : 587,
      secure,
      ...(at.username ? { auth: { user: decodeURIComponent(at.username), pass: decodeURIComponent(at.password) } } : {}),
      from,
    },
    problems: [],
  };
}

/**
 * Sends one message through the operator's mail server, under the outbound policy; connecting, the greeting and
 * each exchange are bounded by `timeoutMs`. Throws what went wrong.
 */
export async function sendMail(
  mail: MailConfig,
  network: OutboundPolicy,
  message: { to: string; subject: string; text: string },
  timeoutMs: number,
): Promise<void> {
  const transport = smtpTransport(
    {
      host: mail.host,
      port: mail.port,
      secure: mail.secure,
      ...(mail.auth ? { auth: mail.auth } : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    },
    network,
  );
  try {
    await transport.sendMail({ from: mail.from, ...message });
  } finally {
    transport.close();
  }
}
