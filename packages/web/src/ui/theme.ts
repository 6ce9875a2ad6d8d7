import { useSyncExternalStore } from 'react';

export type Theme = 'system' | 'light' | 'dark';

const KEY = 'blocksmith.theme';
const listeners = new Set<() => void>();

/** The chosen theme, remembered in this browser; 'system' follows the OS setting. */
export function loadTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** Sets the page's colour scheme (the stylesheet follows `data-theme`) and tells every component that shows the theme. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  localStorage.setItem(KEY, theme);
  for (const listener of listeners) listener();
}

/** The current theme, re-rendering when it changes (the canvas passes it on to React Flow's own colours). */
export function useTheme(): Theme {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, loadTheme);
}

export const nextTheme = (theme: Theme): Theme => (theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system');
