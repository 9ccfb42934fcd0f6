import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TLocale } from '@thinline/shared';
import { readCatalogue } from '../../apps/web/src/i18n/catalogue-files.js';

// The web app's catalogues as the build reads them (every part file of a bundle merged), for
// tests that check a screen speaks a language: expected words come from these files, never
// from hand-typed guesses.

const dir = (locale: TLocale) => join(process.cwd(), 'apps/web/src/i18n/catalogues', locale);

/** The raw messages of `locale`: one bundle, or both (`phone.*` and `app.*` keys never clash). */
export function messages(locale: TLocale, bundle?: 'phone' | 'app'): Record<string, string> {
  return bundle ? readCatalogue(dir(locale), bundle) : { ...readCatalogue(dir(locale), 'phone'), ...readCatalogue(dir(locale), 'app') };
}

// Lingui is the web app's dependency (apps/web/node_modules), loaded from there as the build loads it.
const fromWeb = createRequire(join(process.cwd(), 'apps/web/package.json'));
const { setupI18n } = fromWeb('@lingui/core') as { setupI18n: (o: { locale: string; messages: Record<string, Record<string, unknown>> }) => { _: (id: string, values?: object) => string } };
const { compileMessageOrThrow } = fromWeb('@lingui/message-utils/compileMessage') as { compileMessageOrThrow: (message: string) => unknown };

/**
 * The catalogue of `locale` as the page reads it: `text('app.compare.title')`, with ICU
 * values, from the catalogue files compiled as the build compiles them (Lingui, not our code).
 */
export function translator(locale: TLocale): (key: string, values?: Record<string, string | number>) => string {
  const source = messages(locale);
  const i18n = setupI18n({ locale, messages: { [locale]: Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])) } });
  return (key, values) => {
    if (!(key in source)) throw new Error(`${locale}: no message "${key}"`);
    return i18n._(key, values);
  };
}
