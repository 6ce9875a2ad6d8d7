import { History } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { Button } from '../ui/components/button.tsx';
import { useBuilder } from './builder-store.ts';

/** While an older version is shown for its run: which one, that it cannot be changed, and the way back to the latest. */
export function VersionBanner({ onBack }: { onBack(): Promise<void> }) {
  const viewing = useBuilder((s) => s.viewing);
  const [error, setError] = useState<string>();
  if (!viewing) return null;
  return (
    <div className="version-banner" role="status" data-testid="version-banner">
      <History size={14} aria-hidden /> Version {viewing.version}, which this run ran — shown read-only.{' '}
      <Button size="sm" onClick={() => void onBack().catch((e: unknown) => setError(errorMessage(e)))}>
        Back to the latest version
      </Button>
      {error && <span className="error"> {error}</span>}
    </div>
  );
}
