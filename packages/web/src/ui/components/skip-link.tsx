import type { ReactNode } from 'react';

/**
 * A link, seen only when focused, that moves focus to the element with id `to`. A plain `#id` link would
 * change the route (the address after # is the page), so it moves focus itself.
 */
export function SkipLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(to)?.focus();
      }}
    >
      {children}
    </a>
  );
}
