import { useQuery } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { Dataset, Evaluator } from '../api/types.ts';
import { Button, IconButton } from '../ui/components/button.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { AgentOptions } from '../ui/agent-options.tsx';
import { FormError } from '../ui/form-error.tsx';
import { EVALUATOR_KINDS, newEvaluator, withKind, type EvaluatorKind } from './evaluator-form.ts';

/** The credential kinds a model judge can use. */
const MODEL_KINDS = new Set(['openai', 'anthropic', 'ollama', 'openai_compatible']);

/** The settings of one evaluator beyond its kind and output. */
function EvaluatorSettings({ evaluator, change, index }: { evaluator: Evaluator; change(next: Evaluator): void; index: number }) {
  const credentials = useQuery({ queryKey: ['credentials'], queryFn: api.credentials, enabled: evaluator.kind === 'judge' });
  const [schema, setSchema] = useState(evaluator.kind === 'json_schema' && evaluator.schema ? JSON.stringify(evaluator.schema) : '');
  const name = (what: string) => `Evaluator ${index + 1}: ${what}`;
  switch (evaluator.kind) {
    case 'exact':
    case 'contains':
    case 'regex':
      return (
        <>
          {evaluator.kind === 'regex' && (
            <label>
              pattern
              <input
                aria-label={name('pattern')}
                placeholder="the expected value"
                value={evaluator.pattern ?? ''}
                onChange={(e) => change({ ...evaluator, ...(e.target.value ? { pattern: e.target.value } : { pattern: undefined }) })}
              />
            </label>
          )}
          {evaluator.kind === 'exact' && (
            <label>
              <input type="checkbox" checked={evaluator.trim ?? false} onChange={(e) => change({ ...evaluator, trim: e.target.checked })} /> trim
            </label>
          )}
          <label>
            <input type="checkbox" checked={evaluator.ignoreCase ?? false} onChange={(e) => change({ ...evaluator, ignoreCase: e.target.checked })} /> ignore
            case
          </label>
        </>
      );
    case 'number':
      return (
        <>
          <label>
            tolerance
            <input
              type="number"
              min={0}
              step="any"
              className="narrow-input"
              aria-label={name('tolerance')}
              value={evaluator.tolerance}
              onChange={(e) => change({ ...evaluator, tolerance: Number(e.target.value) })}
            />
          </label>
          <label>
            <input type="checkbox" checked={evaluator.relative ?? false} onChange={(e) => change({ ...evaluator, relative: e.target.checked })} /> relative
          </label>
        </>
      );
    case 'json_schema':
      return (
        <label>
          schema
          <input
            aria-label={name('JSON Schema')}
            placeholder="the expected value is the schema"
            value={schema}
            onChange={(e) => {
              setSchema(e.target.value);
              try {
                change({ ...evaluator, schema: e.target.value.trim() ? (JSON.parse(e.target.value) as Record<string, unknown>) : undefined });
              } catch {
                // Kept as typed until it is JSON.
              }
            }}
          />
        </label>
      );
    case 'judge':
      return (
        <>
          <label className="wide-field">
            rubric
            <textarea aria-label={name('rubric')} rows={2} value={evaluator.rubric} onChange={(e) => change({ ...evaluator, rubric: e.target.value })} />
          </label>
          <label>
            model
            <input
              aria-label={name('model')}
              value={evaluator.model}
              onChange={(e) => change({ ...evaluator, model: e.target.value })}
              className="narrow-input"
            />
          </label>
          <label>
            credential
            <select
              aria-label={name('credential')}
              value={evaluator.credential ?? ''}
              onChange={(e) => change({ ...evaluator, credential: e.target.value || undefined })}
            >
              <option value="">the only model credential</option>
              {credentials.data?.credentials
                .filter((c) => MODEL_KINDS.has(c.kind))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </label>
        </>
      );
    case 'agent':
      return (
        <label>
          evaluator agent
          <select aria-label={name('evaluator agent')} value={evaluator.graphId} onChange={(e) => change({ ...evaluator, graphId: e.target.value })}>
            <option value="">choose an agent…</option>
            <AgentOptions />
          </select>
        </label>
      );
    default:
      return null;
  }
}

/** A dataset's evaluators (how each output is scored) and threshold, saved together. */
export function EvaluatorsEditor({
  dataset,
  outputs,
  onSaved,
  mayBuild,
}: {
  dataset: Dataset;
  outputs: string[];
  onSaved(dataset: Dataset): void;
  mayBuild: boolean;
}) {
  const [evaluators, setEvaluators] = useState<Evaluator[]>(dataset.evaluators);
  const [threshold, setThreshold] = useState(String(dataset.threshold));
  const [error, setError] = useState<string>();
  const change = (index: number, next: Evaluator) => setEvaluators(evaluators.map((e, i) => (i === index ? next : e)));
  const save = async () => {
    setError(undefined);
    try {
      const { dataset: changed } = await api.changeDataset(dataset.id, { evaluators, threshold: Number(threshold) });
      onSaved(changed);
      notify.done(`Saved the evaluators of “${changed.name}”.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <form
      className="evaluators-form"
      aria-label="Evaluators"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset disabled={!mayBuild}>
        {evaluators.length === 0 && <p className="muted small">No evaluators: a case passes when its run completes.</p>}
        {evaluators.map((evaluator, index) => (
          <div key={index} className="evaluator-row" data-testid={`evaluator-${index + 1}`}>
            <label>
              output
              <input
                aria-label={`Evaluator ${index + 1}: output`}
                list="dataset-outputs"
                value={evaluator.output}
                onChange={(e) => change(index, { ...evaluator, output: e.target.value })}
                required
                className="narrow-input"
              />
            </label>
            <label>
              scores 1 when it
              <select
                aria-label={`Evaluator ${index + 1}: kind`}
                value={evaluator.kind}
                onChange={(e) => change(index, withKind(evaluator, e.target.value as EvaluatorKind))}
              >
                {EVALUATOR_KINDS.map(({ kind, label }) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <EvaluatorSettings key={`${index}-${evaluator.kind}`} evaluator={evaluator} index={index} change={(next) => change(index, next)} />
            <IconButton
              label={`Remove evaluator ${index + 1}`}
              icon={<Trash2 size={14} />}
              onClick={() => setEvaluators(evaluators.filter((_, i) => i !== index))}
            />
          </div>
        ))}
        <datalist id="dataset-outputs">
          {outputs.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <div className="inline-form">
          <Button onClick={() => setEvaluators([...evaluators, newEvaluator('exact', outputs[0] ?? '')])}>
            <Plus size={14} aria-hidden />
            Add evaluator
          </Button>
          <label>
            A case passes at a score of
            <input type="number" min={0} max={1} step={0.01} className="narrow-input" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
          </label>
          <Button type="submit" variant="primary">
            Save evaluators
          </Button>
        </div>
      </fieldset>
      <FormError message={error} />
    </form>
  );
}
