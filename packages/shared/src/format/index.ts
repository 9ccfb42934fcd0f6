import type { TConcernAggregate, TConcernStatusKind } from '../contracts/aggregate.js';
import { type HonestyOptions, honestStatus } from '../aggregate/honesty.js';

// The words and number formats that every screen, picture and export prints the same way.
// One definition each, so a share reads "63%" on the projector, in the SVG and in the PDF
// alike (and so the catalogues of a translation have one place to plug in).

/** What a cell or a value shows when there is no number to show. */
export const NO_VALUE = '–';

/** Whole percent, clamped to 0–100 %: 0.625 → "63%". */
export function formatPercent(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return `${Math.round(clamped * 100)}%`;
}

/** A percent that may be missing (agreement below two respondents, a side without answers): "63%" or "–". */
export function formatOptionalPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : formatPercent(value);
}

/**
 * A change in percentage points, signed, as the difference heatmap prints it: "+25", "−50"
 * (a real minus sign), "0". Rounded half away from zero so +12.5 and −12.5 points read
 * alike; the tiny epsilon keeps float noise (0.145 · 100 = 14.4999…) from rounding down.
 */
export function formatDelta(delta: number): string {
  if (!Number.isFinite(delta)) return NO_VALUE;
  const points = Math.round(Math.abs(delta) * 100 + 1e-9);
  if (points === 0) return '0';
  return `${delta > 0 ? '+' : '\u2212'}${points}`;
}

/** "1 participant", "1,250 participants". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A file-name-safe slug: "DE vs MLOps — Payments" → "de-vs-mlops-payments"; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** How a count below k is shown, so the one or two people of a small role are not pointed at. */
export function fewerThan(k: number): string {
  return `fewer than ${k}`;
}

/** The sentence that stands in for a segment hidden for anonymity (below k respondents). */
export function suppressedMessage(k: number): string {
  return `Fewer than ${k} respondents in this segment: hidden to keep answers anonymous`;
}

/** A concern's marker on a heatmap row: its aggregate's status, or "hidden" when anonymity suppresses it. */
export type RowStatus = TConcernStatusKind | 'hidden' | 'contested' | 'too few';

export const STATUS_LABELS: Record<RowStatus, string> = {
  gap: 'GAP',
  overlap: 'OVERLAP',
  clear: 'CLEAR',
  contested: 'CONTESTED',
  'too few': 'TOO FEW',
  'no data': 'NO DATA',
  hidden: 'HIDDEN',
};

/** What a status means, in the words a legend or a screen reader uses. */
export const TOO_FEW_ANSWERS = 'too few answers';

/** The row status a concern shows: hidden when its segment or the concern is suppressed, no data without answers. */
export function rowStatus(aggregate: TConcernAggregate | undefined, segmentSuppressed = false): RowStatus {
  if (segmentSuppressed || aggregate?.suppressed) return 'hidden';
  if (!aggregate || aggregate.answered === 0) return 'no data';
  return aggregate.status;
}

/**
 * The row status with the honesty flags applied (aggregate/honesty.ts): 'too few' below k
 * answers, 'contested' in place of a clear that is not settled. Screens and exports that know
 * θ and k use this one.
 */
export function honestRowStatus(aggregate: TConcernAggregate | undefined, heatmap: { threshold: number; minSegmentSize: number; suppressed?: boolean }): RowStatus {
  const base = rowStatus(aggregate, heatmap.suppressed ?? false);
  if (!aggregate || base === 'hidden' || base === 'no data') return base;
  const options: HonestyOptions = { threshold: heatmap.threshold, minAnswers: heatmap.minSegmentSize };
  return honestStatus(aggregate, options);
}
