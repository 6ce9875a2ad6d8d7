import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { WorkspacePicker } from './workspace-picker.tsx';
import { OutputView } from '../renderers/output-view.tsx';
import { useBuilder } from './builder-store.ts';
import type { Preset, RunTriggerKind } from '../api/types.ts';
import { isFinished } from './run-view.ts';
import { RunOutputs } from '../runs/run-outputs.tsx';
import { ShareRun } from '../runs/share-run.tsx';
import { TRIGGER_KINDS, triggerLabel } from '../ui/trigger-label.ts';
import { usageLabel } from '../ui/usage-label.ts';
import { FormError } from '../ui/form-error.tsx';
import { runLabel } from '../ui/run-label.ts';
import { inputNodesOf } from './run-inputs.ts';
import { When } from '../ui/when.tsx';
import { useLiveRuns } from '../runs/use-live-runs.ts';
import { durationLabel } from '../ui/duration-label.ts';
import { runBlockers } from './run-blockers.ts';
import { NodeInspector } from './node-inspector.tsx';
import { usePinnedOutputs } from './pinned-outputs-store.ts';
import { Pin } from 'lucide-react';

/** Run inputs built from the graph's Input blocks, the run button, stop, and the run's outputs. */
export function RunPanel({
  onRun,
  onRerunFrom,
  onOpenRun,
  mayRun = true,
}: {
  onRun(inputs: Record<string, unknown>): Promise<void>;
  /** Whether the person's role lets them run agents (a viewer only looks). */
  mayRun?: boolean;
  /** Re-runs the run on the canvas from a node (saving changes first). */
  onRerunFrom(nodeId: string): Promise<void>;
  onOpenRun(runId: string): void;
}) {
  const nodes = useBuilder((s) => s.nodes);
  const blocks = useBuilder((s) => s.blocks);
  const run = useBuilder((s) => s.run);
  const graphId = useBuilder((s) => s.graphId);
  const selectedId = useBuilder((s) => s.selectedNodeId);
  const selectedView = useBuilder((s) => (s.selectedNodeId ? s.run?.nodes[s.selectedNodeId] : undefined));
  const selected = selectedId ? { id: selectedId, view: selectedView } : undefined;
  const [values, setValues] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const inputNodes = inputNodesOf(nodes, blocks);
  const issues = useBuilder((s) => s.issues);
  const viewing = useBuilder((s) => s.viewing);
  const blockers = runBlockers(nodes, blocks, issues, viewing);
  const running = run !== undefined && !isFinished(run.status);
  const pinnedNodes = Object.keys(usePinnedOutputs((s) => s.byNode));

  /** The typed values as run inputs: JSON where they parse as JSON, text otherwise; empty fields are left out. */
  const typedInputs = (): Record<string, unknown> => {
    const inputs: Record<string, unknown> = {};
    for (const node of inputNodes) {
      const raw = values[node.data.inputs.name as string];
      if (raw === undefined || raw === '') continue;
      try {
        inputs[node.data.inputs.name as string] = JSON.parse(raw);
      } catch {
        inputs[node.data.inputs.name as string] = raw;
      }
    }
    return inputs;
  };

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onRun(typedInputs());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="run-panel" className="run-panel" aria-label="Run" tabIndex={-1}>
      <h2>Run</h2>
      {inputNodes.map((node) => {
        const name = node.data.inputs.name as string;
        const fallback = node.data.inputs.value;
        return (
          <div className="field" key={node.id}>
            <label htmlFor={`run-input-${name}`}>{name}</label>
            <div className="run-input">
              <input
                id={`run-input-${name}`}
                type="text"
                placeholder={fallback === undefined ? 'required' : `default: ${JSON.stringify(fallback)}`}
                value={values[name] ?? ''}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              />
              <label className="button upload" title="Upload a file as this input">
                {uploading === name ? '…' : 'File'}
                <input
                  type="file"
                  className="visually-hidden"
                  aria-label={`Upload a file for ${name}`}
                  onChange={async (e) => {
                    const file = e.target.files?.[0];
                    if (!file) return;
                    setUploading(name);
                    setError(undefined);
                    try {
                      const { file: ref } = await api.uploadFile(file);
                      setValues((current) => ({ ...current, [name]: JSON.stringify(ref) }));
                    } catch (err) {
                      setError(errorMessage(err));
                    } finally {
                      setUploading(undefined);
                    }
                  }}
                />
              </label>
              <WorkspacePicker
                label={`Pick a workspace file for ${name}`}
                onPick={(ref) => setValues((current) => ({ ...current, [name]: JSON.stringify(ref) }))}
              />
            </div>
          </div>
        );
      })}
      {graphId && (
        <Presets
          graphId={graphId}
          current={typedInputs}
          onPick={(inputs) =>
            setValues(Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)])))
          }
        />
      )}
      <div className="run-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => void start()}
          disabled={busy || running || blockers.length > 0 || !mayRun}
          title={mayRun ? undefined : 'Your role in this workspace lets you look at agents, not run them.'}
          aria-describedby={blockers.length ? 'run-blockers' : undefined}
        >
          {running ? 'Running…' : 'Run'}
        </button>
        {running && (
          <button type="button" onClick={() => void api.stopRun(run.runId)}>
            Stop
          </button>
        )}
      </div>
      {pinnedNodes.length > 0 && (
        <p className="pinned-warning small" role="status">
          <Pin size={12} aria-hidden /> Pinned, so not run here: {pinnedNodes.join(', ')}. Unpin in a node&apos;s settings to run it.
        </p>
      )}
      {blockers.length > 0 && (
        <div id="run-blockers" className="run-blockers error small" role="status">
          Run is unavailable until this is fixed: {blockers.join(' ')}
        </div>
      )}
      <FormError message={error} />
      {run && (
        <section className="run-result" aria-live="polite">
          <p>
            Run <code>{runLabel(run.runId)}</code>: <strong data-testid="run-status">{run.status}</strong>
          </p>
          {isFinished(run.status) && <ShareRun runId={run.runId} />}
          {run.usage && (
            <p className="run-usage" data-testid="run-usage">
              Model use: {usageLabel(run.usage)} in {run.usage.calls} call{run.usage.calls === 1 ? '' : 's'}
            </p>
          )}
          <FormError message={run.error} />
          {run.inputs && Object.keys(run.inputs).length > 0 && (
            <details className="run-inputs">
              <summary>Inputs of this run</summary>
              <OutputView name="inputs" value={run.inputs} />
            </details>
          )}
          {selected?.view && (
            <NodeInspector nodeId={selected.id} runId={run.runId} view={selected.view} onRerunFrom={isFinished(run.status) ? onRerunFrom : undefined} />
          )}
          <RunOutputs outputs={run.outputs} />
        </section>
      )}
      {graphId && <RunHistory graphId={graphId} current={run?.runId} onOpen={onOpenRun} />}
    </section>
  );
}

