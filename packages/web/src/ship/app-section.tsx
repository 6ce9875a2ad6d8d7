import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, errorMessage } from '../api/client.ts';
import type { AppSettings, PublishedApp } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { AppConversations } from './app-conversations.tsx';
import { appSlugOf } from './app-slug.ts';

const ACCESS: Record<AppSettings['access'], string> = {
  members: "this workspace's members, signed in",
  link: 'anyone with the link',
  public: 'anyone',
};

const KINDS: Record<NonNullable<AppSettings['kind']>, string> = {
  form: 'a form of its inputs',
  chat: 'a chat (Input message, Output reply)',
};

type Draft = Pick<AppSettings, 'slug' | 'title' | 'description' | 'access'> & {
  kind: NonNullable<AppSettings['kind']>;
  runsPerMinute: string;
  dailyUsd: string;
  origins: string;
};

const draftOf = (app: PublishedApp | undefined, agentName: string): Draft => ({
  slug: app?.slug ?? appSlugOf(agentName),
  kind: app?.kind ?? 'form',
  title: app?.title ?? agentName,
  description: app?.description ?? '',
  access: app?.access ?? 'link',
  runsPerMinute: String(app?.runsPerMinute ?? 10),
  dailyUsd: app?.dailyBudget?.costUsd?.toString() ?? '',
  origins: app?.allowedOrigins.join(' ') ?? '',
});

/** The tag another site puts in its pages to show the app as a widget (public/widget.js). */
export const widgetTag = (app: PublishedApp, origin: string): string => {
  const key = new URL(app.path, origin).searchParams.get('key');
  return `<script src="${origin}/widget.js" data-app="${app.slug}"${key ? ` data-key="${key}"` : ''} async></script>`;
};

/**
 * The agent as an app page (docs/publishing.md): its address, title and description, who may open it, how many
 * runs a minute and what spend a day its visitors get. The page runs the released version when there is one.
 */
export function AppSection({ graphId, agentName, mayBuild }: { graphId: string; agentName: string; mayBuild: boolean }) {
  const client = useQueryClient();
  const key = ['graphs', 'app', graphId];
  const current = useQuery({
    queryKey: key,
    // Not published is an answer, not a failure.
    queryFn: () =>
      api.agentApp(graphId).then(
        ({ app }) => app,
        (e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e)),
      ),
  });
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<string>();
  const app = current.data ?? undefined;
  const shown = draft ?? draftOf(app, agentName);
  const set = (change: Partial<Draft>) => setDraft({ ...shown, ...change });

  const publish = async (newLinkKey = false) => {
    setError(undefined);
    try {
      const { app: saved } = await api.publishApp(graphId, {
        slug: shown.slug,
        kind: shown.kind,
        title: shown.title,
        description: shown.description,
        access: shown.access,
        runsPerMinute: Number(shown.runsPerMinute),
        dailyBudget: shown.dailyUsd.trim() === '' ? null : { costUsd: Number(shown.dailyUsd) },
        allowedOrigins: shown.origins.split(/[\s,]+/).filter(Boolean),
        ...(newLinkKey ? { newLinkKey } : {}),
      });
      client.setQueryData(key, saved);
      setDraft(undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const takeDown = async () => {
    setError(undefined);
    try {
      await api.unpublishApp(graphId);
      client.setQueryData(key, null);
      setDraft(undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const address = app ? new URL(app.path, location.origin).toString() : undefined;

  return (
    <section className="ship-section" aria-labelledby="app-title">
      <h2 id="app-title">App page</h2>
      <p className="muted small">
        A page with a form of this agent&apos;s inputs, a Run button and its outputs, for people without access to the editor. Its runs appear on the Runs page
        as started from an app page, and run the released version when there is one.
      </p>
      {address && (
        <p className="app-address">
          Published at{' '}
          <a href={address} target="_blank" rel="noreferrer" data-testid="app-address">
            {address}
          </a>{' '}
          <button type="button" className="small" onClick={() => void navigator.clipboard?.writeText(address)}>
            Copy
          </button>
        </p>
      )}
      <form
        className="inline-form ship-form"
        onSubmit={(e) => {
          e.preventDefault();
          void publish();
        }}
      >
        <label>
          Address /apps/
          <input value={shown.slug} disabled={!mayBuild} required onChange={(e) => set({ slug: e.target.value })} />
        </label>
        <label>
          Title
          <input value={shown.title} disabled={!mayBuild} required onChange={(e) => set({ title: e.target.value })} />
        </label>
        <Choice label="Page" value={shown.kind} options={KINDS} disabled={!mayBuild} onChange={(kind) => set({ kind })} />
        <Choice label="Open to" value={shown.access} options={ACCESS} disabled={!mayBuild} onChange={(access) => set({ access })} />
        <label>
          Runs a minute
          <input
            className="narrow-input"
            type="number"
            min={1}
            max={600}
            value={shown.runsPerMinute}
            disabled={!mayBuild}
            onChange={(e) => set({ runsPerMinute: e.target.value })}
          />
        </label>
        <label>
          Spend a day (USD)
          <input
            className="narrow-input"
            type="number"
            min={0}
            step="any"
            placeholder="no limit"
            value={shown.dailyUsd}
            disabled={!mayBuild}
            onChange={(e) => set({ dailyUsd: e.target.value })}
          />
        </label>
        <label>
          Sites that may embed it
          <input placeholder="https://shop.example" value={shown.origins} disabled={!mayBuild} onChange={(e) => set({ origins: e.target.value })} />
        </label>
        <label className="app-description-field">
          Description
          <textarea rows={2} value={shown.description} disabled={!mayBuild} onChange={(e) => set({ description: e.target.value })} />
        </label>
        {mayBuild && (
          <>
            <Button type="submit" size="sm" variant="primary">
              {app ? 'Save the app' : 'Publish as an app'}
            </Button>
            {app?.access === 'link' && (
              <Button size="sm" onClick={() => void publish(true)}>
                New link (the old one stops working)
              </Button>
            )}
            {app && (
              <Button size="sm" variant="danger" onClick={() => void takeDown()}>
                Take the page down
              </Button>
            )}
          </>
        )}
      </form>
      <FormError message={error} small />
      {app && app.allowedOrigins.length > 0 && (
        <p className="small">
          On those sites&apos; pages, this tag shows the app as a widget: <code data-testid="widget-tag">{widgetTag(app, location.origin)}</code>
        </p>
      )}
      {app?.kind === 'chat' && <AppConversations graphId={graphId} />}
    </section>
  );
}

/** A labelled select of a few named choices. */
function Choice<K extends string>({
  label,
  value,
  options,
  disabled,
  onChange,
}: {
  label: string;
  value: K;
  options: Record<K, string>;
  disabled: boolean;
  onChange(value: K): void;
}) {
  return (
    <label>
      {label}
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as K)}>
        {(Object.entries(options) as [K, string][]).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
