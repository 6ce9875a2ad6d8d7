import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { SquarePen } from 'lucide-react';
import { api } from '../api/client.ts';
import { useMay } from '../api/use-may.ts';
import { Button } from '../ui/components/button.tsx';
import { BudgetSection } from './budget-section.tsx';
import { EvaluationsSection } from './evaluations-section.tsx';
import { ReleasesSection } from './releases-section.tsx';
import { ErrorAgentSection } from './error-agent-section.tsx';
import { RetentionSection } from './retention-section.tsx';
import { AppSection } from './app-section.tsx';
import './ship.css';

/**
 * Shipping one agent (`/graphs/:graphId/ship`): which versions its aliases run and how they move, its
 * evaluations over datasets, its budgets with what it spent, its app page, the agent that answers its
 * failures, and how long its runs are kept.
 */
export function ShipPage() {
  const { graphId } = useParams({ strict: false }) as { graphId: string };
  const agent = useQuery({ queryKey: ['graphs', 'detail', graphId], queryFn: () => api.getGraph(graphId) });
  const versions = useQuery({ queryKey: ['graphs', 'versions', graphId], queryFn: () => api.versions(graphId) });
  const may = useMay();
  const numbers = (versions.data?.versions ?? []).map((v) => v.version).sort((a, b) => b - a);
  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Ship {agent.data ? `“${agent.data.name}”` : ''}</h1>
        <Button asChild size="sm">
          <Link to="/graphs/$graphId" params={{ graphId }}>
            <SquarePen size={14} aria-hidden />
            Open in the editor
          </Link>
        </Button>
      </header>
      <ReleasesSection graphId={graphId} versions={numbers} mayBuild={may('build')} mayManage={may('manage')} />
      <EvaluationsSection graphId={graphId} versions={numbers} mayRun={may('run')} />
      <BudgetSection graphId={graphId} mayManage={may('manage')} />
      {agent.data && <AppSection graphId={graphId} agentName={agent.data.name} mayBuild={may('build')} />}
      {agent.data && <ErrorAgentSection graphId={graphId} current={agent.data.errorAgentId} mayBuild={may('build')} />}
      {agent.data && <RetentionSection graphId={graphId} current={agent.data.retention} mayBuild={may('build')} />}
    </main>
  );
}
