// The phone's own entry (phone.html, which the server sends for /j and /j/CODE): the
// participant's page and nothing else, no router and no other screen (issue 23: a phone on a
// crowded venue's Wi-Fi). Its chunks are preloaded by phone.html in parallel, not one by one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the design system first: every feature's stylesheet is loaded after it and builds on it
import './app/global.css';
import { applyTheme } from './app/theme';
import { preferredLocale } from './i18n/detect';
import { activateLocale } from './i18n/i18n';
import { PhoneApp } from './features/participant/PhoneApp';
import { loadContracts } from './features/participant/contracts';
import { parseJoinCode } from './features/participant/join-code';
import { phonePath } from './features/participant/phone-path';
import { hasStoredSession } from './features/participant/storage';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from phone.html');
applyTheme(document.documentElement);
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <PhoneApp pathname={location.pathname} />
    </StrictMode>,
  );
// A phone coming back reads what it stored, checked with the shared schemas: load them first
// (from its cache). A phone opening the QR code for the first time needs none of them yet.
const code = phonePath(location.pathname)?.code;
const joinCode = code === undefined ? null : parseJoinCode(code);
// the phone's language first (picked before, else the browser's; the session's, if neither
// is one Thinline speaks, once it is known): only that language's phone catalogue is loaded
const language = activateLocale(preferredLocale(), ['phone']);
if (joinCode && hasStoredSession(joinCode)) void Promise.all([language, loadContracts()]).then(render, render);
else void language.then(render, render);
