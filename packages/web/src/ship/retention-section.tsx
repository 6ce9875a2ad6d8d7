import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { AgentRetention } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

const FIELDS = [
  ['maxAgeDays', 'Ended runs: days kept'],
  ['failedMaxAgeDays', 'Failed runs: days kept'],
  ['maxRuns', 'Newest runs kept'],
] as const;

type Fields = Record<(typeof FIELDS)[number][0], string>;

const fieldsOf = (retention: AgentRetention | undefined): Fields =>
  Object.fromEntries(FIELDS.map(([key]) => [key, retention?.[key]?.toString() ?? ''])) as Fields;

/**
 * How long this agent's ended runs are kept, and how many (docs/operations.md): empty is the server's setting,
 * 0 keeps them forever.
 */
export function RetentionSection({ graphId, current, mayBuild }: { graphId: string; current: AgentRetention | undefined; mayBuild: boolean }) {
  const client = useQueryClient();
  const [fields, setFields] = useState<Fields>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const shown = fields ?? fieldsOf(current);
  const save = async () => {
    setError(undefined);
    setSaved(false);
    const retention = Object.fromEntries(FIELDS.filter(([key]) => shown[key].trim() !== '').map(([key]) => [key, Number(shown[key])])) as AgentRetention;
    try {
      await api.setRetention(graphId, Object.keys(retention).length > 0 ? retention : null);
      await client.invalidateQueries({ queryKey: ['graphs', 'detail', graphId] });
      setFields(undefined);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="ship-section" aria-labelledby="retention-title">
      <h2 id="retention-title">Keep runs</h2>
      <p className="muted small">
        Ended runs are deleted with their node runs after the server&apos;s number of days (14, failed 28, unless the operator set others). Empty: the
        server&apos;s setting; 0: kept forever, or no limit.
      </p>
      <div className="retention-fields">
        {FIELDS.map(([key, label]) => (
          <label key={key}>
            {label}{' '}
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={shown[key]}
              disabled={!mayBuild}
              onChange={(e) => setFields({ ...shown, [key]: e.target.value })}
            />
          </label>
        ))}
        {mayBuild && (
          <Button size="sm" onClick={() => void save()}>
            Save retention
          </Button>
        )}
      </div>
      {saved && (
        <p className="small" role="status">
          Saved: the next sweep (within a minute) applies it.
        </p>
      )}
      <FormError message={error} small />
    </section>
  );
}
