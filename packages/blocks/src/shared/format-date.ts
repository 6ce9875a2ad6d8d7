import { BlockError } from '@blocksmith/sdk';

const TOKENS = /yyyy|MMM|MM|dd|HH|mm|ss|SSS|EEE/g;

/**
 * Formats a date with tokens yyyy MM dd HH mm ss SSS (and EEE, MMM for short
 * day and month names) in an IANA time zone; "iso" gives ISO 8601 in UTC.
 */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new BlockError('invalid_input', 'The time is not a valid date.');
  if (pattern === 'iso') return date.toISOString();
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    }).formatToParts(date);
  } catch {
    throw new BlockError('invalid_input', `Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris" or "UTC".`);
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const monthName = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short' }).format(date);
  const values: Record<string, string> = {
    yyyy: part('year'),
    MM: part('month'),
    dd: part('day'),
    HH: part('hour'),
    mm: part('minute'),
    ss: part('second'),
    SSS: String(date.getUTCMilliseconds()).padStart(3, '0'),
    EEE: part('weekday'),
    MMM: monthName,
  };
  return pattern.replace(TOKENS, (token) => values[token]!);
}
