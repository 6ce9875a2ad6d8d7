import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { NotificationSettings } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';

/**
 * How you are told (docs/publishing.md): always in the app (the bell); by email and a webhook too, once per agent
 * and kind per digest window; and which agents' failures you hear of.
 */
export function NotificationsSection() {
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['notifications', 'settings'], queryFn: () => api.notificationSettings() });
  const agents = useQuery(queries.graphs()).data?.graphs ?? [];
  const [draft, setDraft] = useState<NotificationSettings>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const shown = draft ?? current.data?.settings;
  if (!shown) return null;
  const set = (change: Partial<NotificationSettings>) => {
    setSaved(false);
    setDraft({ ...shown, ...change });
  };
  const save = async () => {
    setError(undefined);
    try {
      await api.saveNotificationSettings(shown);
      await client.invalidateQueries({ queryKey: ['notifications', 'settings'] });
      setDraft(undefined);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="settings-section" aria-labelledby="notifications-title">
      <h2 id="notifications-title">Notifications</h2>
      <p className="muted small">
        The bell tells you when a run acting for you fails or reaches a budget, a review waits for you, or a schedule of yours cannot start a run. Email and the
        webhook get one message per agent and kind per few minutes, with how many times.
      </p>
      <label>
        <input type="checkbox" checked={shown.email} disabled={!current.data?.emailAvailable} onChange={(e) => set({ email: e.target.checked })} /> Send them by
        mail too
        {!current.data?.emailAvailable && <span className="muted small"> (the operator has not set up mail)</span>}
      </label>
      <label htmlFor="notification-webhook">Webhook (a Slack incoming webhook, or any URL that takes JSON)</label>
      <input
        id="notification-webhook"
        type="url"
        placeholder="https://hooks.slack.com/services/…"
        value={shown.webhookUrl ?? ''}
        onChange={(e) => set({ webhookUrl: e.target.value.trim() || null })}
      />
      {agents.length > 0 && (
        <fieldset>
          <legend>Tell me when these agents fail</legend>
          {agents.map((agent) => (
            <label key={agent.id} className="inline-check">
              <input
                type="checkbox"
                checked={!shown.mutedAgents.includes(agent.id)}
                onChange={(e) => set({ mutedAgents: e.target.checked ? shown.mutedAgents.filter((id) => id !== agent.id) : [...shown.mutedAgents, agent.id] })}
              />{' '}
              {agent.name}
            </label>
          ))}
        </fieldset>
      )}
      <Button size="sm" onClick={() => void save()}>
        Save notifications
      </Button>
      {saved && (
        <p className="small" role="status">
          Saved.
        </p>
      )}
      <FormError message={error} small />
    </section>
  );
}
