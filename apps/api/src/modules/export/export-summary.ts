import { atLeast, convergence, discussionQueue, perceptionGap } from '@thinline/shared';
import type { TConcern, THeatmap, TShownConcernAggregate } from '@thinline/shared';
import { hasAnswers, lastRound } from './export-bundle.js';
import { exportText, percentWhole } from './format.js';
import type { ExportBundle, ExportSegment } from './export-bundle.js';

/** The largest perception gap of a concern between two shown segments. */
export interface PerceptionGapPeak {
  value: number;
  /** the two own roles (segment ids) that see the concern most differently. */
  between: [string, string];
  betweenNames: [string, string];
}

export interface ConcernInsight {
  concern: TConcern;
  /** the last round's whole-room numbers (the whole room is never suppressed). */
  aggregate: TShownConcernAggregate;
  ownerNames: string[];
  perceptionGap: PerceptionGapPeak | null;
  /** agreement in round 1, when there is more than one round. */
  firstAgreement: number | null;
  /** agreement(last) − agreement(first); null with one round or an undefined agreement. */
  convergence: number | null;
}

/**
 * What every report-like export says beyond the raw matrix, computed once with the shared
 * aggregate functions: the discussion queue, the gaps and overlaps, the perception gaps
 * between segments, and convergence across rounds.
 */
export interface ExportSummary {
  heatmap: THeatmap;
  empty: boolean;
  /** display order. */
  concerns: ConcernInsight[];
  /** discussion order (product.md, "Discussion queue"). */
  queue: ConcernInsight[];
  /** gaps then overlaps, in discussion order. */
  issues: ConcernInsight[];
  counts: { gap: number; overlap: number; clear: number; noData: number };
  /** the segments with numbers to show. */
  shownSegments: ExportSegment[];
  hiddenSegments: ExportSegment[];
  multiRound: boolean;
}

/** The largest perception gap per concern over every pair of shown segments. */
export function perceptionGapPeaks(segments: readonly ExportSegment[], roleIds: readonly string[]): Map<string, PerceptionGapPeak> {
  const peaks = new Map<string, PerceptionGapPeak>();
  const byConcern = segments.map((s) => new Map(s.heatmap.concerns.map((c) => [c.concernId, c])));
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i];
      const b = segments[j];
      const ma = byConcern[i];
      const mb = byConcern[j];
      if (!a || !b || !ma || !mb) continue;
      for (const [concernId, ca] of ma) {
        const cb = mb.get(concernId);
        if (!cb) continue;
        const value = perceptionGap(ca, cb, roleIds);
        if (value === null) continue;
        const prev = peaks.get(concernId);
        // strictly greater keeps the first pair in segment order on ties: stable output
        if (!prev || value > prev.value) peaks.set(concernId, { value, between: [a.roleId, b.roleId], betweenNames: [a.roleName, b.roleName] });
      }
    }
  }
  return peaks;
}

export function summarize(bundle: ExportBundle): ExportSummary {
  const heatmap = lastRound(bundle);
  const roleIds = bundle.roles.map((r) => r.id);
  const roleNames = new Map(bundle.roles.map((r) => [r.id, r.name]));
  const shownSegments = bundle.segments.filter((s) => !s.heatmap.suppressed);
  const hiddenSegments = bundle.segments.filter((s) => s.heatmap.suppressed);
  const peaks = perceptionGapPeaks(shownSegments, roleIds);
  const first = bundle.rounds[0];
  const multiRound = bundle.rounds.length > 1 && first !== undefined;
  const conv = multiRound ? convergence(first, heatmap) : {};
  const firstById = new Map((first?.concerns ?? []).map((c) => [c.concernId, c]));
  const aggregates = new Map(heatmap.concerns.map((c) => [c.concernId, c]));

  const concerns: ConcernInsight[] = bundle.concerns.map((concern) => {
    const found = aggregates.get(concern.id);
    // Only segment views suppress; a whole-room heatmap always has numbers.
    const aggregate = found && !found.suppressed ? found : missingAggregate(concern.id, roleIds);
    return {
      concern,
      aggregate,
      ownerNames: aggregate.owners.map((id) => roleNames.get(id) ?? id),
      perceptionGap: peaks.get(concern.id) ?? null,
      firstAgreement: multiRound ? (firstById.get(concern.id)?.agreement ?? null) : null,
      convergence: conv[concern.id] ?? null,
    };
  });

  const byId = new Map(concerns.map((c) => [c.concern.id, c]));
  const gapValues: Record<string, number | null> = {};
  for (const [id, peak] of peaks) gapValues[id] = peak.value;
  const queue = discussionQueue(heatmap, gapValues)
    .map((id) => byId.get(id))
    .filter((c): c is ConcernInsight => c !== undefined);

  const counts = { gap: 0, overlap: 0, clear: 0, noData: 0 };
  for (const c of concerns) {
    if (c.aggregate.status === 'no data') counts.noData++;
    else counts[c.aggregate.status]++;
  }

  return {
    heatmap,
    empty: !hasAnswers(bundle),
    concerns,
    queue,
    issues: queue.filter((c) => c.aggregate.status === 'gap' || c.aggregate.status === 'overlap'),
    counts,
    shownSegments,
    hiddenSegments,
    multiRound,
  };
}

function missingAggregate(concernId: string, roleIds: readonly string[]): TShownConcernAggregate {
  const shares: Record<string, number> = {};
  for (const r of roleIds) shares[r] = 0;
  return { concernId, answered: 0, unknown: 0, shares, nobody: 0, owners: [], status: 'no data', agreement: null, confidence: null, suppressed: false };
}

/**
 * Why a concern is a gap or an overlap, in words with its numbers, e.g.
 * `no role reaches 50% (highest: Data Engineering 38%, Data Science 38%)`.
 */
export function issueReason(insight: ConcernInsight, bundle: ExportBundle): string {
  const tx = exportText(bundle);
  const a = insight.aggregate;
  const threshold = bundle.session.settings.threshold;
  const theta = percentWhole(threshold, tx);
  const owners = a.owners.map((id, i) => `${insight.ownerNames[i] ?? id} ${percentWhole(a.shares[id] ?? 0, tx)}`).join(tx.t('export.listSeparator'));
  if (a.status === 'overlap') return tx.t('export.reason.overlap', { roles: a.owners.length, theta, owners });
  if (a.status !== 'gap') return '';
  if (atLeast(a.nobody, threshold)) {
    const nobody = percentWhole(a.nobody, tx);
    return a.owners.length ? tx.t('export.reason.nobodyAndOwners', { theta, nobody, owners }) : tx.t('export.reason.nobody', { theta, nobody });
  }
  const top = Math.max(0, ...bundle.roles.map((r) => a.shares[r.id] ?? 0));
  if (top === 0) return tx.t('export.reason.noneNamed', { theta });
  const leaders = bundle.roles.filter((r) => (a.shares[r.id] ?? 0) === top).map((r) => `${r.name} ${percentWhole(top, tx)}`);
  return tx.t('export.reason.highest', { theta, leaders: leaders.join(tx.t('export.listSeparator')) });
}
