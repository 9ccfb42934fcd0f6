import { type I18n, setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import {
  type HeatmapText,
  LOCALES,
  NO_VALUE,
  type TLocale,
  formatDecimal,
  formatInteger,
  formatList,
  formatLocalDate,
  formatLocalDateTime,
  formatSharePercent,
  heatmapText,
} from '@thinline/shared';
import { de } from './catalogues/de.js';
import { type ExportMessageId, en } from './catalogues/en.js';
import { es } from './catalogues/es.js';
import { fr } from './catalogues/fr.js';
import { ja } from './catalogues/ja.js';
import { ptBR } from './catalogues/pt-BR.js';

export type { ExportMessageId };
type Values = Record<string, string | number | null | undefined>;

/** The exports' catalogues (ICU messages), one per locale: a missing key is a type error. */
export const EXPORT_CATALOGUES: Record<TLocale, Record<ExportMessageId, string>> = { en, de, fr, es, 'pt-BR': ptBR, ja };

/** Everything an export needs to speak one language: its messages, numbers, dates and the heatmap's words. */
export interface Translator {
  locale: TLocale;
  t: (id: ExportMessageId, values?: Values) => string;
  percent: (share: number) => string;
  integer: (value: number) => string;
  decimal: (value: number, digits?: number) => string;
  list: (items: readonly string[]) => string;
  /** A day in the locale's way, read in UTC so a file says the same wherever it is exported: "Nov 20, 2026", "20.11.2026", "2026/11/20". */
  date: (value: Date | string) => string;
  /** A moment with its time of day in UTC, marked as such: "Nov 23, 2026, 5:05 PM UTC", "23.11.2026, 17:05 UTC". */
  dateTime: (value: Date | string) => string;
  heatmap: HeatmapText;
}

function make(locale: TLocale): Translator {
  // the server compiles its messages once at start (Lingui's compiler); the browser gets them precompiled
  const i18n: I18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage);
  i18n.loadAndActivate({ locale, messages: EXPORT_CATALOGUES[locale] });
  const t = (id: ExportMessageId, values?: Values) => i18n._(id, values);
  return {
    locale,
    t,
    percent: (share) => formatSharePercent(locale, share),
    integer: (value) => formatInteger(locale, value),
    decimal: (value, digits = 1) => formatDecimal(locale, value, digits),
    list: (items) => formatList(locale, items),
    date: (value) => formatLocalDate(locale, value, 'UTC') ?? NO_VALUE,
    dateTime: (value) => {
      const dateTime = formatLocalDateTime(locale, value, 'UTC');
      return dateTime === null ? NO_VALUE : t('export.dateTimeUtc', { dateTime });
    },
    heatmap: heatmapText(locale, t),
  };
}

const translators = new Map<TLocale, Translator>(LOCALES.map((locale) => [locale, make(locale)]));

/** The translator of a locale (made once per process). */
export function translator(locale: TLocale): Translator {
  return translators.get(locale) ?? (translators.get('en') as Translator);
}
