import { relativeTime } from './relative-time.ts';

/** A moment shown the way people say it, with the exact time on hover and for machines. */
export const When = ({ at }: { at: number }) => (
  <time dateTime={new Date(at).toISOString()} title={new Date(at).toLocaleString()}>
    {relativeTime(at)}
  </time>
);
