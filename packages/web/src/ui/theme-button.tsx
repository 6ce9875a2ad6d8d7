import { useState } from 'react';
import { applyTheme, loadTheme, nextTheme } from './theme.ts';

/** Cycles system → dark → light. */
export function ThemeButton() {
  const [theme, setTheme] = useState(loadTheme);
  return (
    <button
      type="button"
      aria-label={`Theme: ${theme}. Change theme`}
      onClick={() => {
        const next = nextTheme(theme);
        applyTheme(next);
        setTheme(next);
      }}
    >
      {theme === 'system' ? 'Theme: auto' : theme === 'dark' ? 'Theme: dark' : 'Theme: light'}
    </button>
  );
}
