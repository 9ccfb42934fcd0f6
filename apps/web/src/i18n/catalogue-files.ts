import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// A bundle's catalogue in one language is one or more files in `catalogues/<locale>/`:
// `<bundle>.json` and any `<bundle>.<part>.json` (the presenter's part of the app bundle, the
// answering screens' part of the phone bundle), one part per screen family so that each stays small and can be reviewed on its own. The
// build (catalogues.plugin.ts) and the completeness test read them through this one function.

/** The files of `bundle` in `localeDir`, `<bundle>.json` first, then the parts by name. */
export function catalogueFiles(localeDir: string, bundle: string): string[] {
  const part = new RegExp(`^${bundle}(\\.[a-z][a-zA-Z0-9-]*)?\\.json$`);
  return readdirSync(localeDir)
    .filter((name) => part.test(name))
    .sort((a, b) => (a === `${bundle}.json` ? -1 : b === `${bundle}.json` ? 1 : a.localeCompare(b)))
    .map((name) => join(localeDir, name));
}

/** A bundle's messages in one language, merged from its files; a key in two files is an error. */
export function readCatalogue(localeDir: string, bundle: string): Record<string, string> {
  const merged: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const file of catalogueFiles(localeDir, bundle)) {
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(messages)) {
      if (key in merged) throw new Error(`${file}: "${key}" is also in ${from[key]}`);
      merged[key] = message;
      from[key] = file;
    }
  }
  return merged;
}
