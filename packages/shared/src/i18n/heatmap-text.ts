import type { RowStatus } from '../format/index.js';
import { formatInteger, formatSharePercent } from './intl.js';
import { DEFAULT_LOCALE, type TLocale } from './locales.js';

/**
 * The words a heatmap picture prints (title, headers, legend, status badges, its
 * screen-reader summary) in one language. The picture is drawn by the same code on screen
 * and in the SVG, PNG and PDF exports; each side builds this from its own catalogue with
 * {@link heatmapText}, whose keys (`heatmap.*`) both catalogues hold.
 */
export interface HeatmapText {
  locale: TLocale;
  percent: (share: number) => string;
  title: string;
  subtitle: (participants: number, answers: number) => string;
  meta: (segment: string, round: number, theta: string) => string;
  wholeRoom: string;
  segmentOther: string;
  segmentUndisclosed: string;
  segmentRole: (role: string) => string;
  columns: { concern: string; status: string; nobody: string; agreement: string; answered: string };
  uncategorised: string;
  status: Record<RowStatus, string>;
  legend: {
    ramp: string;
    owner: (theta: string) => string;
    gap: (theta: string) => string;
    overlap: (theta: string) => string;
    clear: string;
    contested: (margin: string, theta: string, floor: string) => string;
    tooFew: (n: number) => string;
    noData: string;
    hidden: string;
    noNumber: string;
    agreement: string;
    alarm: string;
  };
  suppressed: (k: number) => string;
  aria: (concerns: number, roles: number, gaps: number, overlaps: number) => string;
  ariaSuppressed: (concerns: number, roles: number, k: number) => string;
  /** a whole number ("1,234", "1.234") */
  integer: (value: number) => string;
  /** the difference heatmap's own words (it shares the columns, statuses and the rest above) */
  difference: DifferenceHeatmapText;
}

/** What only the difference heatmap (B − A per cell) prints; `a` and `b` name the two sides. */
export interface DifferenceHeatmapText {
  title: string;
  /** "change in percentage points", in the line of facts under the title */
  points: string;
  rounds: (from: number, to: number) => string;
  theta: (theta: string) => string;
  columns: { status: string; statusHeader: (a: string, b: string) => string; agreement: string };
  legend: {
    ramp: (a: string, b: string) => string;
    lower: (b: string) => string;
    higher: (b: string) => string;
    change: (a: string, b: string) => string;
    gap: string;
    overlap: string;
    noData: string;
    noNumber: string;
  };
  /** "CLEAR (unchanged)" */
  unchanged: (status: string) => string;
  /** a cell's tooltip: "Nobody: 50% → 0% (−50 points)" */
  tooltip: (name: string, text: string) => string;
  /** "25% → 88% (+63 points)" */
  fromTo: (from: string, to: string, delta: string) => string;
  aria: (a: string, b: string, s: { concerns: number; roles: number; changed: number; closedGaps: number; newGaps: number }) => string;
}

type Translate = (key: HeatmapKey, values?: Record<string, string | number>) => string;

export const HEATMAP_KEYS = [
  'heatmap.title',
  'heatmap.subtitle',
  'heatmap.meta',
  'heatmap.segment.wholeRoom',
  'heatmap.segment.other',
  'heatmap.segment.undisclosed',
  'heatmap.segment.role',
  'heatmap.column.concern',
  'heatmap.column.status',
  'heatmap.column.nobody',
  'heatmap.column.agreement',
  'heatmap.column.answered',
  'heatmap.uncategorised',
  'heatmap.status.gap',
  'heatmap.status.overlap',
  'heatmap.status.clear',
  'heatmap.status.contested',
  'heatmap.status.tooFew',
  'heatmap.status.noData',
  'heatmap.status.hidden',
  'heatmap.legend.ramp',
  'heatmap.legend.owner',
  'heatmap.legend.gap',
  'heatmap.legend.overlap',
  'heatmap.legend.clear',
  'heatmap.legend.contested',
  'heatmap.legend.tooFew',
  'heatmap.legend.noData',
  'heatmap.legend.hidden',
  'heatmap.legend.noNumber',
  'heatmap.legend.agreement',
  'heatmap.legend.alarm',
  'heatmap.suppressed',
  'heatmap.aria',
  'heatmap.ariaSuppressed',
  'heatmap.difference.title',
  'heatmap.difference.points',
  'heatmap.difference.rounds',
  'heatmap.difference.theta',
  'heatmap.difference.column.status',
  'heatmap.difference.column.statusHeader',
  'heatmap.difference.column.agreement',
  'heatmap.difference.legend.ramp',
  'heatmap.difference.legend.lower',
  'heatmap.difference.legend.higher',
  'heatmap.difference.legend.change',
  'heatmap.difference.legend.gap',
  'heatmap.difference.legend.overlap',
  'heatmap.difference.legend.noData',
  'heatmap.difference.legend.noNumber',
  'heatmap.difference.unchanged',
  'heatmap.difference.tooltip',
  'heatmap.difference.fromTo',
  'heatmap.difference.aria',
] as const;
export type HeatmapKey = (typeof HEATMAP_KEYS)[number];

