import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'ok' | 'run' | 'fail' | 'wait' | 'accent';

/** A short label in a tone: a status, a count, a kind. */
export function Badge({ tone = 'neutral', children, label }: { tone?: BadgeTone; children: ReactNode; label?: string }) {
  return (
    <span className={`badge badge-${tone}`} aria-label={label}>
      {children}
    </span>
  );
}
