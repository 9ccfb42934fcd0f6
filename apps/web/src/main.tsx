import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the design system first: every feature's stylesheet is loaded after it and builds on it
import './app/global.css';
import { App } from './app/App';
import { applyTheme } from './app/theme';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
applyTheme(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
