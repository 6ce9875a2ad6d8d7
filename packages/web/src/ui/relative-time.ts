const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** How long ago (or how soon) a moment is, the way people say it: "5 minutes ago", "in 3 hours", "yesterday"; under a minute is "just now" or "in a moment". */
export function relativeTime(at: number, now: number = Date.now()): string {
  const delta = at - now;
  for (const [unit, size] of UNITS) if (Math.abs(delta) >= size) return format.format(Math.trunc(delta / size), unit);
  return delta < 0 ? 'just now' : 'in a moment';
}
