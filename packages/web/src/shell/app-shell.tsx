import { Outlet, useRouterState } from '@tanstack/react-router';
import { Menu as MenuIcon, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Dialog } from 'radix-ui';
import { IconButton } from '../ui/components/button.tsx';
import { SkipLink } from '../ui/components/skip-link.tsx';
import { Toaster } from '../ui/components/toaster.tsx';
import { currentPlace, isEditor } from './nav-items.ts';
import { Sidebar } from './sidebar.tsx';
import { BudgetNotice } from './budget-notice.tsx';
import './shell.css';

const COLLAPSED_KEY = 'blocksmith.sidebarCollapsed';

/**
 * The frame of every signed-in page: a skip link, the sidebar (icons only while editing an agent, which
 * needs the width; a drawer on phones), the page, and the toasts.
 */
export function AppShell() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const current = currentPlace(pathname);
  const editing = isEditor(pathname);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === 'true');
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [pathname]);
  const toggle = () => {
    localStorage.setItem(COLLAPSED_KEY, String(!collapsed));
    setCollapsed(!collapsed);
  };
  return (
    <div className={editing ? 'shell editing' : 'shell'}>
      <SkipLink to="main">Skip to content</SkipLink>
      <div className="shell-sidebar">
        <Sidebar current={current} collapsed={collapsed || editing} onToggle={editing ? undefined : toggle} />
      </div>
      <header className="shell-topbar">
        <Dialog.Root open={drawer} onOpenChange={setDrawer}>
          <Dialog.Trigger asChild>
            <IconButton label="Open navigation" icon={<MenuIcon size={20} />} />
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="dialog-overlay" />
            <Dialog.Content className="drawer" aria-describedby={undefined}>
              <Dialog.Title className="visually-hidden">Navigation</Dialog.Title>
              <Dialog.Close asChild>
                <IconButton className="drawer-close" label="Close navigation" icon={<X size={20} />} />
              </Dialog.Close>
              <Sidebar current={current} collapsed={false} />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
        <span className="brand">Blocksmith</span>
      </header>
      <div id="main" className="shell-main" tabIndex={-1}>
        <BudgetNotice />
        <Outlet />
      </div>
      <Toaster />
    </div>
  );
}
