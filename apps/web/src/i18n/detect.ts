import { type TLocale, isLocale, negotiateLocale } from '@thinline/shared';

// Which language a page starts in: the one its reader picked before (remembered on this
// device), else the first of the browser's languages Thinline speaks, else the fallback
// (the session's language on a phone, English elsewhere).

const STORAGE_KEY = 'thinline.locale';

export function pickedLocale(): TLocale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage blocked (private mode, a policy): the browser's languages decide
  }
}

export function rememberLocale(locale: TLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // the choice then holds for this visit only
  }
}

export function browserLocale(fallback?: TLocale): TLocale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiateLocale(languages, fallback);
}

/** The picked language, else the browser's, else `fallback`. */
export function preferredLocale(fallback?: TLocale): TLocale {
  return pickedLocale() ?? browserLocale(fallback);
}
