import { applyTheme, nextTheme, useTheme } from './theme.ts';

/** Cycles system → dark → light. */
export function ThemeButton() {
  const theme = useTheme();
  return (
    <button type="button" aria-label={`Theme: ${theme}. Change theme`} onClick={() => applyTheme(nextTheme(theme))}>
      {theme === 'system' ? 'Theme: auto' : theme === 'dark' ? 'Theme: dark' : 'Theme: light'}
    </button>
  );
}