/** A heatmap's words from a catalogue's `heatmap.*` messages. */
export function heatmapText(locale: TLocale, t: Translate): HeatmapText {
  return {
    locale,
    percent: (share) => formatSharePercent(locale, share),
    title: t('heatmap.title'),
    subtitle: (participants, answers) => t('heatmap.subtitle', { participants, answers }),
    meta: (segment, round, theta) => t('heatmap.meta', { segment, round, theta }),
    wholeRoom: t('heatmap.segment.wholeRoom'),
    segmentOther: t('heatmap.segment.other'),
    segmentUndisclosed: t('heatmap.segment.undisclosed'),
    segmentRole: (role) => t('heatmap.segment.role', { role }),
    columns: {
      concern: t('heatmap.column.concern'),
      status: t('heatmap.column.status'),
      nobody: t('heatmap.column.nobody'),
      agreement: t('heatmap.column.agreement'),
      answered: t('heatmap.column.answered'),
    },
    uncategorised: t('heatmap.uncategorised'),
    status: {
      gap: t('heatmap.status.gap'),
      overlap: t('heatmap.status.overlap'),
      clear: t('heatmap.status.clear'),
      contested: t('heatmap.status.contested'),
      'too few': t('heatmap.status.tooFew'),
      'no data': t('heatmap.status.noData'),
      hidden: t('heatmap.status.hidden'),
    },
    legend: {
      ramp: t('heatmap.legend.ramp'),
      owner: (theta) => t('heatmap.legend.owner', { theta }),
      gap: (theta) => t('heatmap.legend.gap', { theta }),
      overlap: (theta) => t('heatmap.legend.overlap', { theta }),
      clear: t('heatmap.legend.clear'),
      contested: (margin, theta, floor) => t('heatmap.legend.contested', { margin, theta, floor }),
      tooFew: (n) => t('heatmap.legend.tooFew', { n }),
      noData: t('heatmap.legend.noData'),
      hidden: t('heatmap.legend.hidden'),
      noNumber: t('heatmap.legend.noNumber'),
      agreement: t('heatmap.legend.agreement'),
      alarm: t('heatmap.legend.alarm'),
    },
    suppressed: (k) => t('heatmap.suppressed', { k }),
    aria: (concerns, roles, gaps, overlaps) => t('heatmap.aria', { concerns, roles, gaps, overlaps }),
    ariaSuppressed: (concerns, roles, k) => t('heatmap.ariaSuppressed', { concerns, roles, k }),
    integer: (value) => formatInteger(locale, value),
    difference: {
      title: t('heatmap.difference.title'),
      points: t('heatmap.difference.points'),
      rounds: (from, to) => t('heatmap.difference.rounds', { from, to }),
      theta: (theta) => t('heatmap.difference.theta', { theta }),
      columns: {
        status: t('heatmap.difference.column.status'),
        statusHeader: (a, b) => t('heatmap.difference.column.statusHeader', { a, b }),
        agreement: t('heatmap.difference.column.agreement'),
      },
      legend: {
        ramp: (a, b) => t('heatmap.difference.legend.ramp', { a, b }),
        lower: (b) => t('heatmap.difference.legend.lower', { b }),
        higher: (b) => t('heatmap.difference.legend.higher', { b }),
        change: (a, b) => t('heatmap.difference.legend.change', { a, b }),
        gap: t('heatmap.difference.legend.gap'),
        overlap: t('heatmap.difference.legend.overlap'),
        noData: t('heatmap.difference.legend.noData'),
        noNumber: t('heatmap.difference.legend.noNumber'),
      },
      unchanged: (status) => t('heatmap.difference.unchanged', { status }),
      tooltip: (name, text) => t('heatmap.difference.tooltip', { name, text }),
      fromTo: (from, to, delta) => t('heatmap.difference.fromTo', { from, to, delta }),
      aria: (a, b, s) => t('heatmap.difference.aria', { a, b, concerns: s.concerns, roles: s.roles, changed: s.changed, closed: s.closedGaps, newGaps: s.newGaps }),
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The English words, as the heatmap printed them before it spoke other languages (its default). */
export const HEATMAP_TEXT_EN: HeatmapText = {
  locale: DEFAULT_LOCALE,
  percent: (share) => formatSharePercent(DEFAULT_LOCALE, share),
  title: 'Ownership heatmap',
  subtitle: (participants, answers) => `${plural(participants, 'participant', 'participants')} · ${plural(answers, 'answer', 'answers')}`,
  meta: (segment, round, theta) => `${segment} · round ${round} · owner threshold θ = ${theta}`,
  wholeRoom: 'Whole room',
  segmentOther: 'Segment: other roles',
  segmentUndisclosed: 'Segment: role not given',
  segmentRole: (role) => `Segment: as ${role} see it`,
  columns: { concern: 'Concern', status: 'Status', nobody: 'Nobody', agreement: 'Agreement', answered: 'Answered' },
  uncategorised: 'Uncategorised',
  status: { gap: 'GAP', overlap: 'OVERLAP', clear: 'CLEAR', contested: 'CONTESTED', 'too few': 'TOO FEW', 'no data': 'NO DATA', hidden: 'HIDDEN' },
  legend: {
    ramp: 'Share naming the role as owner',
    owner: (theta) => `Owner: share ≥ θ = ${theta}`,
    gap: (theta) => `no role reaches ${theta}, or "nobody" does`,
    overlap: (theta) => `2 or more roles reach ${theta}`,
    clear: 'exactly one owning role',
    contested: (margin, theta, floor) => `top share within ${margin} of ${theta}, or agreement below ${floor}`,
    tooFew: (n) => `fewer than ${n} answers: no number shown`,
    noData: 'no answers yet',
    hidden: 'too few respondents to show',
    noNumber: 'no number to show',
    agreement: 'Agreement: 100% = everyone gave the same answer',
    alarm: 'Orange: the alarm (gap rows; "Nobody", darker the more say so)',
  },
  suppressed: (k) => `Fewer than ${k} respondents in this segment: hidden to keep answers anonymous`,
  aria: (concerns, roles, gaps, overlaps) =>
    `Ownership heatmap: ${plural(concerns, 'concern', 'concerns')}, ${plural(roles, 'role', 'roles')}, ${plural(gaps, 'gap', 'gaps')}, ${plural(overlaps, 'overlap', 'overlaps')}`,
  ariaSuppressed: (concerns, roles, k) =>
    `Ownership heatmap: ${plural(concerns, 'concern', 'concerns')}, ${plural(roles, 'role', 'roles')}. Fewer than ${k} respondents in this segment: hidden to keep answers anonymous`,
  integer: (value) => formatInteger(DEFAULT_LOCALE, value),
  difference: {
    title: 'Ownership change',
    points: 'change in percentage points',
    rounds: (from, to) => `round ${from} → round ${to}`,
    theta: (theta) => `owner threshold θ = ${theta}`,
    columns: { status: 'Status change', statusHeader: (a, b) => `Status: ${a} → ${b}`, agreement: 'Agreement change' },
    legend: {
      ramp: (a, b) => `Change, percentage points (${b} − ${a})`,
      lower: (b) => `lower in ${b}`,
      higher: (b) => `higher in ${b}`,
      change: (a, b) => `Status: in ${a} → in ${b}; “=” when unchanged`,
      gap: 'no owner, or "nobody" reaches θ',
      overlap: '2 or more owning roles',
      noData: 'no answers',
      noNumber: 'no number: a side has no answers',
    },
    unchanged: (status) => `${status} (unchanged)`,
    tooltip: (name, text) => `${name}: ${text}`,
    fromTo: (from, to, delta) => `${from} → ${to} (${delta} points)`,
    aria: (a, b, s) =>
      `Difference heatmap from ${a} to ${b}: ${plural(s.concerns, 'concern', 'concerns')}, ${plural(s.roles, 'role', 'roles')}, ${plural(s.changed, 'status change', 'status changes')}, ${plural(s.closedGaps, 'gap', 'gaps')} closed, ${plural(s.newGaps, 'new gap', 'new gaps')}`,
  },
};
