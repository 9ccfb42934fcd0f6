import { type TFollowUp, isOverdue } from '@thinline/shared';

/** Today in the reader's own calendar, "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The follow-ups a session reviews first: the workshop's open ones left by other sessions, overdue first. */
export function lastTime(openFollowUps: readonly TFollowUp[], sessionId: string, today: string): { followUp: TFollowUp; overdue: boolean }[] {
  return openFollowUps
    .filter((f) => f.sessionId !== sessionId)
    .map((followUp) => ({ followUp, overdue: isOverdue(followUp, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
