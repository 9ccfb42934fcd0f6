import type { TConcernAggregate, THeatmap } from '../contracts/aggregate.js';
import { computeConcernAggregate, suppressedConcernAggregate } from './concern.js';
import type { SessionTally } from './tally.js';

export interface BuildHeatmapInput {
  sessionId: string;
  round: number;
  /** the session's roles, in display order (the columns). */
  roleIds: readonly string[];
  /** the session's concerns, in display order (the rows); the order is preserved. */
  concernIds: readonly string[];
  /** θ. */
  threshold: number;
  /** k: in a segment view, fewer participants / respondents than this are hidden. */
  minSegmentSize: number;
  tally: SessionTally;
  /** an own role to restrict the numbers to, or null for the whole room. */
  segment: string | null;
  /** participants in the session by own role (role id, 'other', 'undisclosed'). */
  participantsByRole: Readonly<Record<string, number>>;
}

/**
 * The heatmap of one round, for the whole room or one segment (own role).
 *
 * Small-segment anonymity applies to segment views only (the whole room is never hidden):
 * - a segment with fewer than k participants is hidden whole: `suppressed: true`, every
 *   concern suppressed and zeroed (`answers` 0; `participants` still says how many
 *   participants the segment has, so the UI can explain why it is hidden);
 * - in a shown segment, a concern with fewer than k respondents (answered + unknown) is
 *   suppressed and zeroed.
 * `answers` is the sum of answered + unknown over the concerns shown (suppressed ones add 0).
 */
export function buildHeatmap(input: BuildHeatmapInput): THeatmap {
  const { sessionId, round, roleIds, concernIds, threshold, minSegmentSize: k, tally, segment, participantsByRole } = input;

  let participants = 0;
  if (segment === null) {
    for (const n of Object.values(participantsByRole)) participants += n;
  } else {
    participants = participantsByRole[segment] ?? 0;
  }

  const wholeSuppressed = segment !== null && participants < k;
  const concerns: TConcernAggregate[] = concernIds.map((concernId) => {
    if (wholeSuppressed) return suppressedConcernAggregate(concernId, roleIds);
    const aggregate = computeConcernAggregate({
      concernId,
      counts: tally.counts(round, concernId, segment),
      roleIds,
      threshold,
      confidence: tally.confidence(round, concernId, segment),
    });
    if (segment !== null && aggregate.answered + aggregate.unknown < k) return suppressedConcernAggregate(concernId, roleIds);
    return aggregate;
  });

  let answers = 0;
  for (const c of concerns) answers += c.answered + c.unknown;

  return { sessionId, round, segment, threshold, minSegmentSize: k, participants, answers, suppressed: wholeSuppressed, concerns };
}
