import type { TLocale } from '@thinline/shared';
import { t } from '../../../i18n/i18n';
import { deadlineText, zoneName } from '../../../lib/deadline';

/** About half a minute per concern, rounded up to whole minutes: what people plan around. */
export function minutesFor(concerns: number): number {
  return Math.max(1, Math.ceil(concerns / 2));
}

/** The Intl locale a deadline is written in: British English keeps "Thursday 3 December, 14:00". */
const dateLocale = (locale: TLocale) => (locale === 'en' ? 'en-GB' : locale);

/**
 * A closing time with its weekday in `locale`, as people plan a week: "Thursday 3 December,
 * 14:00", "Donnerstag, 3. Dezember um 14:00", "12月3日木曜日 14:00". Default: the reader's zone.
 */
export function closingText(closesAt: string, locale: TLocale, timeZone?: string): string {
  if (locale === 'en') return deadlineText(closesAt, { timeZone });
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(closesAt));
}

export interface InviteInput {
  title: string;
  /** what the workshop is for (its description); may be empty */
  purpose: string;
  closesAt: string | null;
  /** the zone the readers are in (the facilitator picks it; default their own) */
  timeZone: string;
  concerns: number;
  joinUrl: string;
  joinCode: string;
  /** the language the invite is written in */
  locale: TLocale;
}

/**
 * The text to paste into chat or email, in the shown language: what it is, what for, by when
 * (in the readers' zone, named), how long it takes, where to answer. Plain text: every chat tool keeps it.
 */
export function inviteText(i: InviteInput): string {
  const lines = [t('app.prework.invite.before', { title: i.title })];
  if (i.purpose.trim()) lines.push(t('app.prework.invite.purpose', { purpose: i.purpose.trim() }));
  if (i.closesAt) {
    const zone = zoneName(new Date(i.closesAt), i.timeZone, dateLocale(i.locale));
    lines.push(t('app.prework.invite.deadline', { when: closingText(i.closesAt, i.locale, i.timeZone), zone }));
  }
  lines.push(t('app.prework.invite.length', { minutes: minutesFor(i.concerns), n: i.concerns }));
  lines.push(t('app.prework.invite.where', { url: i.joinUrl, code: i.joinCode }));
  return lines.join('\n\n');
}
