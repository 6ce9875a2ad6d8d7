import { randomUUID } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): milliseconds since the epoch, a counter within the
 * millisecond, then random bits. Ids made later sort later, so a new run's
 * rows land at the end of the database's indexes rather than on random pages:
 * a commit then writes a few pages instead of one per row.
 */
export function timeOrderedId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4096 ids in one millisecond, or the clock went back: borrow the next millisecond to stay ordered.
    lastMs++;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  // randomUUID's last 17 characters are the variant and 62 random bits, formatted as a UUID's tail.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, '0')}-${randomUUID().slice(19)}`;
}
