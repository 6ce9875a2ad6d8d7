import { refusalIn, smtpTransport, type OutboundPolicy } from '@blocksmith/blocks';
import { z } from 'zod';

/** The operator's mail server, for mail the server itself sends (invitations). */
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

/** Mails an invitation link; the answer is undefined when the mail server took it, else what went wrong. */
export async function mailInvitation(
  mail: MailConfig,
  network: OutboundPolicy,
  invitation: { to: string; workspace: string; role: string; link: string; by: string },
): Promise<string | undefined> {
  const transport = smtpTransport(
    { host: mail.host, port: mail.port, secure: mail.secure, ...(mail.auth ? { auth: mail.auth } : {}), connectionTimeout: 20_000 },
    network,
  );
  try {
    await transport.sendMail({
      from: mail.from,
      to: invitation.to,
      subject: `${invitation.by} invited you to ${invitation.workspace} on Blocksmith`,
      text: `${invitation.by} invited you to the workspace ${invitation.workspace} as ${invitation.role}.\n\nJoin it here (the link works once):\n${invitation.link}\n`,
    });
    return undefined;
  } catch (error) {
    return (refusalIn(error) ?? (error as Error)).message;
  } finally {
    transport.close();
  }
}
