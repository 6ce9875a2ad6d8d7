import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Rocket } from 'lucide-react';
import { api } from '../api/client.ts';
import { releasesKey } from '../ship/releases-section.tsx';
import { useBuilder } from './builder-store.ts';

/** The version the agent's triggers run, when it has a production alias: saving a new version does not change it. */
export function ReleaseNote({ graphId }: { graphId: string }) {
  const version = useBuilder((s) => s.version);
  const releases = useQuery({ queryKey: releasesKey(graphId), queryFn: () => api.releases(graphId) });
  const production = releases.data?.aliases.find((a) => a.name === 'production');
  if (!production) return null;
  return (
    <div className="release-note" role="status" data-testid="release-note">
      <Rocket size={14} aria-hidden /> Production runs v{production.version}
      {production.version !== version && version !== undefined
        ? ` — you are editing v${version}: saving makes a new version, and triggers keep running v${production.version} until you release another.`
        : ': webhooks, schedules, API keys and MCP clients run it.'}{' '}
      <Link to="/graphs/$graphId/ship" params={{ graphId }}>
        Releases
      </Link>
    </div>
  );
}
