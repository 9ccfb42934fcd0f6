import type { TConcernAggregate, TConcernStatusKind, THeatmap, TShownConcernAggregate } from '../contracts/aggregate.js';

/** A concern that has numbers to compare: shown and with at least one respondent in N(c). */
function comparable(c: TConcernAggregate): c is TShownConcernAggregate {
  return !c.suppressed && c.answered > 0;
}

/**
 * perceptionGap(c, A, B) = ½ Σ_r |share_A(c, r) − share_B(c, r)| over `roleIds` (a share
 * missing from a record counts as 0). null when either side is suppressed or has
 * answered = 0. It is 0 to 1 when each respondent names one owner; with multi-owner
 * answers the shares add up to more than 1 and the value can reach |roleIds| / 2.
 */
export function perceptionGap(a: TConcernAggregate, b: TConcernAggregate, roleIds: readonly string[]): number | null {
  if (!comparable(a) || !comparable(b)) return null;
  let sum = 0;
  for (const r of roleIds) sum += Math.abs((a.shares[r] ?? 0) - (b.shares[r] ?? 0));
  return sum / 2;
}

/**
 * Perception gap per concern between two heatmaps (typically two segments of one round),
 * keyed by the concerns of `a`; a concern missing from `b` gives null.
 */
export function perceptionGaps(a: THeatmap, b: THeatmap, roleIds: readonly string[]): Record<string, number | null> {
  const inB = new Map(b.concerns.map((c) => [c.concernId, c]));
  const out: Record<string, number | null> = {};
  for (const ca of a.concerns) {
    const cb = inB.get(ca.concernId);
    out[ca.concernId] = cb ? perceptionGap(ca, cb, roleIds) : null;
  }
  return out;
}

/**
 * convergence(c) = agreement(last round) − agreement(first round), keyed by every concern of
 * either heatmap (`last`'s order first); null when either agreement is null or missing.
 */
export function convergence(first: THeatmap, last: THeatmap): Record<string, number | null> {
  const inFirst = new Map(first.concerns.map((c) => [c.concernId, c]));
  const out: Record<string, number | null> = {};
  for (const cl of last.concerns) {
    const a0 = inFirst.get(cl.concernId)?.agreement ?? null;
    out[cl.concernId] = a0 === null || cl.agreement === null ? null : cl.agreement - a0;
  }
  for (const cf of first.concerns) if (!Object.hasOwn(out, cf.concernId)) out[cf.concernId] = null;
  return out;
}

const QUEUE_GROUP: Record<TConcernStatusKind, number> = { gap: 0, overlap: 1, clear: 2, 'no data': 3 };

/** Ascending, null after every number. */
function compareNullableAsc(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a - b;
}

/** Descending, null after every number. */
function compareNullableDesc(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return b - a;
}

/**
 * The concerns in the order to discuss them:
 * 1. 'gap', then 'overlap', each by lowest agreement first (null agreement after numbers),
 *    ties by largest perception gap;
 * 2. then 'clear', by largest perception gap first (null/missing after numbers);
 * 3. then 'no data' (this includes suppressed concerns);
 * within each group, concerns in `flagged` (those with a RACI check) come first among
 * equals; the original order breaks any remaining tie.
 */
export function discussionQueue(
  heatmap: THeatmap,
  perceptionGapByConcern?: Readonly<Record<string, number | null>>,
  flagged?: ReadonlySet<string>,
): string[] {
  const gapOf = (id: string): number | null => perceptionGapByConcern?.[id] ?? null;
  const unflagged = (id: string): number => (flagged?.has(id) ? 0 : 1);
  return heatmap.concerns
    .map((c, index) => ({ c, index }))
    .sort((x, y) => {
      const gx = QUEUE_GROUP[x.c.status];
      const gy = QUEUE_GROUP[y.c.status];
      if (gx !== gy) return gx - gy;
      const fx = unflagged(x.c.concernId) - unflagged(y.c.concernId);
      if (fx !== 0) return fx;
      let order = 0;
      if (x.c.status === 'gap' || x.c.status === 'overlap') {
        order = compareNullableAsc(x.c.agreement, y.c.agreement) || compareNullableDesc(gapOf(x.c.concernId), gapOf(y.c.concernId));
      } else if (x.c.status === 'clear') {
        order = compareNullableDesc(gapOf(x.c.concernId), gapOf(y.c.concernId));
      }
      return order || x.index - y.index;
    })
    .map(({ c }) => c.concernId);
}

export interface ConcernComparison {
  concernId: string;
  /** share in `b` − share in `a`, for every role id; null when either side is suppressed. */
  shareDelta: Record<string, number> | null;
  /** nobody in `b` − nobody in `a`; null when either side is suppressed. */
  nobodyDelta: number | null;
  statusFrom: TConcernStatusKind;
  statusTo: TConcernStatusKind;
  /** agreement in `b` − agreement in `a`; null when either is null. */
  agreementDelta: number | null;
  /** false when either side is suppressed or has no respondent in N(c): the deltas then mean nothing. */
  comparable: boolean;
}

export interface HeatmapComparison {
  concerns: ConcernComparison[];
}

/**
 * The difference heatmap of two sessions (or rounds): `b` − `a` for the concerns present in
 * both, in `a`'s order. Concerns and roles are matched by id.
 */
export function compareHeatmaps(a: THeatmap, b: THeatmap, roleIds: readonly string[]): HeatmapComparison {
  const inB = new Map(b.concerns.map((c) => [c.concernId, c]));
  const concerns: ConcernComparison[] = [];
  for (const ca of a.concerns) {
    const cb = inB.get(ca.concernId);
    if (!cb) continue;
    if (ca.suppressed || cb.suppressed) {
      // A hidden side has no numbers: no delta either (not a change "from 0").
      concerns.push({ concernId: ca.concernId, shareDelta: null, nobodyDelta: null, statusFrom: ca.status, statusTo: cb.status, agreementDelta: null, comparable: false });
      continue;
    }
    const shareDelta: Record<string, number> = {};
    for (const r of roleIds) shareDelta[r] = (cb.shares[r] ?? 0) - (ca.shares[r] ?? 0);
    concerns.push({
      concernId: ca.concernId,
      shareDelta,
      nobodyDelta: cb.nobody - ca.nobody,
      statusFrom: ca.status,
      statusTo: cb.status,
      agreementDelta: ca.agreement === null || cb.agreement === null ? null : cb.agreement - ca.agreement,
      comparable: comparable(ca) && comparable(cb),
    });
  }
  return { concerns };
}
