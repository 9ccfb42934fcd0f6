import { type TFollowUp, type TLocale, formatLocalDate, isOverdue } from '@thinline/shared';

/** Today in the reader's own calendar, "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A due date ("YYYY-MM-DD", a day in the calendar, not an instant) as the language writes it:
 * "Dec 16, 2026", "16.12.2026", "2026/12/16". Read and written in UTC, so no reader's time
 * zone moves it to the day before.
 */
export function dueDate(dueOn: string, locale: TLocale): string {
  return formatLocalDate(locale, `${dueOn}T00:00:00Z`, 'UTC') ?? dueOn;
}

/** The follow-ups a session reviews first: the workshop's open ones left by other sessions, overdue first. */
export function lastTime(openFollowUps: readonly TFollowUp[], sessionId: string, today: string): { followUp: TFollowUp; overdue: boolean }[] {
  return openFollowUps
    .filter((f) => f.sessionId !== sessionId)
    .map((followUp) => ({ followUp, overdue: isOverdue(followUp, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
