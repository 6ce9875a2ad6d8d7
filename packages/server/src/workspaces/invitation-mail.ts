import { refusalIn, type OutboundPolicy } from '@blocksmith/blocks';
import { sendMail, type MailConfig } from '../platform/operator-mail.ts';

/** Mails an invitation link; the answer is undefined when the mail server took it, else what went wrong. */
export async function mailInvitation(
  mail: MailConfig,
  network: OutboundPolicy,
  invitation: { to: string; workspace: string; role: string; link: string; by: string },
): Promise<string | undefined> {
  try {
    await sendMail(
      mail,
      network,
      {
        to: invitation.to,
        subject: `${invitation.by} invited you to ${invitation.workspace} on Blocksmith`,
        text: `${invitation.by} invited you to the workspace ${invitation.workspace} as ${invitation.role}.\n\nJoin it here (the link works once):\n${invitation.link}\n`,
      },
      20_000,
    );
    return undefined;
  } catch (error) {
    return (refusalIn(error) ?? (error as Error)).message;
  }
}
