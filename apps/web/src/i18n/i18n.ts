import { type Messages, setupI18n } from '@lingui/core';
import { DEFAULT_LOCALE, type TLocale, formatInteger, formatSharePercent } from '@thinline/shared';
import { useSyncExternalStore } from 'react';
import type enApp from './catalogues/en/app.json';
import type enPhone from './catalogues/en/phone.json';
import type enPhoneAnswer from './catalogues/en/phone.answer.json';
import type enPhoneErrors from './catalogues/en/phone.errors.json';
import type enWorkshops from './catalogues/en/app.workshops.json';
import type enControlRoom from './catalogues/en/app.controlRoom.json';
import type enSession from './catalogues/en/app.session.json';
import type enDecisions from './catalogues/en/app.decisions.json';
import type enFollowUps from './catalogues/en/app.followUps.json';
import type enPresenter from './catalogues/en/app.presenter.json';
// A bundle's further parts (`<bundle>.<part>.json`, catalogue-files.ts): one import each.
import type enCompare from './catalogues/en/app.compare.json';
import type enHistory from './catalogues/en/app.history.json';
import type enOrganisations from './catalogues/en/app.organisations.json';
import type enPrework from './catalogues/en/app.prework.json';

// One Lingui instance for the page. Catalogues are split in two bundles: `phone` (the
// participant's screens and the parts of ui/ they use) and `app` (every other screen), each
// one file or several per language (catalogue-files.ts); a
// phone loads only its language's `phone` bundle, the app both. Each is a chunk of its own,
// compiled at build time (catalogues.plugin.ts), loaded when the language is chosen.

/** Every English catalogue file, each part joined with `&`. */
type EnglishCatalogues = typeof enApp & typeof enPhone & typeof enPhoneAnswer & typeof enPhoneErrors & typeof enWorkshops & typeof enControlRoom & typeof enSession & typeof enDecisions & typeof enFollowUps & typeof enPresenter & typeof enCompare & typeof enHistory & typeof enOrganisations & typeof enPrework;
/** Every message key; a key the English catalogues lack is a type error. */
export type MessageId = keyof EnglishCatalogues;
export type Bundle = 'phone' | 'app';
type Values = Record<string, string | number | null | undefined>;

export const i18n = setupI18n({ locale: DEFAULT_LOCALE, messages: { [DEFAULT_LOCALE]: {} } });

const loaders: Record<TLocale, Record<Bundle, () => Promise<{ default: Messages }>>> = {
  en: { phone: () => import('virtual:catalogue/en/phone'), app: () => import('virtual:catalogue/en/app') },
  de: { phone: () => import('virtual:catalogue/de/phone'), app: () => import('virtual:catalogue/de/app') },
  fr: { phone: () => import('virtual:catalogue/fr/phone'), app: () => import('virtual:catalogue/fr/app') },
  es: { phone: () => import('virtual:catalogue/es/phone'), app: () => import('virtual:catalogue/es/app') },
  'pt-BR': { phone: () => import('virtual:catalogue/pt-BR/phone'), app: () => import('virtual:catalogue/pt-BR/app') },
  ja: { phone: () => import('virtual:catalogue/ja/phone'), app: () => import('virtual:catalogue/ja/app') },
};

const loaded = new Map<string, Promise<Messages>>();

function loadBundle(locale: TLocale, bundle: Bundle): Promise<Messages> {
  const key = `${locale}/${bundle}`;
  let messages = loaded.get(key);
  if (!messages) {
    messages = loaders[locale][bundle]().then((m) => m.default);
    loaded.set(key, messages);
  }
  return messages;
}

/**
 * Shows the page in `locale`: loads its bundles (once), switches every `useT` component
 * and sets `<html lang>`, so a screen reader and the browser's hyphenation follow.
 */
export async function activateLocale(locale: TLocale, bundles: readonly Bundle[]): Promise<void> {
  const parts = await Promise.all(bundles.map((bundle) => loadBundle(locale, bundle)));
  i18n.load(locale, Object.assign({}, ...parts) as Messages);
  i18n.activate(locale);
  document.documentElement.lang = locale;
}

/** The current language's text for a key, with its ICU placeholders filled. */
export function t(id: MessageId, values?: Values): string {
  return i18n._(id, values);
}

export function currentLocale(): TLocale {
  return i18n.locale as TLocale;
}

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

/** `t` in a component that renders again when the language changes. */
export function useT(): typeof t {
  useSyncExternalStore(subscribe, currentLocale);
  return t;
}

/** The shown language, for a component that renders again when it changes. */
export function useLocale(): TLocale {
  return useSyncExternalStore(subscribe, currentLocale);
}

/** A share as whole percent in the shown language: "63%", "63 %" (German, French), "63%" (Japanese). */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : formatSharePercent(currentLocale(), share);
}

/** A count with the shown language's grouping. */
export function count(value: number): string {
  return formatInteger(currentLocale(), value);
}

/** "Round 1 · pre-work", "Round 2" in the shown language. */
export function roundLabel(round: number, labels: readonly { round: number; label: string | null }[] | undefined): string {
  const label = labels?.find((r) => r.round === round)?.label;
  return label ? t('phone.round.labelled', { round, label }) : t('phone.round.plain', { round });
}
