import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { LOCALES, PHONE_PAGE_DATA_ID, type TLocale, type TPhonePageData, negotiateLocale } from '@thinline/shared';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every text response compressed (brotli or gzip, whichever the client prefers): JSON,
 * exports in text formats, the HTML. Responses that already carry an encoding (the web app's
 * precompressed files) pass untouched. Brotli at quality 4, gzip at its default: fast enough
 * for answers computed per request.
 */
export function compressText(): RequestHandler {
  return compression({ threshold: 1024 });
}

// Vite names every file under assets/ after a hash of its content: a new build is a new name.
const HASHED = /^[/\\]assets[/\\].+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
/** A built script, stylesheet, font or image: never a document (SVG, which can hold script, is not one of these). */
const BUILT_NON_DOCUMENT = /^\/assets\/[^/]+\.(js|css|woff2?|png|webp|jpe?g)$/;
export const isBuiltNonDocument = (path: string): boolean => BUILT_NON_DOCUMENT.test(path);
/** `/j` and `/j/CODE`: the join page and the QR code's target. */
const PHONE_PATH = /^\/j(?:\/([^/]*))?\/?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built web app: files precompressed at build time (`.br`, `.gz` beside each, made by
 * the web build) are sent as they are, with `Content-Encoding` and `Vary: Accept-Encoding`.
 * Hashed assets may be kept for a year without asking again; the HTML (and the rest, such
 * as the favicon) is revalidated on every load, so a new build is seen at once.
 */
export interface WebAppOptions {
  /** What the phone page for /j/CODE carries (the session's public data), for the address `ip`. */
  phonePageData?: (code: string, ip: string) => Promise<TPhonePageData | null>;
}

export function serveWebApp(dist: string, options: WebAppOptions = {}): RequestHandler[] {
  const files = expressStaticGzip(dist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, cacheControl: false, setHeaders: (res, file: string) => res.setHeader('Cache-Control', cacheControl(file.slice(dist.length))) },
  });
  // The phone's addresses load the phone's own page (only the participant's code, its chunks
  // preloaded at once); every other client-side route (/sessions/..., /r/...) loads the app.
  const phone = existsSync(join(dist, 'phone.html')) ? join(dist, 'phone.html') : join(dist, 'index.html');
  // /j/CODE: the phone page with the session's public data in it, so the join screen needs
  // no round trip of the socket's first (docs/api.md, "The phone page").
  // read again when a new build replaced it (its scripts' names are its content's hashes)
  let phoneHtml: { mtimeMs: number; text: string; catalogues: Map<TLocale, string> } | null = null;
  const phoneBuild = () => {
    const { mtimeMs } = statSync(phone);
    if (phoneHtml?.mtimeMs !== mtimeMs) phoneHtml = { mtimeMs, text: readFileSync(phone, 'utf8'), catalogues: phoneCatalogues(dist) };
    return phoneHtml;
  };
  // The phone's language catalogue, preloaded with the page: the one the browser's languages
  // ask for (the same choice as the phone's own, i18n/detect.ts), else the session's.
  const phonePage = (req: Request, data: TPhonePageData | null): string => {
    const { text, catalogues } = phoneBuild();
    const sessionLocale = data && 'session' in data ? data.session.settings.locale : undefined;
    const catalogue = catalogues.get(negotiateLocale(req.acceptsLanguages(), sessionLocale));
    const html = catalogue ? text.replace('</head>', `<link rel="modulepreload" crossorigin href="${catalogue}"></head>`) : text;
    return data ? withPhonePageData(html, data) : html;
  };
  const page = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !isWebAppPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    const phonePath = PHONE_PATH.exec(req.path);
    if (!phonePath) return res.sendFile(join(dist, 'index.html'));
    const code = phonePath[1];
    if (!code || !options.phonePageData) return res.type('html').send(phonePage(req, null));
    options
      .phonePageData(code, req.ip ?? req.socket.remoteAddress ?? '')
      .then((data) => res.type('html').send(phonePage(req, data)))
      .catch(next);
  };
  const assets = (req: Request, res: Response, next: NextFunction) => {
    if (!isWebAppPath(req.path)) return next();
    // express-static-gzip would answer an undecodable path itself, in plain text; handed on
    // as serve-static does, it gets the API's coded 400 like every other bad request
    try {
      decodeURIComponent(req.path);
    } catch (err) {
      return next(err);
    }
    files(req, res, next);
  };
  return [assets, page];
}

/** The phone catalogue of each language in this build: `/assets/catalogue-de-phone-HASH.js` (apps/web/vite.config.ts names them). */
function phoneCatalogues(dist: string): Map<TLocale, string> {
  const files = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : [];
  const found = new Map<TLocale, string>();
  for (const locale of LOCALES) {
    const file = files.find((f) => f.startsWith(`catalogue-${locale}-phone-`) && f.endsWith('.js'));
    if (file) found.set(locale, `/assets/${file}`);
  }
  return found;
}

/** Not the API, socket.io or the metrics: a file of the web app or one of its client-side routes. */
function isWebAppPath(path: string): boolean {
  return !path.startsWith('/api') && !path.startsWith('/socket.io') && path !== '/metrics';
}

/** `path`: the file under the web app's folder, maybe its precompressed twin (`.br`, `.gz`). */
function cacheControl(path: string): string {
  return HASHED.test(path.replace(/\.(br|gz)$/, '')) ? IMMUTABLE : 'no-cache';
}

/** The page with `data` as a JSON element in its head; `<` escaped, so no text in it can close the element. */
export function withPhonePageData(html: string, data: TPhonePageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html.replace('</head>', `<script type="application/json" id="${PHONE_PAGE_DATA_ID}">${json}</script></head>`);
}
