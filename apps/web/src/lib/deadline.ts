// How a closing time reads to a person: in their own time zone (or the one an invite is
// written for), with the weekday, as people plan a week. One place for the phone, the
// control room and the invite text.

const DAY_MS = 86_400_000;

interface Options {
  /** IANA zone; default the reader's own */
  timeZone?: string;
  locale?: string;
}

function parts(at: Date, { timeZone, locale = 'en-GB' }: Options, withDate: boolean): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
  if (!withDate) return `${weekday} ${time}`;
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone }).format(at);
  return `${weekday} ${date}, ${time}`;
}

/**
 * The phone's line: "Answer by Thursday 14:00, your time". Within the coming week the
 * weekday says it all; further off (or past) the date is added so no week is mistaken.
 */
export function answerByLine(closesAt: string, now: Date, options: Options = {}): string {
  return `Answer by ${answerByWhen(closesAt, now, options)}, your time`;
}

/** The "Thursday 14:00" of that line alone, in `options.locale`, for the phone's own catalogue sentence. */
export function answerByWhen(closesAt: string, now: Date, options: Options = {}): string {
  const at = new Date(closesAt);
  const near = at.getTime() > now.getTime() && at.getTime() - now.getTime() < 6 * DAY_MS;
  return parts(at, options, !near);
}

/** "Thursday 3 December, 14:00": the full deadline, for the control room and invites. */
export function deadlineText(closesAt: string, options: Options = {}): string {
  return parts(new Date(closesAt), options, true);
}

/** The zone's name as a reader knows it: "Central European Standard Time" or the IANA id. */
export function zoneName(at: Date, timeZone: string, locale = 'en-GB'): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name ?? timeZone;
}

/** `<input type="datetime-local">` value (the reader's local time) for an ISO instant. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value names in the reader's zone, as ISO 8601 (UTC), or null. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
