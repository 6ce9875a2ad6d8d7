import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { mayDo } from '@blocksmith/server/grants';
import { useCurrentWorkspace } from '../api/use-current-workspace.ts';
import { FormError } from '../ui/form-error.tsx';
import { relativeTime } from '../ui/relative-time.ts';

/** The workspace's audit log, for its admins: who did what, when, from where; filtered, and exported as JSON lines. */
export function AuditSection() {
  const workspace = useCurrentWorkspace().current;
  const [action, setAction] = useState('');
  const manages = workspace !== undefined && mayDo(workspace.role, 'manage');
  const events = useQuery({
    queryKey: ['audit', workspace?.id, action],
    queryFn: () => api.auditEvents(workspace!.id, action.trim() || undefined),
    enabled: workspace !== undefined && manages,
  });
  if (!workspace || !manages) return null;
  const exportUrl = `/api/workspaces/${workspace.id}/audit/export${action.trim() ? `?action=${encodeURIComponent(action.trim())}` : ''}`;
  return (
    <section className="settings-section" aria-label="Audit log">
      <h2>Audit log</h2>
      <p className="muted">Every change made in {workspace.personal ? 'your personal workspace, and your sign-ins' : workspace.name}: kept, never edited.</p>
      <div className="inline-form">
        <label htmlFor="audit-action">Action</label>
        <input id="audit-action" value={action} onChange={(e) => setAction(e.target.value)} placeholder="e.g. changeMemberRole" />
        <a className="btn btn-secondary" href={exportUrl} download>
          Export JSON lines
        </a>
      </div>
      {events.error && <FormError message={errorMessage(events.error)} />}
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">On</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {(events.data?.events ?? []).map((event) => (
            <tr key={event.id}>
              <td title={new Date(event.at).toLocaleString()}>{relativeTime(event.at)}</td>
              <td>
                {event.actor.email}
                {event.actor.via === 'api_key' ? ' (API key)' : ''}
              </td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>{event.target ?? ''}</td>
              <td>{event.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
