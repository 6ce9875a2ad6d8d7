import type nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { openConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';
import { loadLater } from '../shared/load-later.ts';

const loadNodemailer = loadLater<typeof nodemailer>('nodemailer');

/** A nodemailer SMTP transport whose connection the policy opened (nodemailer upgrades it to TLS itself). */
export function smtpTransport(options: SMTPTransport.Options & { host: string; port: number }, policy: OutboundPolicy) {
  return loadNodemailer().createTransport({
    ...options,
    getSocket: (_options: unknown, callback: (error: Error | null, socket?: { connection: import('node:net').Socket }) => void) => {
      let socket;
      try {
        socket = openConnection({ host: options.host, port: options.port }, policy);
      } catch (refusal) {
        callback(refusal as Error);
        return;
      }
      const failed = (error: Error) => callback(error);
      socket.once('error', failed);
      socket.once('connect', () => {
        socket.off('error', failed);
        callback(null, { connection: socket });
      });
    },
  } as SMTPTransport.Options);
}
