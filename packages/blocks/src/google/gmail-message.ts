import { BlockError } from '@blocksmith/sdk';
import { z } from 'zod';
import { htmlToText } from '../shared/html-to-text.ts';

export const gmailMessageSchema = z.object({
  id: z.string(),
  thread_id: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  date: z.string(),
  snippet: z.string(),
  text: z.string(),
  labels: z.array(z.string()),
});

interface Part {
  mimeType?: string;
  headers?: { name: string; value: string }[];
  body?: { data?: string };
  parts?: Part[];
}

const decoded = (data: string | undefined): string => (data ? Buffer.from(data, 'base64url').toString('utf8') : '');

/** The message's text: its first text/plain part, else its first text/html part with the tags taken out. */
function textOf(part: Part): string {
  const plain = findPart(part, 'text/plain');
  if (plain) return decoded(plain.body?.data);
  const html = findPart(part, 'text/html');
  return html ? htmlToText(decoded(html.body?.data)) : '';
}

function findPart(part: Part, mimeType: string): Part | undefined {
  if (part.mimeType === mimeType && part.body?.data) return part;
  for (const inner of part.parts ?? []) {
    const found = findPart(inner, mimeType);
    if (found) return found;
  }
  return undefined;
}

export const headerOf = (payload: Part | undefined, name: string): string =>
  payload?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? '';

export function toGmailMessage(raw: unknown): z.infer<typeof gmailMessageSchema> {
  const message = raw as { id: string; threadId: string; snippet?: string; labelIds?: string[]; payload?: Part };
  return {
    id: message.id,
    thread_id: message.threadId,
    from: headerOf(message.payload, 'From'),
    to: headerOf(message.payload, 'To'),
    subject: headerOf(message.payload, 'Subject'),
    date: headerOf(message.payload, 'Date'),
    snippet: message.snippet ?? '',
    text: message.payload ? textOf(message.payload) : '',
    labels: message.labelIds ?? [],
  };
}

/** A header value with no line breaks: one would start another header (or the body) of the mail. */
function headerValue(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new BlockError('invalid_input', `The ${name} may not contain a line break.`, { retriable: false });
  return value;
}

/** Text outside ASCII as an RFC 2047 encoded word, as mail headers need it. */
const encodedWord = (text: string): string => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`);

/** An RFC 2822 message (UTF-8 text, base64 body) as Gmail's `raw`: base64url. */
export function rawMessage(mail: { to: string[]; cc?: string[]; subject: string; text: string; headers?: Record<string, string> }): string {
  const lines = [
    `To: ${headerValue('to', mail.to.join(', '))}`,
    ...(mail.cc && mail.cc.length > 0 ? [`Cc: ${headerValue('cc', mail.cc.join(', '))}`] : []),
    `Subject: ${encodedWord(headerValue('subject', mail.subject))}`,
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${headerValue(name, value)}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(mail.text).toString('base64').replace(/.{76}/g, '$&\r\n'),
  ];
  return Buffer.from(lines.join('\r\n')).toString('base64url');
}
