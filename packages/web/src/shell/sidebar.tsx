import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { queries } from '../api/queries.ts';
import { IconButton } from '../ui/components/button.tsx';
import { AccountMenu } from './account-menu.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { NAV_ITEMS, type NavTo } from './nav-items.ts';
import { WorkspaceSwitcher } from './workspace-switcher.tsx';

type SidebarProps = {
  current: NavTo | undefined;
  /** Icons only; each place keeps its name for screen readers and as a tooltip. */
  collapsed: boolean;
  /** Absent in the phone drawer, which closes instead. */
  onToggle?: () => void;
};

/** The app's navigation: every place, the waiting reviews' count, the notifications, and the account menu with the theme. */
export function Sidebar({ current, collapsed, onToggle }: SidebarProps) {
  const waiting = useQuery(queries.pendingReviews()).data?.reviews.length ?? 0;
  return (
    <nav className={collapsed ? 'sidebar collapsed' : 'sidebar'} aria-label="Main">
      <div className="sidebar-head">
        <span className="brand" aria-hidden={collapsed}>
          {collapsed ? 'B' : 'Blocksmith'}
        </span>
        {onToggle && (
          <IconButton
            label={collapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
            icon={collapsed ? <PanelLeftOpen size={18} /> : <PanelLeftClose size={18} />}
            onClick={onToggle}
            aria-expanded={!collapsed}
          />
        )}
      </div>
      {!collapsed && <WorkspaceSwitcher />}
      <ul className="nav-list">
        {NAV_ITEMS.map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <Link
              to={to}
              className="nav-link"
              aria-current={current === to ? 'page' : undefined}
              title={collapsed ? label : undefined}
              {...(to === '/reviews' ? { 'data-testid': 'reviews-link' } : {})}
            >
              <Icon size={18} aria-hidden />
              <span className={collapsed ? 'visually-hidden' : 'nav-label'}>{label}</span>
              {to === '/reviews' && waiting > 0 && (
                <span className="count-badge" aria-label={`${waiting} waiting`}>
                  {waiting}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      <NotificationBell compact={collapsed} />
      <AccountMenu compact={collapsed} />
    </nav>
  );
}
