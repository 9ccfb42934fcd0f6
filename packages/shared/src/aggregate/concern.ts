import type { TConcernAggregate, TShownConcernAggregate, TSuppressedConcernAggregate } from '../contracts/aggregate.js';
import { UNKNOWN_KEY, parseAnswerKey, type AnswerKey, type ParsedAnswerKey } from './answer-key.js';

/**
 * Tolerance for "share ≥ θ": shares are count/N, and θ may itself carry rounding (0.1 + 0.2).
 * Distinct shares differ by at least 1/N ≥ 1/20,000, far above this.
 */
export const SHARE_EPSILON = 1e-9;

/** a ≥ b, forgiving floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - SHARE_EPSILON;
}

interface AnswerSet {
  count: number;
  parsed: ParsedAnswerKey;
}

function assertCount(key: AnswerKey, count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count for ${JSON.stringify(key)} must be an integer >= 0, got ${count}`);
}

/** The distinct answer sets of N(c) (every key but 'unknown') with a positive count. */
function answerSets(counts: ReadonlyMap<AnswerKey, number>): AnswerSet[] {
  const sets: AnswerSet[] = [];
  for (const [key, count] of counts) {
    assertCount(key, count);
    if (key === UNKNOWN_KEY || count === 0) continue;
    sets.push({ count, parsed: parseAnswerKey(key) });
  }
  return sets;
}

/**
 * Jaccard similarity of two answers of N(c): 'nobody' is its own set (1 with 'nobody',
 * 0 with any owner set, the empty one included); two owner sets give |A∩B| / |A∪B|, and
 * two empty owner sets give 1 (identical answers).
 */
export function jaccard(a: ParsedAnswerKey, b: ParsedAnswerKey): number {
  if (a.kind === 'unknown' || b.kind === 'unknown') throw new RangeError('"don\'t know" is not part of N(c)');
  if (a.kind === 'nobody' || b.kind === 'nobody') return a.kind === b.kind ? 1 : 0;
  const inA = new Set(a.owners);
  const intersection = b.owners.filter((r) => inA.has(r)).length;
  const union = a.owners.length + b.owners.length - intersection;
  return union === 0 ? 1 : intersection / union;
}

/**
 * agreement(c): the mean Jaccard similarity over all unordered pairs of respondents in
 * N(c), computed from the distinct answer sets and their counts in O(k²) for k distinct
 * sets: Σ_i C(n_i, 2)·1 + Σ_{i<j} n_i·n_j·J(i, j), divided by C(n, 2).
 * null when |N(c)| < 2. 'unknown' is ignored.
 */
export function agreementFromCounts(counts: ReadonlyMap<AnswerKey, number>): number | null {
  const sets = answerSets(counts);
  let n = 0;
  for (const s of sets) n += s.count;
  if (n < 2) return null;
  let similar = 0;
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i];
    if (!a) continue;
    similar += (a.count * (a.count - 1)) / 2;
    for (let j = i + 1; j < sets.length; j++) {
      const b = sets[j];
      if (!b) continue;
      similar += a.count * b.count * jaccard(a.parsed, b.parsed);
    }
  }
  const pairs = (n * (n - 1)) / 2;
  return Math.min(1, Math.max(0, similar / pairs));
}

export interface ConcernAggregateInput {
  concernId: string;
  /** answer counts by key for this concern (one round, one segment or the whole room). */
  counts: ReadonlyMap<AnswerKey, number>;
  /** the session's roles, in display order: every one is a key of `shares`. */
  roleIds: readonly string[];
  /** θ, in (0, 1]. */
  threshold: number;
  /** sum and count of the confidences given; omitted = none. */
  confidence?: { sum: number; count: number };
}

/**
 * The numbers for one concern (product.md, "Aggregates"):
 * - answered = |N(c)| (everything but 'unknown'), unknown = the "don't know" count;
 * - shares[r] = respondents of N(c) whose owner set contains r / |N(c)| (0 when |N(c)| = 0);
 *   roles in an answer that are not in `roleIds` count in N(c) but get no share;
 * - nobody = 'nobody' answers / |N(c)|;
 * - owners = roles (in `roleIds` order) with share ≥ θ (with {@link SHARE_EPSILON});
 * - status: 'no data' if |N(c)| = 0; else 'gap' if no owner or nobody ≥ θ; else 'overlap'
 *   if ≥ 2 owners; else 'clear';
 * - agreement = {@link agreementFromCounts}; confidence = sum / count or null.
 */
export function computeConcernAggregate(input: ConcernAggregateInput): TShownConcernAggregate {
  const { concernId, counts, roleIds, threshold } = input;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);

  const unknown = counts.get(UNKNOWN_KEY) ?? 0;
  assertCount(UNKNOWN_KEY, unknown);
  const sets = answerSets(counts);

  let answered = 0;
  let nobodyCount = 0;
  const named = new Map<string, number>(roleIds.map((r) => [r, 0]));
  for (const s of sets) {
    answered += s.count;
    if (s.parsed.kind === 'nobody') nobodyCount += s.count;
    for (const r of s.parsed.owners) {
      const prev = named.get(r);
      if (prev !== undefined) named.set(r, prev + s.count);
    }
  }

  const shares: Record<string, number> = {};
  for (const r of roleIds) shares[r] = answered === 0 ? 0 : (named.get(r) ?? 0) / answered;
  const nobody = answered === 0 ? 0 : nobodyCount / answered;
  const owners = answered === 0 ? [] : roleIds.filter((r) => atLeast(shares[r] ?? 0, threshold));

  let status: TShownConcernAggregate['status'];
  if (answered === 0) status = 'no data';
  else if (owners.length === 0 || atLeast(nobody, threshold)) status = 'gap';
  else if (owners.length >= 2) status = 'overlap';
  else status = 'clear';

  const conf = input.confidence;
  return {
    concernId,
    answered,
    unknown,
    shares,
    nobody,
    owners,
    status,
    agreement: agreementFromCounts(counts),
    confidence: conf && conf.count > 0 ? conf.sum / conf.count : null,
    suppressed: false,
  };
}

/** A concern hidden by small-segment anonymity: no numbers (null, not 0), status 'no data'. */
export function suppressedConcernAggregate(concernId: string): TSuppressedConcernAggregate {
  return { concernId, answered: null, unknown: null, shares: null, nobody: null, owners: [], status: 'no data', agreement: null, confidence: null, suppressed: true };
}

/**
 * The numbers of an aggregate known to be shown (a whole-room view is never suppressed);
 * throws for a suppressed one rather than reading its nulls as zeros.
 */
export function shownAggregate(aggregate: TConcernAggregate): TShownConcernAggregate {
  if (aggregate.suppressed) throw new Error(`concern ${aggregate.concernId} is suppressed: it has no numbers`);
  return aggregate;
}
