import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the design system first: every feature's stylesheet is loaded after it and builds on it
import './app/global.css';
import { App } from './app/App';
import { applyTheme } from './app/theme';
import { preferredLocale } from './i18n/detect';
import { activateLocale } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
applyTheme(document.documentElement);
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// the reader's language (picked before, else the browser's) before the first screen, so no
// screen flashes in English; a catalogue that fails to load leaves English, never a blank page
void activateLocale(preferredLocale(), ['phone', 'app']).then(render, render);
