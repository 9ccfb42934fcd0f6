import { LOCALES, type TLocale } from './locales.js';

// The checks every catalogue set passes (the web app's and the exports'), as one pure
// function: its tests read the files and the sources, this says what is wrong with them.

export type TCatalogue = Record<string, string>;

/** The placeholders an ICU message fills: "{count, plural, one {# gap} other {# gaps}} in {title}" → count, title. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Every problem of a set of catalogues (one per locale, English the reference), given the
 * text of every source file that uses them: a key English has and another locale lacks (or
 * the reverse), an empty message, placeholders that differ from English's, a key no source
 * names (quoted, as `t('key')` or a `MessageId` constant does), a key named with no message.
 */
export function catalogueProblems(catalogues: Record<TLocale, TCatalogue>, sources: string, keyPattern: RegExp): string[] {
  const problems: string[] = [];
  const reference = catalogues.en;
  const keys = Object.keys(reference);
  for (const locale of LOCALES) {
    const catalogue = catalogues[locale];
    for (const key of keys) {
      const message = catalogue[key];
      if (message === undefined) problems.push(`${locale}: missing "${key}"`);
      else if (message.trim() === '') problems.push(`${locale}: empty "${key}"`);
      else if (placeholders(message).join() !== placeholders(reference[key] ?? '').join())
        problems.push(`${locale}: "${key}" fills {${placeholders(message).join(', ')}}, English {${placeholders(reference[key] ?? '').join(', ')}}`);
    }
    for (const key of Object.keys(catalogue)) if (!(key in reference)) problems.push(`${locale}: "${key}" is not in the English catalogue`);
  }
  const named = new Set([...sources.matchAll(new RegExp(`['"\`](${keyPattern.source})['"\`]`, 'g'))].map((m) => m[1] ?? ''));
  for (const key of keys) if (!named.has(key)) problems.push(`unused: "${key}" (no source names it)`);
  for (const key of named) if (!(key in reference)) problems.push(`no message: "${key}" is named in a source but no catalogue has it`);
  return problems;
}

/**
 * Words that address the reader as "usted" (pronouns, and imperatives that only the formal
 * register uses): Thinline's Spanish says "tú" throughout. Possessives ("su", "sus") are left
 * out: they also mean "its" and "their".
 */
const USTED = /(?<![\p{L}])(usted|ustedes|seleccione|ingrese|introduzca|elija|pulse|escriba|inténtelo|compruebe|recargue|indique|guarde|haga|realice|déjelo)(?![\p{L}])/giu;

/** Messages of a Spanish catalogue that address the reader with "usted": "key: «word»". */
export function ustedProblems(catalogue: TCatalogue): string[] {
  return Object.entries(catalogue).flatMap(([key, message]) => [...message.matchAll(USTED)].map((m) => `${key}: «${m[0]}»`));
}
