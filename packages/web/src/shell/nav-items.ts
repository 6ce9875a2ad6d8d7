import { BookOpen, Bot, FlaskConical, FolderOpen, Home, Inbox, ListChecks, MessageSquare, Settings, Table2, type LucideIcon } from 'lucide-react';

export type NavTo = '/' | '/agents' | '/runs' | '/datasets' | '/tables' | '/knowledge' | '/copilot' | '/files' | '/reviews' | '/settings';

/** The shell's places, in the order of the sidebar. `exact`: only its own address marks it current (Home would match everything). */
export const NAV_ITEMS: { to: NavTo; label: string; icon: LucideIcon; exact?: boolean }[] = [
  { to: '/', label: 'Home', icon: Home, exact: true },
  { to: '/agents', label: 'Agents', icon: Bot },
  { to: '/runs', label: 'Runs', icon: ListChecks },
  { to: '/datasets', label: 'Datasets', icon: FlaskConical },
  { to: '/tables', label: 'Tables', icon: Table2 },
  { to: '/knowledge', label: 'Knowledge', icon: BookOpen },
  { to: '/copilot', label: 'Copilot', icon: MessageSquare },
  { to: '/files', label: 'Files', icon: FolderOpen },
  { to: '/reviews', label: 'Reviews', icon: Inbox },
  { to: '/settings', label: 'Settings', icon: Settings },
];

/** Whether the page is an agent's editor, which needs the width (its sidebar shows icons only); its Ship page is not. */
export const isEditor = (pathname: string): boolean => pathname.startsWith('/graphs/') && !pathname.endsWith('/ship');

/** Which sidebar place a page belongs to: an agent's editor is under Agents. */
export function currentPlace(pathname: string): NavTo | undefined {
  if (pathname.startsWith('/graphs/')) return '/agents';
  // An evaluation is of a dataset's cases.
  if (pathname.startsWith('/evaluations/')) return '/datasets';
  const match = NAV_ITEMS.find((item) => (item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`)));
  return match?.to;
}
