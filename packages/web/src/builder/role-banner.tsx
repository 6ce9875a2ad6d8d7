import { Lock } from 'lucide-react';
import { useBuilder } from './builder-store.ts';

/** While the person's role keeps them from changing the agent: that it is so, and why. */
export function RoleBanner() {
  const locked = useBuilder((s) => s.locked);
  if (!locked) return null;
  return (
    <div className="version-banner" role="status" data-testid="role-banner">
      <Lock size={14} aria-hidden /> {locked}
    </div>
  );
}
