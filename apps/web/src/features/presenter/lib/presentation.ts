import { type TConcern, type TConcernAggregate, type THeatmap, type TRole, type TSession, type TShownConcernAggregate, convergence, formatDecimal, perceptionGaps } from '@thinline/shared';
import { currentLocale, t } from '../../../i18n/i18n';

type SessionView = Pick<TSession, 'status' | 'concerns' | 'state'>;

/**
 * The concerns whose numbers may be projected. Answers are blind until the facilitator
 * reveals a concern, so a live session shows only revealed concerns; a closed one shows all.
 */
export function presentableConcerns(session: SessionView): TConcern[] {
  if (session.status === 'closed') return session.concerns;
  const revealed = new Set(session.state.concerns.filter((c) => c.revealed).map((c) => c.concernId));
  return session.concerns.filter((c) => revealed.has(c.id));
}

export function aggregateOf(heatmap: THeatmap | undefined, concernId: string): TConcernAggregate | undefined {
  return heatmap?.concerns.find((c) => c.concernId === concernId);
}

export interface ConcernProgress {
  /** everyone who answered this concern, "don't know" included */
  answered: number;
  participants: number;
  /** 0..1, for a progress bar */
  ratio: number;
}

/** "37/52 answered": respondents of a concern (answered + don't know) against participants. */
export function concernProgress(heatmap: THeatmap | undefined, concernId: string): ConcernProgress {
  const aggregate = aggregateOf(heatmap, concernId);
  // The control room reads the whole room, which is never suppressed (only segment views are).
  const answered = aggregate && !aggregate.suppressed ? aggregate.answered + aggregate.unknown : 0;
  const participants = heatmap?.participants ?? 0;
  return { answered, participants, ratio: participants > 0 ? Math.min(1, answered / participants) : 0 };
}

export interface DistributionBar {
  key: string;
  label: string;
  /** 0..1 */
  share: number;
  kind: 'role' | 'nobody' | 'unknown';
  owner: boolean;
}

export interface FocusDistribution {
  bars: DistributionBar[];
  /** answered + don't know */
  respondents: number;
}

/**
 * The bars of the focus view: each role's share and "nobody" over N(c) (those who did not
 * say "don't know"), and "don't know" over everyone who answered the concern.
 */
export function focusDistribution(aggregate: TShownConcernAggregate, roles: readonly TRole[]): FocusDistribution {
  const respondents = aggregate.answered + aggregate.unknown;
  const owners = new Set(aggregate.owners);
  const bars: DistributionBar[] = roles.map((role) => ({
    key: role.id,
    label: role.name,
    share: aggregate.shares[role.id] ?? 0,
    kind: 'role',
    owner: owners.has(role.id),
  }));
  bars.push({ key: 'nobody', label: t('app.presenter.focus.nobody'), share: aggregate.nobody, kind: 'nobody', owner: false });
  bars.push({ key: 'unknown', label: t('app.presenter.focus.dontKnow'), share: respondents > 0 ? aggregate.unknown / respondents : 0, kind: 'unknown', owner: false });
  return { bars, respondents };
}

export interface GapRow {
  concern: TConcern;
  /** perception gap between the two segments; null when either has nothing to compare */
  gap: number | null;
  /** the role the two segments disagree about most, with each side's share */
  widest: { role: TRole; a: number; b: number } | null;
}

/** Perception gap per concern between segments A and B, largest first, "no data" last. */
export function gapRows(a: THeatmap, b: THeatmap, concerns: readonly TConcern[], roles: readonly TRole[]): GapRow[] {
  const gaps = perceptionGaps(a, b, roles.map((r) => r.id));
  const rows = concerns.map((concern, index) => {
    const gap = gaps[concern.id] ?? null;
    let widest: GapRow['widest'] = null;
    if (gap !== null) {
      // A gap exists only between two shown concerns, so both have shares here.
      const ca = aggregateOf(a, concern.id);
      const cb = aggregateOf(b, concern.id);
      for (const role of roles) {
        const sa = ca && !ca.suppressed ? (ca.shares[role.id] ?? 0) : 0;
        const sb = cb && !cb.suppressed ? (cb.shares[role.id] ?? 0) : 0;
        if (!widest || Math.abs(sa - sb) > Math.abs(widest.a - widest.b)) widest = { role, a: sa, b: sb };
      }
    }
    return { concern, gap, widest, index };
  });
  rows.sort((x, y) => {
    if (x.gap === null || y.gap === null) return (x.gap === null ? 1 : 0) - (y.gap === null ? 1 : 0) || x.index - y.index;
    return y.gap - x.gap || x.index - y.index;
  });
  return rows.map(({ concern, gap, widest }) => ({ concern, gap, widest }));
}

export interface RoundRow {
  concern: TConcern;
  first: number | null;
  last: number | null;
  /** convergence: agreement in the last round minus the first */
  change: number | null;
}

export function roundRows(first: THeatmap, last: THeatmap, concerns: readonly TConcern[]): RoundRow[] {
  const change = convergence(first, last);
  return concerns.map((concern) => ({
    concern,
    first: aggregateOf(first, concern.id)?.agreement ?? null,
    last: aggregateOf(last, concern.id)?.agreement ?? null,
    change: change[concern.id] ?? null,
  }));
}

/** A change of agreement in words, in the shown language: "up 12 points", "down 5 points", "no change", "–". */
export function describeChange(change: number | null): string {
  if (change === null) return '–';
  const points = Math.round(change * 100);
  if (points === 0) return t('app.presenter.rounds.noChange');
  return points > 0 ? t('app.presenter.rounds.up', { n: points }) : t('app.presenter.rounds.down', { n: -points });
}

/** Mean confidence on the 1–5 scale in the shown language ("3.8 of 5", "3,8 von 5"), "–" when nobody gave one. */
export function describeConfidence(confidence: number | null): string {
  return confidence === null ? '–' : t('app.presenter.focus.confidenceValue', { value: formatDecimal(currentLocale(), confidence, 1) });
}

/** Rows per projector page: 8 keep concern names at 20 px and numbers at 24 px on a 720p projector. */
export const PRESENTER_PAGE_ROWS = 8;

/** The rows of one page, and how many pages there are (at least 1). */
export function pageOf<T>(rows: readonly T[], page: number, size = PRESENTER_PAGE_ROWS): { rows: T[]; page: number; pages: number; first: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(pages - 1, Math.max(0, Math.floor(page)));
  return { rows: rows.slice(at * size, at * size + size), page: at, pages, first: at * size };
}

/**
 * The layout width that fills a `boxWidth` × `boxHeight` screen area without overflowing it:
 * PROJECTOR_WIDTH (the readable size) unless the picture, `heightAtBase` units tall at that
 * width, would then be taller than the area; then as much wider as it must be.
 */
export function projectorLayoutWidth(boxWidth: number, boxHeight: number, heightAtBase: number, base = 1000): number {
  if (boxWidth <= 0 || boxHeight <= 0) return base;
  return Math.max(base, Math.ceil((boxWidth * heightAtBase) / boxHeight));
}