/** The graph's presets: pick one to fill the run inputs, or save the typed inputs as a new one. */
function Presets({ graphId, current, onPick }: { graphId: string; current(): Record<string, unknown>; onPick(inputs: Record<string, unknown>): void }) {
  const [presets, setPresets] = useState<Preset[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => void api.presets(graphId).then((r) => setPresets(r.presets)), [graphId]);
  const save = async () => {
    setError(undefined);
    try {
      const { preset } = await api.createPreset(graphId, name, current());
      setPresets([...presets, preset]);
      setName('');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <div className="presets">
      {presets.length > 0 && (
        <div className="field">
          <label htmlFor="run-preset">Preset</label>
          <select id="run-preset" value="" onChange={(e) => onPick(presets.find((p) => p.id === e.target.value)?.inputs ?? {})}>
            <option value="">fill the inputs from a preset…</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <form
        className="preset-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input aria-label="New preset name" placeholder="preset name" required value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="small">
          Save inputs as preset
        </button>
      </form>
      <FormError message={error} />
    </div>
  );
}

/** The graph's recent runs: status, start, duration; click one to show it on the canvas. */
function RunHistory({ graphId, current, onOpen }: { graphId: string; current: string | undefined; onOpen(runId: string): void }) {
  const [trigger, setTrigger] = useState<RunTriggerKind>();
  const runs = useLiveRuns({ graphId, ...(trigger ? { trigger } : {}) })?.runs;
  if (runs === undefined || (runs.length === 0 && trigger === undefined)) return null;
  return (
    <section className="run-history" aria-label="Run history">
      <h2>History</h2>
      <select aria-label="Show runs started by" value={trigger ?? ''} onChange={(e) => setTrigger((e.target.value || undefined) as RunTriggerKind | undefined)}>
        <option value="">all runs</option>
        {Object.entries(TRIGGER_KINDS).map(([kind, label]) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
      <ul>
        {runs.map((r) => (
          <li key={r.id} className={r.id === current ? 'current' : ''}>
            <button type="button" onClick={() => onOpen(r.id)}>
              <span className="visually-hidden">Show run {runLabel(r.id)}, </span>
              <span className={`dot status-${r.status.toLowerCase()}`} /> {r.status.toLowerCase()}
            </button>
            <span className="muted small run-when">
              <When at={r.createdAt} />
            </span>
            <span className="muted small run-detail">
              {r.endedAt && r.startedAt ? `${durationLabel(r.endedAt - r.startedAt)} · ` : ''}
              <span className="run-trigger">{triggerLabel(r.trigger)}</span>
            </span>
            <button type="button" className="small" onClick={() => void api.rerun(r.id).then(({ runId }) => onOpen(runId))}>
              Re-run
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
