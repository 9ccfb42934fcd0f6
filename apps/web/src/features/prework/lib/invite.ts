import { deadlineText, zoneName } from '../../../lib/deadline';

/** About half a minute per concern, rounded up to whole minutes: what people plan around. */
export function minutesFor(concerns: number): number {
  return Math.max(1, Math.ceil(concerns / 2));
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
}

/**
 * The text to paste into chat or email: what it is, what for, by when (in the readers'
 * zone, named), how long it takes, where to answer. Plain text: every chat tool keeps it.
 */
export function inviteText(i: InviteInput): string {
  const lines = [`Before our workshop "${i.title}", please answer a short survey on your phone or computer.`];
  if (i.purpose.trim()) lines.push(`What it is for: ${i.purpose.trim()}`);
  if (i.closesAt) {
    const at = new Date(i.closesAt);
    lines.push(`Please answer by ${deadlineText(i.closesAt, { timeZone: i.timeZone })} (${zoneName(at, i.timeZone)}); the link shows the deadline in your own time zone.`);
  }
  lines.push(`It takes about ${minutesFor(i.concerns)} minutes: ${i.concerns} questions on who owns what. Your answers stay hidden until we look at them together.`);
  lines.push(`Answer here: ${i.joinUrl} (or enter the code ${i.joinCode}). You can stop and come back later on the same device.`);
  return lines.join('\n\n');
}
