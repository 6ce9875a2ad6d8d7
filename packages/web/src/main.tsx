import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './ui/tokens.css';
import './ui/styles.css';
import './ui/components/components.css';
import { applyTheme, loadTheme } from './ui/theme.ts';

applyTheme(loadTheme());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
