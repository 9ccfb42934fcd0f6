import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { catalogueFiles, readCatalogue } from './src/i18n/catalogue-files.ts';

// `import('virtual:catalogue/de/phone')` → src/i18n/catalogues/de/phone*.json (the bundle's
// files, merged: catalogue-files.ts) with every ICU
// message compiled by Lingui's compiler at build time, so the browser gets Lingui's compiled
// form and ships no message parser (a broken message fails the build, not a screen).
const PREFIX = 'virtual:catalogue/';

/** `\0virtual:catalogue/de/phone` → `catalogue-de-phone`: the file name the API looks for. */
export function catalogueChunkName(moduleId: string | null | undefined): string | null {
  if (!moduleId?.startsWith(`\0${PREFIX}`)) return null;
  return `catalogue-${moduleId.slice(PREFIX.length + 1).replace('/', '-')}`;
}

export function compiledCatalogues(dir: string): Plugin {
  return {
    name: 'thinline-compiled-catalogues',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [locale, bundle] = id.slice(PREFIX.length + 1).split('/') as [string, string];
      const localeDir = join(dir, locale);
      this.addWatchFile(localeDir);
      for (const file of catalogueFiles(localeDir, bundle)) this.addWatchFile(file);
      const source = readCatalogue(localeDir, bundle);
      const compiled = Object.fromEntries(
        Object.entries(source).map(([key, message]) => {
          try {
            return [key, compileMessageOrThrow(message)];
          } catch (error) {
            throw new Error(`${localeDir}/${bundle}*.json: "${key}" is not a valid ICU message: ${(error as Error).message}`, { cause: error });
          }
        }),
      );
      // JSON.parse of a string literal is faster to start than the same object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
