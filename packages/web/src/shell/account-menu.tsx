import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { LogOut, Settings, UserRound } from 'lucide-react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { Button } from '../ui/components/button.tsx';
import { Menu, MenuItem, MenuRadioGroup, MenuSeparator } from '../ui/components/menu.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { applyTheme, useTheme, type Theme } from '../ui/theme.ts';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Who is signed in, with the theme, the way to Settings and signing out. */
export function AccountMenu({ compact }: { compact: boolean }) {
  const client = useQueryClient();
  const email = useQuery(queries.auth()).data?.user?.email ?? '';
  const theme = useTheme();
  const signOut = () =>
    api.logout().then(
      // Nothing of this account stays cached for whoever signs in next.
      () => (client.clear(), void client.invalidateQueries({ queryKey: ['auth'] })),
      (e: unknown) => notify.failed(errorMessage(e)),
    );
  return (
    <Menu
      label="Account"
      align="start"
      trigger={
        <Button variant="ghost" className="account-button" aria-label={`Account: ${email}`} title={compact ? email : undefined}>
          <UserRound size={18} aria-hidden />
          {!compact && <span className="account-email">{email}</span>}
        </Button>
      }
    >
      <MenuRadioGroup label="Theme" value={theme} onChange={applyTheme} options={THEMES} />
      <MenuSeparator />
      <MenuItem asChild>
        <Link to="/settings">
          <Settings size={16} aria-hidden />
          Settings
        </Link>
      </MenuItem>
      <MenuItem icon={<LogOut size={16} aria-hidden />} onSelect={() => void signOut()}>
        Sign out
      </MenuItem>
    </Menu>
  );
}
