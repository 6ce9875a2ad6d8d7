export type Theme = 'system' | 'light' | 'dark';

const KEY = 'blocksmith.theme';

/** The chosen theme, remembered in this browser; 'system' follows the OS setting. */
export function loadTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  localStorage.setItem(KEY, theme);
}

export const nextTheme = (theme: Theme): Theme => (theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system');
