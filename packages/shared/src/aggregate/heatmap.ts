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
 * The own roles whose segment view is hidden: every role with fewer than k participants
 * and, when those hold fewer than k people together (but some), the smallest of the other
 * roles until the hidden group holds at least k. Without that second step the whole room
 * minus the shown segments is the small group's view: with one role of one person, that
 * person's every answer.
 */
export function hiddenSegments(participantsByRole: Readonly<Record<string, number>>, k: number): Set<string> {
  const present = Object.entries(participantsByRole).filter(([, n]) => n > 0);
  const hidden = new Set<string>();
  let pooled = 0;
  for (const [role, n] of present) {
    if (n >= k) continue;
    hidden.add(role);
    pooled += n;
  }
  if (pooled === 0) return hidden;
  const others = present.filter(([role]) => !hidden.has(role)).sort(([ra, a], [rb, b]) => a - b || (ra < rb ? -1 : ra > rb ? 1 : 0));
  for (const [role, n] of others) {
    if (pooled >= k) break;
    hidden.add(role);
    pooled += n;
  }
  return hidden;
}

/**
 * The heatmap of one round, for the whole room or one segment (own role).
 *
 * Small-segment anonymity applies to segment views only (the whole room is never hidden):
 * - a segment with fewer than k participants is hidden whole: `suppressed: true`, every
 *   concern suppressed with null numbers (`answers` 0; `participants` still says how many
 *   participants the segment has, so the UI can explain why it is hidden); so is the
 *   smallest other segment when the hidden ones hold fewer than k people together
 *   (see {@link hiddenSegments});
 * - in a shown segment, a concern with fewer than k respondents (answered + unknown) is
 *   suppressed: its shares, nobody, counts and agreement are null, not 0.
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

  const wholeSuppressed = segment !== null && (participants < k || hiddenSegments(participantsByRole, k).has(segment));
  const concerns: TConcernAggregate[] = concernIds.map((concernId) => {
    if (wholeSuppressed) return suppressedConcernAggregate(concernId);
    const aggregate = computeConcernAggregate({
      concernId,
      counts: tally.counts(round, concernId, segment),
      roleIds,
      threshold,
      confidence: tally.confidence(round, concernId, segment),
    });
    if (segment !== null && aggregate.answered + aggregate.unknown < k) return suppressedConcernAggregate(concernId);
    return aggregate;
  });

  let answers = 0;
  for (const c of concerns) if (!c.suppressed) answers += c.answered + c.unknown;

  return { sessionId, round, segment, threshold, minSegmentSize: k, participants, answers, suppressed: wholeSuppressed, concerns };
}
