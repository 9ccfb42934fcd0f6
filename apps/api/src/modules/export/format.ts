import { NO_VALUE, type RowStatus, STATUS_LABELS, fewerThan, formatPercent, honestRowStatus, plural, rowStatus } from '@thinline/shared';
import { hasAnswers, lastRound, sessionDate } from './export-bundle.js';
import type { ExportBundle } from './export-bundle.js';

/**
 * Every number and label an export prints goes through here, so a share reads the same in
 * every file: whole percent in pictures and reports (the heatmap's own formatPercent, as on
 * screen), one decimal in tables meant for further work (CSV, XLSX).
 */

export const NO_ANSWERS = 'No answers yet';
export { NO_VALUE, honestRowStatus, plural, rowStatus };

/** Whole percent, exactly as the heatmap on screen prints it: 0.625 → "63%". */
export function percentWhole(value: number): string {
  return formatPercent(value);
}

/** Percent with one decimal, without the sign, for table columns headed "(%)": 0.625 → "62.5". */
export function percentOneDecimal(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return (Math.round(clamped * 1000) / 10).toFixed(1);
}

/** The spreadsheet number format that shows a fraction the way {@link percentOneDecimal} does. */
export const XLSX_PERCENT_FORMAT = '0.0%';

/** Agreement in pictures and reports: whole percent, or "–" when it is undefined. */
export function agreementWhole(value: number | null): string {
  return value === null ? NO_VALUE : percentWhole(value);
}

/** A signed change in percentage points, whole: +25 pp, −8 pp, 0 pp. */
export function pointsChange(delta: number | null): string {
  if (delta === null) return NO_VALUE;
  const pp = Math.round(delta * 100);
  if (pp === 0) return '0 pp';
  return `${pp > 0 ? '+' : '−'}${Math.abs(pp)} pp`;
}

/** A signed change in percentage points with one decimal, for tables: "25.0", "-8.3". */
export function pointsChangeOneDecimal(delta: number | null): string {
  if (delta === null) return '';
  const v = Math.round(delta * 1000) / 10;
  return (Object.is(v, -0) ? 0 : v).toFixed(1);
}

/** "2026-11-23" (UTC), so the same session gives the same date wherever it is exported. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026-11-23 17:05 UTC". */
export function isoDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function thresholdLabel(threshold: number): string {
  return `θ = ${percentWhole(threshold)}`;
}

export function statusLabel(status: RowStatus): string {
  return STATUS_LABELS[status];
}

export function roundLabel(bundle: ExportBundle): string {
  const rounds = Math.max(1, bundle.rounds.length);
  const round = lastRound(bundle).round;
  const named = roundWithLabel(bundle, round);
  return rounds > 1 ? `${named} of ${rounds}` : named;
}

/** "round 1 (pre-work)", or "round 2" for a round without a label. */
export function roundWithLabel(bundle: ExportBundle, round: number): string {
  const label = bundle.session.rounds.find((r) => r.round === round)?.label;
  return label ? `round ${round} (${label})` : `round ${round}`;
}

/** The line under every export's title: date · participants · θ · round (· No answers yet). */
export function subtitle(bundle: ExportBundle): string {
  const parts = [
    isoDate(sessionDate(bundle)),
    plural(bundle.participants.total, 'participant', 'participants'),
    thresholdLabel(bundle.session.settings.threshold),
    roundLabel(bundle),
  ];
  if (!hasAnswers(bundle)) parts.push(NO_ANSWERS);
  return parts.join(' · ');
}

/** What a small-segment count is shown as, so a role of one or two people is not pointed at. */
export function hiddenCountLabel(k: number): string {
  return fewerThan(k);
}

/** The own-role text that replaces a role too small to show (answers tables). */
export function hiddenOwnRoleLabel(k: number): string {
  return `(hidden: ${fewerThan(k)})`;
}

/** What the answers table holds, one line (XLSX About sheet, JSON). */
export const ANSWERS_TABLE_NOTE = 'Answers (XLSX sheet and CSV): one row per participant and concern of the last round.';

/** How participants are labelled in the answers table (XLSX About sheet, JSON). */
export function participantLabelsNote(namesShown: boolean): string {
  return namesShown ? 'Participants are numbered (P001, P002, …); names as they gave them.' : 'Participants are numbered (P001, P002, …); names are not exported.';
}

/** The legend in words, for the files that cannot draw one (XLSX, Markdown, JSON) and under the PDF's drawn one. */
export function legendLines(threshold: number, minSegmentSize: number): string[] {
  const theta = percentWhole(threshold);
  return [
    'Cell: share of respondents (those who did not answer "don\'t know") who named the role as an owner.',
    `Owner: a role named by at least θ = ${theta} of respondents.`,
    `GAP: no role reaches ${theta}, or "nobody owns this" does.`,
    `OVERLAP: 2 or more roles reach ${theta}.`,
    'CLEAR: exactly one owning role.',
    'NO DATA: no answers yet.',
    `HIDDEN: ${fewerThan(minSegmentSize)} respondents in a segment, hidden to keep answers anonymous.`,
    'Agreement: mean similarity of the answers between every two respondents; 100% = everyone gave the same answer; – = fewer than 2 respondents.',
    'Nobody: share of respondents who answered "nobody owns this".',
  ];
}
