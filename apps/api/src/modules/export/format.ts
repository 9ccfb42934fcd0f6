import { NO_VALUE, type RowStatus, type TRaciCheck, type TSessionStatus, honestRowStatus, plural, rowStatus } from '@thinline/shared';
import { type ExportMessageId, type Translator, translator } from '../../i18n/translator.js';
import { hasAnswers, lastRound, sessionDate } from './export-bundle.js';
import type { ExportBundle } from './export-bundle.js';

/**
 * Every number and label an export prints goes through here, so a share reads the same in
 * every file: whole percent in pictures and reports (the heatmap's own formatPercent, as on
 * screen), one decimal in tables meant for further work (CSV, XLSX).
 */

export { NO_VALUE, honestRowStatus, plural, rowStatus };

const EN = translator('en');

/** The words, numbers and dates of an export, in its session's language (`settings.locale`). */
export function exportText(bundle: ExportBundle): Translator {
  return translator(bundle.session.settings.locale);
}

/** "No answers yet" in the export's language. */
export function noAnswers(tx: Translator = EN): string {
  return tx.t('export.noAnswers');
}

/** Whole percent, exactly as the heatmap on screen prints it: 0.625 → "63%" (German "63 %"). */
export function percentWhole(value: number, tx: Translator = EN): string {
  return tx.percent(value);
}

/** Percent with one decimal, without the sign, for table columns headed "(%)": 0.625 → "62.5". */
export function percentOneDecimal(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return (Math.round(clamped * 1000) / 10).toFixed(1);
}

/** The spreadsheet number format that shows a fraction the way {@link percentOneDecimal} does. */
export const XLSX_PERCENT_FORMAT = '0.0%';

/** Agreement in pictures and reports: whole percent, or "–" when it is undefined. */
export function agreementWhole(value: number | null, tx: Translator = EN): string {
  return value === null ? NO_VALUE : percentWhole(value, tx);
}

/** A signed change in percentage points, whole: +25 pp, −8 pp, 0 pp (German "+25 Pp."). */
export function pointsChange(delta: number | null, tx: Translator = EN): string {
  if (delta === null) return NO_VALUE;
  const pp = Math.round(delta * 100);
  const sign = pp > 0 ? '+' : pp < 0 ? '−' : '';
  return tx.t('export.points', { points: `${sign}${tx.integer(Math.abs(pp))}` });
}

/** A signed change in percentage points with one decimal, for tables: "25.0", "-8.3". */
export function pointsChangeOneDecimal(delta: number | null): string {
  if (delta === null) return '';
  const v = Math.round(delta * 1000) / 10;
  return (Object.is(v, -0) ? 0 : v).toFixed(1);
}

/**
 * "2026-11-23" (UTC), for what programs read: file names, JSON, CSV cells, Backstage
 * annotations. What people read goes through the translator's `date` / `dateTime` (Intl).
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const RACI_CHECK_KEYS: Record<TRaciCheck, ExportMessageId> = {
  'no-accountable': 'export.raciCheck.noAccountable',
  'several-accountable': 'export.raciCheck.severalAccountable',
  'accountable-without-responsible': 'export.raciCheck.accountableWithoutResponsible',
  unowned: 'export.raciCheck.unowned',
};

/** A RACI check of the room ("No accountable role") in the export's language. */
export function raciCheckLabel(check: TRaciCheck, tx: Translator): string {
  return tx.t(RACI_CHECK_KEYS[check]);
}

const SESSION_STATUS_KEYS: Record<TSessionStatus, ExportMessageId> = {
  lobby: 'export.sessionStatus.lobby',
  live: 'export.sessionStatus.live',
  closed: 'export.sessionStatus.closed',
};

/** A session's status ("live") in the export's language. */
export function sessionStatusLabel(status: string, tx: Translator): string {
  const key = SESSION_STATUS_KEYS[status as TSessionStatus] as ExportMessageId | undefined;
  return key ? tx.t(key) : status;
}

export function thresholdLabel(threshold: number, tx: Translator = EN): string {
  return `θ = ${percentWhole(threshold, tx)}`;
}

export function statusLabel(status: RowStatus, tx: Translator = EN): string {
  return tx.heatmap.status[status];
}

export function roundLabel(bundle: ExportBundle): string {
  const rounds = Math.max(1, bundle.rounds.length);
  const round = lastRound(bundle).round;
  const named = roundWithLabel(bundle, round);
  return rounds > 1 ? exportText(bundle).t('export.roundOf', { round: named, rounds }) : named;
}

/** "round 1 (pre-work)", or "round 2" for a round without a label. */
export function roundWithLabel(bundle: ExportBundle, round: number): string {
  const tx = exportText(bundle);
  const label = bundle.session.rounds.find((r) => r.round === round)?.label;
  return label ? tx.t('export.roundLabelled', { round, label }) : tx.t('export.round', { round });
}

/** "n participants" in the export's language. */
export function participantsLabel(n: number, tx: Translator = EN): string {
  return tx.t('export.participants', { n });
}

/** The line under every export's title: date · participants · θ · round (· No answers yet). */
export function subtitle(bundle: ExportBundle): string {
  const tx = exportText(bundle);
  const parts = [
    tx.date(sessionDate(bundle)),
    participantsLabel(bundle.participants.total, tx),
    thresholdLabel(bundle.session.settings.threshold, tx),
    roundLabel(bundle),
  ];
  if (!hasAnswers(bundle)) parts.push(noAnswers(tx));
  return parts.join(' · ');
}

/** What a small-segment count is shown as, so a role of one or two people is not pointed at. */
export function hiddenCountLabel(k: number, tx: Translator = EN): string {
  return tx.t('export.fewerThan', { k });
}

/** The own-role text that replaces a role too small to show (answers tables). */
export function hiddenOwnRoleLabel(k: number, tx: Translator = EN): string {
  return tx.t('export.hiddenOwnRole', { k });
}

/** What the answers table holds, one line (XLSX About sheet, JSON). */
export function answersTableNote(tx: Translator = EN): string {
  return tx.t('export.answersTableNote');
}

/** How participants are labelled in the answers table (XLSX About sheet, JSON). */
export function participantLabelsNote(namesShown: boolean, tx: Translator = EN): string {
  return namesShown ? tx.t('export.participantLabels.named') : tx.t('export.participantLabels.anonymous');
}

/** The legend in words, for the files that cannot draw one (XLSX, Markdown, JSON) and under the PDF's drawn one. */
export function legendLines(threshold: number, minSegmentSize: number, tx: Translator = EN): string[] {
  const theta = percentWhole(threshold, tx);
  const { status } = tx.heatmap;
  return [
    tx.t('export.legend.cell'),
    tx.t('export.legend.owner', { theta }),
    tx.t('export.legend.gap', { status: status.gap, theta }),
    tx.t('export.legend.overlap', { status: status.overlap, theta }),
    tx.t('export.legend.clear', { status: status.clear }),
    tx.t('export.legend.noData', { status: status['no data'] }),
    tx.t('export.legend.hidden', { status: status.hidden, k: minSegmentSize }),
    tx.t('export.legend.agreement'),
    tx.t('export.legend.nobody'),
  ];
}
