import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { readAgain } from '../api/read-again.ts';
import type { AppPage as AppPageInfo, AppRun } from '../api/types.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { RunOutputs } from '../runs/run-outputs.tsx';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { AppFormFields } from './app-form-fields.tsx';
import { ChatApp } from './chat-app.tsx';
import { formInputs, initialText, type FormState } from './app-form.ts';
import './app-page.css';

/** A run that goes on is read again this often, so its progress and outputs show as they come. */
const RUN_REFRESH_MS = 700;

const ended = (run: AppRun | undefined) => run?.endedAt !== undefined;

/**
 * An agent published as a page (`/apps/<slug>`, docs/publishing.md), for anyone it is open to, signed in or
 * not: its title and description, then its form or its chat. It shows nothing else of the platform and calls
 * only the app's routes.
 */
export function AppPage({ slug, appKey, embedded = false }: { slug: string; appKey: string | undefined; embedded?: boolean }) {
  const page = useQuery({ queryKey: ['app', slug, appKey], queryFn: () => api.appPage(slug, appKey), retry: false });
  const app = page.data?.app;
  if (page.error) {
    return (
      <main className="app-page">
        <p className="error" role="alert">
          {errorMessage(page.error)}
        </p>
      </main>
    );
  }
  if (!app) return <main className="app-page muted">Loading…</main>;
  return (
    <main className={embedded ? 'app-page embedded' : 'app-page'}>
      <header>
        <h1>{app.title}</h1>
        {app.description && <p className="app-description">{app.description}</p>}
      </header>
      {app.kind === 'chat' ? <ChatApp slug={slug} appKey={appKey} app={app} /> : <FormApp slug={slug} appKey={appKey} app={app} />}
    </main>
  );
}

/** A form app: a field per input of the agent, Run, the run's progress and outputs, and the visitor's own runs. */
function FormApp({ slug, appKey, app }: { slug: string; appKey: string | undefined; app: AppPageInfo }) {
  const client = useQueryClient();
  const history = useQuery({ queryKey: ['app', slug, appKey, 'runs'], queryFn: () => api.appRuns(slug, appKey) });
  const [chosen, setChosen] = useState<string>();
  const shownId = chosen ?? history.data?.runs[0]?.id;
  const shown = useQuery({
    queryKey: ['app', slug, appKey, 'run', shownId],
    queryFn: async () => {
      const { run } = await api.appRun(slug, shownId!, appKey);
      if (ended(run)) void client.invalidateQueries({ queryKey: ['app', slug, appKey, 'runs'] });
      return run;
    },
    enabled: shownId !== undefined,
    refetchInterval: (query) => (query.state.data && !ended(query.state.data) ? RUN_REFRESH_MS : false),
  });
  const [state, setState] = useState<FormState>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const form = state ?? { texts: Object.fromEntries(app.fields.map((f) => [f.name, initialText(f)])), files: {} };

  const run = async () => {
    setProblem(undefined);
    const read = formInputs(app.fields, form);
    if ('problem' in read) return setProblem(read.problem);
    setBusy(true);
    try {
      const { run: started } = await api.startAppRun(slug, read.inputs, appKey);
      client.setQueryData(['app', slug, appKey, 'run', started.id], started);
      setChosen(started.id);
      await readAgain(client, ['app', slug, appKey, 'runs']);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="app-form"
        aria-label={app.title}
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <AppFormFields slug={slug} appKey={appKey} fields={app.fields} state={form} onChange={setState} onProblem={setProblem} />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Starting…' : 'Run'}
        </Button>
        <FormError message={problem} />
      </form>
      {shown.data && <RunResult run={shown.data} />}
      <RunHistory runs={history.data?.runs ?? []} shownId={shownId} onShow={setChosen} />
    </>
  );
}

function RunResult({ run }: { run: AppRun }) {
  return (
    <section className="app-result" aria-labelledby="app-result-title" aria-busy={!ended(run)}>
      <h2 id="app-result-title">Result</h2>
      <p>
        <strong data-testid="app-run-status">{run.status}</strong>
        {run.progress && (
          <>
            {' '}
            <progress max={run.progress.total} value={run.progress.done} aria-label="Steps done" />{' '}
            <span className="muted small">
              {run.progress.done} of {run.progress.total} steps
            </span>
          </>
        )}
      </p>
      {run.error && (
        <p className="error" role="alert">
          {run.error}
        </p>
      )}
      <RunOutputs outputs={run.outputs} />
      {Object.keys(run.inputs).length > 0 && (
        <details>
          <summary>Inputs</summary>
          <OutputView name="inputs" value={run.inputs} />
        </details>
      )}
    </section>
  );
}

function RunHistory({ runs, shownId, onShow }: { runs: AppRun[]; shownId: string | undefined; onShow(id: string): void }) {
  if (runs.length === 0) return null;
  return (
    <section className="app-history" aria-labelledby="app-history-title">
      <h2 id="app-history-title">Your runs</h2>
      <ul>
        {runs.map((run) => (
          <li key={run.id}>
            <button type="button" className="app-link-button" aria-current={run.id === shownId} onClick={() => onShow(run.id)}>
              {new Date(run.createdAt).toLocaleString()}
            </button>{' '}
            <span className="muted small">{run.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
