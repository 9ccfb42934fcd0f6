import type { TLocale } from './locales.js';

// Numbers, percentages and dates through Intl for a locale: one definition for every
// screen and export ("63%" in English, "63 %" in German and French, "63%" in Japanese).
// Formatters are cached: Intl constructors are slow and the heatmap prints hundreds of cells.

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: TLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: TLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A whole number with the locale's grouping: 1250 → "1,250" / "1.250" / "1 250". */
export function formatInteger(locale: TLocale, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `digits` decimals in the locale's way: 0.5 → "0.5" / "0,5". */
export function formatDecimal(locale: TLocale, value: number, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share 0–1 as whole percent, clamped: 0.625 → "63%", "63 %" (de, fr), "63%" (ja). */
export function formatSharePercent(locale: TLocale, share: number): string {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  // Intl rounds half-even on some engines for percent; round ourselves so 0.625 → 63 everywhere
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(clamped * 100) / 100);
}

function toDate(value: Date | string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "20 Nov 2026" / "20.11.2026" / "2026/11/20"; null for a missing or invalid date. */
export function formatLocalDate(locale: TLocale, value: Date | string | number | null | undefined, timeZone?: string): string | null {
  const date = toDate(value);
  return date ? dateFormat(locale, { dateStyle: 'medium', timeZone }).format(date) : null;
}

/** The date and the time of day in the locale's way; null for a missing or invalid date. */
export function formatLocalDateTime(locale: TLocale, value: Date | string | number | null | undefined, timeZone?: string): string | null {
  const date = toDate(value);
  return date ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date) : null;
}

/** "March 2026" / "März 2026" / "2026年3月"; null for a missing or invalid date. */
export function formatLocalMonth(locale: TLocale, value: Date | string | number | null | undefined, timeZone?: string): string | null {
  const date = toDate(value);
  return date ? dateFormat(locale, { month: 'long', year: 'numeric', timeZone }).format(date) : null;
}

/** "November 20, 2026" / "20. November 2026" / "2026年11月20日": a day written out; null for a missing or invalid date. */
export function formatLocalLongDate(locale: TLocale, value: Date | string | number | null | undefined, timeZone?: string): string | null {
  const date = toDate(value);
  return date ? dateFormat(locale, { dateStyle: 'long', timeZone }).format(date) : null;
}

/** The locale's plural category of a count ("one", "other"; Japanese has only "other"). */
export function pluralCategory(locale: TLocale, count: number): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** "Data Engineering, MLOps and Data Science" / "…, MLOps und Data Science" / "…、MLOps、Data Science". */
export function formatList(locale: TLocale, items: readonly string[]): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
