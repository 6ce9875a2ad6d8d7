import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Rocket, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { GraphAlias, Release } from '../api/types.ts';
import { Badge } from '../ui/components/badge.tsx';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import { VersionSelect } from './version-select.tsx';

/** The gate choice that takes an alias's gate away (no dataset id looks like it). */
const REMOVE_GATE = ' remove';

/** Where the agent's releases are read; a move of an alias reads them again. */
export const releasesKey = (graphId: string) => ['graphs', 'releases', graphId];

/**
 * An agent's aliases: which version each runs, what moving it needs (its gate), and every move. Promoting
 * a version, setting a gate and rolling back are one form: point an alias at a version.
 */
export function ReleasesSection({ graphId, versions, mayBuild, mayManage }: { graphId: string; versions: number[]; mayBuild: boolean; mayManage: boolean }) {
  const client = useQueryClient();
  const releases = useQuery({ queryKey: releasesKey(graphId), queryFn: () => api.releases(graphId) });
  const datasets = useQuery(queries.datasets());
  const [alias, setAlias] = useState('production');
  const [version, setVersion] = useState<number>();
  const [gateDataset, setGateDataset] = useState('');
  const [gateScore, setGateScore] = useState('0.9');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const chosen = version ?? versions[0];
  const existing = releases.data?.aliases.find((a) => a.name === alias);

  const move = async (name: string, to: number, gate?: { datasetId: string; minScore: number } | null) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.moveAlias(graphId, name, { version: to, ...(gate !== undefined ? { gate } : {}) });
      await client.invalidateQueries({ queryKey: releasesKey(graphId) });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const datasetName = (id: string) => datasets.data?.datasets.find((d) => d.id === id)?.name ?? id;
  return (
    <section className="ship-section" aria-labelledby="releases-title">
      <h2 id="releases-title">Releases</h2>
      <p className="muted small">
        API keys, webhooks, schedules and MCP clients run the <strong>production</strong> alias's version when the agent has one; saving a new version changes
        nothing they run until you promote it.
      </p>
      {releases.data && releases.data.aliases.length > 0 ? (
        <table className="ship-table" aria-label="Aliases">
          <thead>
            <tr>
              <th scope="col">Alias</th>
              <th scope="col">Version</th>
              <th scope="col">Gate</th>
              <th scope="col">Moved</th>
            </tr>
          </thead>
          <tbody>
            {releases.data.aliases.map((a: GraphAlias) => (
              <tr key={a.name} data-testid={`alias-${a.name}`}>
                <td>
                  <Badge tone={a.name === 'production' ? 'accent' : 'neutral'}>{a.name}</Badge>
                </td>
                <td>v{a.version}</td>
                <td className="small">{a.gate ? `an evaluation on “${datasetName(a.gate.datasetId)}” scoring ≥ ${a.gate.minScore}` : 'none'}</td>
                <td className="small muted">
                  <When at={a.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No aliases yet: every trigger runs the latest version. Release one below.</p>
      )}
      {mayBuild && (
        <form
          className="inline-form ship-form"
          aria-label="Release a version"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen === undefined) return;
            const score = Number(gateScore);
            // '' keeps the alias's gate (or none), REMOVE_GATE takes it away, a dataset sets one.
            const gate = !mayManage || gateDataset === '' ? undefined : gateDataset === REMOVE_GATE ? null : { datasetId: gateDataset, minScore: score };
            void move(alias.trim(), chosen, gate);
          }}
        >
          <label>
            Alias
            <input value={alias} onChange={(e) => setAlias(e.target.value)} list="alias-names" required pattern="[a-z0-9][a-z0-9_-]{0,39}" />
          </label>
          <datalist id="alias-names">
            <option value="production" />
            <option value="staging" />
          </datalist>
          <VersionSelect versions={versions} value={chosen} onChange={setVersion} />
          {mayManage && (
            <>
              <label>
                Gate
                <select aria-label="Gate dataset" value={gateDataset} onChange={(e) => setGateDataset(e.target.value)}>
                  <option value="">{existing?.gate ? 'keep its gate' : 'no gate'}</option>
                  {existing?.gate && <option value={REMOVE_GATE}>remove its gate</option>}
                  {datasets.data?.datasets.map((d) => (
                    <option key={d.id} value={d.id}>
                      an evaluation on {d.name}
                    </option>
                  ))}
                </select>
              </label>
              {gateDataset && gateDataset !== REMOVE_GATE && (
                <label>
                  scoring at least
                  <input type="number" min={0} max={1} step={0.01} value={gateScore} onChange={(e) => setGateScore(e.target.value)} className="narrow-input" />
                </label>
              )}
            </>
          )}
          <Button type="submit" variant="primary" disabled={busy || chosen === undefined}>
            <Rocket size={14} aria-hidden />
            Release
          </Button>
        </form>
      )}
      <FormError message={error} />
      {releases.data && releases.data.releases.length > 0 && (
        <>
          <h3>History</h3>
          <ol className="release-history" aria-label="Release history">
            {releases.data.releases.map((r: Release, i) => (
              <li key={r.id} className="small">
                <When at={r.createdAt} /> — <strong>{r.alias}</strong>{' '}
                {r.version === undefined ? 'removed' : `${r.fromVersion !== undefined ? `v${r.fromVersion} → ` : ''}v${r.version}`}
                {r.evaluationId && <span className="muted"> (gate passed: evaluation {r.evaluationId.slice(0, 8)})</span>}
                {r.note && <span className="muted"> — {r.note}</span>}
                {mayBuild && i > 0 && r.version !== undefined && releases.data.aliases.some((a) => a.name === r.alias && a.version !== r.version) && (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy}
                    onClick={() => void move(r.alias, r.version!)}
                    aria-label={`Roll ${r.alias} back to v${r.version}`}
                  >
                    <Undo2 size={14} aria-hidden />
                    Roll back here
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
