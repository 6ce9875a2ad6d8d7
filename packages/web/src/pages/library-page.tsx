import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Upload } from 'lucide-react';
import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { queries, queryClient } from '../api/queries.ts';
import { AgentCard } from '../library/agent-card.tsx';
import { AGENT_ORDERS, sortAgents, type AgentOrder } from '../library/sort-agents.ts';
import { AskCopilotLink, NewAgentLink } from '../library/start-links.tsx';
import { Button } from '../ui/components/button.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { FormError } from '../ui/form-error.tsx';
import '../library/library.css';

/** The user's agents: search, sort, open, create, import; each card's menu renames, duplicates, exports and deletes. */
export function LibraryPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<AgentOrder>('updated');
  const graphs = useQuery({ ...queries.graphs(search), placeholderData: keepPreviousData });
  const schedules = useQuery(queries.schedules()).data?.schedules ?? [];

  const importFile = async (file: File) => {
    try {
      const created = await api.importGraph(JSON.parse(await file.text()));
      await queryClient.invalidateQueries({ queryKey: ['graphs'] });
      const unmapped = created.imported?.unmapped ?? [];
      if (unmapped.length) {
        notify.failed(
          `Imported as a draft: ${unmapped.length} ${unmapped.length === 1 ? 'block has' : 'blocks have'} no equivalent here (${unmapped.map((u) => u.node).join(', ')}). Replace ${unmapped.length === 1 ? 'it' : 'them'} to run the agent.`,
        );
      }
      void navigate({ to: '/graphs/$graphId', params: { graphId: created.id } });
    } catch (e) {
      notify.failed(e instanceof ApiError ? e.message : `${file.name} is not a graph file, an AutoGPT agent file or an n8n workflow: ${(e as Error).message}`);
    }
  };

  const list = graphs.data?.graphs;
  return (
    <main className="library">
      <header className="page-header">
        <h1>Agents</h1>
        <div className="page-actions">
          <NewAgentLink />
          <Button asChild>
            <label>
              <Upload size={16} aria-hidden />
              Import
              <input
                type="file"
                accept="application/json,.json"
                className="visually-hidden"
                onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
              />
            </label>
          </Button>
        </div>
      </header>
      <div className="list-controls">
        <input type="search" aria-label="Search agents" placeholder="Search agents…" value={search} onChange={(e) => setSearch(e.target.value)} />
        <label className="inline-label">
          Sort by
          <select value={order} onChange={(e) => setOrder(e.target.value as AgentOrder)}>
            {AGENT_ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormError message={graphs.error?.message} />
      {!list ? (
        <p className="page-message">Loading…</p>
      ) : list.length === 0 && !search ? (
        <EmptyLibrary />
      ) : list.length === 0 ? (
        <p className="page-message muted">No agent’s name or description contains “{search}”.</p>
      ) : (
        <ul className="graph-list">
          {sortAgents(list, order).map((graph) => (
            <AgentCard key={graph.id} graph={graph} schedules={schedules.filter((s) => s.schedule.graphId === graph.id)} />
          ))}
        </ul>
      )}
    </main>
  );
}

/** A library with nothing in it yet: the ways to a first agent. */
function EmptyLibrary() {
  return (
    <section className="empty-state" aria-label="No agents yet">
      <h2>No agents yet</h2>
      <p className="muted">Build one block by block, describe what you want to the copilot, or import a graph file someone shared with you.</p>
      <div className="page-actions">
        <NewAgentLink>Build an agent</NewAgentLink>
        <AskCopilotLink />
      </div>
    </section>
  );
}
