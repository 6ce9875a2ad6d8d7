import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { NewSchedule, Preset, ShownSchedule, Webhook } from '../api/types.ts';
import { FormError } from '../ui/form-error.tsx';
import { FailedFireNote } from '../ui/failed-fire-note.tsx';
import { useBuilder } from './builder-store.ts';
import { MessageTriggersSection } from './message-triggers-section.tsx';
import { curlLine, exampleInputs, inputNodesOf } from './run-inputs.ts';

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What starts the agent without anyone pressing Run: its schedules, its webhooks and its message triggers. */
export function TriggersPanel({ graphId, onClose }: { graphId: string; onClose(): void }) {
  return (
    <section className="triggers-panel" aria-label="Triggers">
      <header>
        <h2>Triggers</h2>
        <button type="button" aria-label="Close triggers" onClick={onClose}>
          ×
        </button>
      </header>
      <Schedules graphId={graphId} />
      <Webhooks graphId={graphId} />
      <MessageTriggersSection graphId={graphId} />
    </section>
  );
}

function Schedules({ graphId }: { graphId: string }) {
  const [schedules, setSchedules] = useState<ShownSchedule[]>([]);
  const [presets, setPresets] = useState<Preset[]>([]);
  const [draft, setDraft] = useState<NewSchedule>({ cron: '0 9 * * 1-5', timezone: localZone, catchUp: 'skip', overlap: 'allow' });
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => void api.schedules(graphId).then((r) => setSchedules(r.schedules)), [graphId]);
  useEffect(() => {
    refresh();
    void api.presets(graphId).then((r) => setPresets(r.presets));
  }, [graphId, refresh]);

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const field = <K extends keyof NewSchedule>(key: K, value: NewSchedule[K]) => setDraft({ ...draft, [key]: value });

  return (
    <div className="trigger-group">
      <h3>Schedules</h3>
      <ul className="trigger-list">
        {schedules.map(({ schedule, nextRuns, lastFire }) => (
          <li key={schedule.id} data-testid={`schedule-${schedule.name}`}>
            <div>
              <strong>{schedule.name}</strong> <code>{schedule.cron}</code> <span className="muted small">{schedule.timezone}</span>
            </div>
            <div className="small">
              {nextRuns.length ? (
                <>
                  Next (your time):{' '}
                  {nextRuns.slice(0, 3).map((time) => (
                    <time key={time} dateTime={time} className="next-run">
                      {new Date(time).toLocaleString()}
                    </time>
                  ))}
                </>
              ) : (
                <span className="muted">paused</span>
              )}
            </div>
            <FailedFireNote lastFire={lastFire} />
            <label className="field-inline small">
              <input
                type="checkbox"
                checked={schedule.enabled}
                onChange={(e) => {
                  const enabled = e.target.checked;
                  // Shown at once; the refresh after the change brings the new fire times.
                  setSchedules(schedules.map((s) => (s.schedule.id === schedule.id ? { ...s, schedule: { ...s.schedule, enabled } } : s)));
                  void act(() => api.updateSchedule(schedule.id, { enabled }));
                }}
              />
              enabled
            </label>
            <button
              type="button"
              className="small"
              aria-label={`Delete schedule ${schedule.name}`}
              onClick={() => void act(() => api.deleteSchedule(schedule.id))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form
        className="trigger-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => api.createSchedule(graphId, draft));
        }}
      >
        <div className="field">
          <label htmlFor="schedule-cron" title="5 fields: minute hour day-of-month month day-of-week (or 6 with seconds first)">
            Cron
          </label>
          <input id="schedule-cron" className="mono" value={draft.cron} onChange={(e) => field('cron', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="schedule-timezone">Time zone</label>
          <input id="schedule-timezone" value={draft.timezone} onChange={(e) => field('timezone', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="schedule-name">Name</label>
          <input id="schedule-name" placeholder="the cron expression" value={draft.name ?? ''} onChange={(e) => field('name', e.target.value || undefined)} />
        </div>
        <div className="field">
          <label htmlFor="schedule-preset">Run with</label>
          <select id="schedule-preset" value={draft.presetId ?? ''} onChange={(e) => field('presetId', e.target.value || undefined)}>
            <option value="">the Input blocks' defaults</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                preset {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="schedule-catch-up">Fire times missed while down</label>
          <select id="schedule-catch-up" value={draft.catchUp} onChange={(e) => field('catchUp', e.target.value as NewSchedule['catchUp'])}>
            <option value="skip">skip them</option>
            <option value="latest">run the latest once</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="schedule-overlap">While the last run still goes</label>
          <select id="schedule-overlap" value={draft.overlap} onChange={(e) => field('overlap', e.target.value as NewSchedule['overlap'])}>
            <option value="allow">start another</option>
            <option value="skip">skip this fire</option>
          </select>
        </div>
        <button type="submit" className="primary">
          Add schedule
        </button>
      </form>
      <FormError message={error} />
    </div>
  );
}

type SignatureScheme = NonNullable<Webhook['signatureScheme']>;

/** How the list names who signs a webhook's calls; GitHub's scheme is the plain one. */
const SIGNED_BY: Record<SignatureScheme, string> = { github: '', slack: ' by Slack', stripe: ' by Stripe' };

function Webhooks({ graphId }: { graphId: string }) {
  const [webhooks, setWebhooks] = useState<Webhook[]>([]);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [scheme, setScheme] = useState<SignatureScheme>('github');
  const [passRequest, setPassRequest] = useState(false);
  const [headers, setHeaders] = useState('');
  const [created, setCreated] = useState<{ url: string; copied: boolean; body: Record<string, unknown> }>();
  const [error, setError] = useState<string>();
  const nodes = useBuilder((s) => s.nodes);
  const blocks = useBuilder((s) => s.blocks);
  const refresh = useCallback(() => void api.webhooks(graphId).then((r) => setWebhooks(r.webhooks)), [graphId]);
  useEffect(refresh, [refresh]);

  const create = async () => {
    setError(undefined);
    try {
      const { url } = await api.createWebhook(graphId, {
        name: name || 'webhook',
        ...(secret ? { signature: { secret, scheme } } : {}),
        ...(passRequest ? { request: { headers: headers.split(/[\s,]+/).filter(Boolean) } } : {}),
      });
      // A webhook that passes the request on takes any body; otherwise the body's keys are the agent's inputs.
      setCreated({ url, copied: false, body: passRequest ? {} : exampleInputs(inputNodesOf(nodes, blocks)) });
      setName('');
      setSecret('');
      refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="trigger-group">
      <h3>Webhooks</h3>
      <ul className="trigger-list">
        {webhooks.map((hook) => (
          <li key={hook.id}>
            <strong>{hook.name}</strong> <span className="muted small">created {new Date(hook.createdAt).toLocaleString()}</span>
            {(hook.signatureHeader || hook.request) && (
              <span className="muted small">
                {[
                  hook.signatureHeader && `signed${hook.signatureScheme ? SIGNED_BY[hook.signatureScheme] : ''} (${hook.signatureHeader})`,
                  hook.request && 'passes the whole request',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
            <button type="button" className="small" aria-label={`Delete webhook ${hook.name}`} onClick={() => void api.deleteWebhook(hook.id).then(refresh)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      {created && (
        <div className="webhook-created" role="status">
          <p>Copy this URL now: it holds the webhook's secret and is not shown again.</p>
          <code data-testid="webhook-url">{created.url}</code>
          <button type="button" onClick={() => void navigator.clipboard.writeText(created.url).then(() => setCreated({ ...created, copied: true }))}>
            {created.copied ? 'Copied' : 'Copy URL'}
          </button>
          <pre data-testid="webhook-curl">{curlLine(`${created.url}?wait=true`, created.body)}</pre>
        </div>
      )}
      <form
        className="trigger-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="field">
          <label htmlFor="webhook-name">Webhook name</label>
          <input id="webhook-name" placeholder="webhook" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="webhook-secret" title="Calls must carry X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body with this secret>, as GitHub sends">
            Signing secret (optional, 16+ characters)
          </label>
          <input id="webhook-secret" type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
        </div>
        {secret && (
          <div className="field">
            <label htmlFor="webhook-scheme">Signed as</label>
            <select id="webhook-scheme" value={scheme} onChange={(e) => setScheme(e.target.value as SignatureScheme)}>
              <option value="github">GitHub (X-Hub-Signature-256)</option>
              <option value="slack">Slack Events API (X-Slack-Signature; answers URL verification)</option>
              <option value="stripe">Stripe events (Stripe-Signature; the endpoint’s whsec_ secret)</option>
            </select>
          </div>
        )}
        <label className="field-inline small">
          <input type="checkbox" checked={passRequest} onChange={(e) => setPassRequest(e.target.checked)} />
          give the graph the whole request as its <code>request</code> input
        </label>
        {passRequest && (
          <div className="field">
            <label htmlFor="webhook-headers">Headers to pass (e.g. X-GitHub-Event)</label>
            <input id="webhook-headers" value={headers} onChange={(e) => setHeaders(e.target.value)} />
          </div>
        )}
        <button type="submit">Create webhook</button>
      </form>
      <FormError message={error} />
    </div>
  );
}
