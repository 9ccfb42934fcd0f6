// The languages Thinline speaks (product.md, "Languages"). A BCP 47 tag each; the phone,
// the facilitator's screens and a session's `settings.locale` pick one of these.
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';

/** Each language's own name for itself, as a picker lists it (a reader looks for their own). */
export const LOCALE_NAMES: Record<TLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported locale a language tag asks for: the exact tag (any case), else the same
 * language in another region ("de-AT" → "de", "pt-PT" → "pt-BR", "ja-JP" → "ja"), else null.
 */
export function matchLocale(tag: string | null | undefined): TLocale | null {
  if (!tag) return null;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? null;
}

/** The first of the preferred tags (most wanted first) Thinline speaks, else `fallback`. */
export function negotiateLocale(preferred: readonly (string | null | undefined)[], fallback: TLocale = DEFAULT_LOCALE): TLocale {
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return fallback;
}
