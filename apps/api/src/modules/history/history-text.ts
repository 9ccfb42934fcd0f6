import { type HistoryText, formatLocalLongDate, formatLocalMonth } from '@thinline/shared';
import type { Translator } from '../../i18n/translator.js';

/** The history's sentences in one language, from the API's catalogues; dates in UTC, as the exports read them. */
export function historyText(tx: Translator): HistoryText {
  const { t, locale } = tx;
  return {
    list: (names) => tx.list(names),
    nobody: t('export.history.nobody'),
    inMonth: (date) => t('export.history.inMonth', { month: formatLocalMonth(locale, date, 'UTC') }),
    onDay: (date) => t('export.history.onDay', { date: formatLocalLongDate(locale, date, 'UTC') }),
    newGap: (concern, before, when) => t('export.history.newGap', { concern, before, when }),
    drift: (concern, decided, when, now) => t('export.history.drift', { concern, decided, when, now }),
    newOverlap: (concern, when, now) => t('export.history.newOverlap', { concern, when, now }),
    decisionChanged: (concern, before, when, now) => t('export.history.decisionChanged', { concern, before, when, now }),
    resolved: (concern, before, when, now) => t('export.history.resolved', { concern, before, when, now }),
  };
}
