import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import { Popover } from 'radix-ui';
import { api } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { Notification } from '../api/types.ts';
import { Button } from '../ui/components/button.tsx';
import { relativeTime } from '../ui/relative-time.ts';

/**
 * The notification centre (docs/publishing.md): a bell with the unread count; open, the latest notifications —
 * a run failed, a review waits, a schedule's fire failed, a budget was reached — each a link to where to look.
 */
export function NotificationBell({ compact }: { compact: boolean }) {
  const client = useQueryClient();
  const { data } = useQuery(queries.notifications());
  const unread = data?.unread ?? 0;
  const read = async (ids?: string[]) => {
    await api.markNotificationsRead(ids);
    await client.invalidateQueries({ queryKey: ['notifications'] });
  };
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button variant="ghost" className="notification-button" title={compact ? 'Notifications' : undefined}>
          <Bell size={18} aria-hidden />
          <span className={compact ? 'visually-hidden' : 'nav-label'}>Notifications</span>
          {unread > 0 && (
            <span className="count-badge" data-testid="unread-notifications" aria-label={`${unread} unread`}>
              {unread}
            </span>
          )}
        </Button>
      </Popover.Trigger>
      <Popover.Content className="notification-panel" side="right" align="end" sideOffset={8} aria-label="Notifications">
        <div className="notification-head">
          <strong>Notifications</strong>
          {unread > 0 && (
            <Button size="sm" variant="ghost" onClick={() => void read()}>
              Mark all read
            </Button>
          )}
        </div>
        {(data?.notifications ?? []).length === 0 ? (
          <p className="muted small">Nothing yet: failed runs, reviews that wait for you and budgets reached show here.</p>
        ) : (
          <ul className="notification-list">
            {data!.notifications.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={() => void read([n.id])} />
            ))}
          </ul>
        )}
        <p className="muted small">
          Email and a Slack or other webhook: <a href="/#/settings">Settings → Notifications</a>.
        </p>
      </Popover.Content>
    </Popover.Root>
  );
}

function NotificationItem({ notification: n, onOpen }: { notification: Notification; onOpen(): void }) {
  return (
    <li className={n.readAt === null ? 'notification unread' : 'notification'} data-testid="notification">
      <a href={n.link} onClick={onOpen}>
        <span className="notification-title">
          {n.title}
          {n.count > 1 && <span className="muted"> · {n.count} times</span>}
        </span>
        <span className="notification-body small">{n.body}</span>
        <span className="muted small">{relativeTime(n.updatedAt)}</span>
      </a>
    </li>
  );
}
