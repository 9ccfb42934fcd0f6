import { type THistoryChange, type THistoryChangeKind, type THistoryPoint, type TWorkshopHistory, formatList, formatLocalLongDate, formatLocalMonth } from '@thinline/shared';
import { type MessageId, currentLocale, percent, t } from '../../../i18n/i18n';

// The history's words in the shown language, built from the ids the API sends beside its
// English `text`: the kind of change, the change itself, a session's status and the sparkline.

const KIND: Record<THistoryChangeKind, MessageId> = {
  'new-gap': 'app.history.kind.newGap',
  drift: 'app.history.kind.drift',
  'new-overlap': 'app.history.kind.newOverlap',
  'decision-changed': 'app.history.kind.decisionChanged',
  resolved: 'app.history.kind.resolved',
};

// a new gap comes from clear or an overlap, a resolved one from a gap or an overlap: a
// message each, so every language words its own sentence
const CHANGE: Record<Exclude<THistoryChangeKind, 'new-gap' | 'resolved'>, MessageId> = {
  drift: 'app.history.change.drift',
  'new-overlap': 'app.history.change.newOverlap',
  'decision-changed': 'app.history.change.decisionChanged',
};

function changeMessage(change: THistoryChange): MessageId {
  if (change.kind === 'new-gap') return change.was === 'overlap' ? 'app.history.change.newGapFromOverlap' : 'app.history.change.newGapFromClear';
  if (change.kind === 'resolved') return change.was === 'overlap' ? 'app.history.change.resolvedFromOverlap' : 'app.history.change.resolvedFromGap';
  return CHANGE[change.kind];
}

const STATUS: Record<THistoryPoint['status'], MessageId> = {
  clear: 'app.history.status.clear',
  overlap: 'app.history.status.overlap',
  gap: 'app.history.status.gap',
  'no data': 'app.history.status.noData',
};

/** The label before a change: "New gap:", "Neue Lücke:", "新たな空白：". */
export function changeKindLabel(kind: THistoryChangeKind): string {
  return t(KIND[kind]);
}

/** A session's status of a concern in a word: "Clear", "Klar", "明確". */
export function historyStatusWord(status: THistoryPoint['status']): string {
  return t(STATUS[status]);
}

/**
 * When the change is measured from, as the API says it: the month when every session has a
 * month of its own ("in March 2026"), else the day; in UTC, as the API decides which.
 */
function whenText(history: TWorkshopHistory, sessionId: string): string {
  const months = history.sessions.map((s) => s.date.slice(0, 7));
  const date = history.sessions.find((s) => s.id === sessionId)?.date ?? null;
  const locale = currentLocale();
  return new Set(months).size === months.length
    ? t('app.history.inMonth', { month: formatLocalMonth(locale, date, 'UTC') ?? '–' })
    : t('app.history.onDay', { day: formatLocalLongDate(locale, date, 'UTC') ?? '–' });
}

/** Role names in the shown language's list form ("MLOps and Data Science"), or "nobody". */
export function roleNames(history: TWorkshopHistory, ids: readonly string[]): string {
  if (ids.length === 0) return t('app.history.nobody');
  return formatList(currentLocale(), ids.map((id) => history.roles.find((r) => r.id === id)?.name ?? id));
}

/** One change in words of the shown language: "Ingestion: clear in March 2026, now a gap: the room names no owner". */
export function changeText(history: TWorkshopHistory, change: THistoryChange): string {
  const concern = history.concerns.find((c) => c.concernId === change.concernId)?.title ?? change.concernId;
  return t(changeMessage(change), {
    concern,
    when: whenText(history, change.sinceSessionId),
    decided: change.decided ? roleNames(history, [change.decided]) : '',
    owners: roleNames(history, change.now),
  });
}

/** The sparkline's name for a screen reader: "Agreement on Ingestion, oldest first: 33%, 100%". */
export function sparklineLabel(title: string, values: readonly (number | null)[]): string {
  return t('app.history.sparkline', { title, values: values.map(percent).join(t('app.listSeparator')) });
}
