import { z } from 'zod';
import { ZId } from './ids.js';
import { ZRoundInfo } from './session.js';

export const CONCERN_STATUSES = ['clear', 'overlap', 'gap', 'no data'] as const;
export type TConcernStatusKind = (typeof CONCERN_STATUSES)[number];

/** The numbers for one concern (definitions: shared/design/product.md, "Aggregates"). */
export const ZShownConcernAggregate = z.object({
  concernId: ZId,
  /** |N(c)|: respondents other than "don't know". */
  answered: z.number().int().min(0),
  /** respondents who said "don't know" (not part of N(c)). */
  unknown: z.number().int().min(0),
  shares: z.record(z.string(), z.number().min(0).max(1)),
  nobody: z.number().min(0).max(1),
  owners: z.array(z.string()),
  status: z.enum(CONCERN_STATUSES),
  /** mean pairwise Jaccard of owner sets; null when |N(c)| < 2. */
  agreement: z.number().min(0).max(1).nullable(),
  /** mean confidence (1-5) of those who gave one; null when nobody did. */
  confidence: z.number().nullable(),
  suppressed: z.literal(false),
});

/**
 * A concern a segment view hides because fewer than k answered (or the whole segment is
 * below k): no number at all, so nothing that ignores the flag can read a hidden segment
 * as "nobody named this role" (shares of 0) or "nobody answered" (counts of 0).
 */
export const ZSuppressedConcernAggregate = z.object({
  concernId: ZId,
  answered: z.null(),
  unknown: z.null(),
  shares: z.null(),
  nobody: z.null(),
  owners: z.array(z.string()).max(0),
  status: z.literal('no data'),
  agreement: z.null(),
  confidence: z.null(),
  suppressed: z.literal(true),
});

/** A concern's numbers, or `suppressed: true` with every number null. */
export const ZConcernAggregate = z.discriminatedUnion('suppressed', [ZShownConcernAggregate, ZSuppressedConcernAggregate]);
export type TConcernAggregate = z.infer<typeof ZConcernAggregate>;
export type TShownConcernAggregate = z.infer<typeof ZShownConcernAggregate>;
export type TSuppressedConcernAggregate = z.infer<typeof ZSuppressedConcernAggregate>;

export const ZHeatmap = z.object({
  sessionId: ZId,
  round: z.number().int().min(1),
  /** the own-role the numbers are restricted to, or null for the whole room. */
  segment: z.string().nullable(),
  threshold: z.number(),
  minSegmentSize: z.number().int(),
  /** participants in the session (in the segment, when one is selected). */
  participants: z.number().int().min(0),
  /** answers counted in this round (in the segment), "don't know" included; suppressed concerns add nothing. */
  answers: z.number().int().min(0),
  /** true when the whole segment has fewer than k respondents and is not shown. */
  suppressed: z.boolean(),
  concerns: z.array(ZConcernAggregate),
  /**
   * every round of the session with its label ("pre-work", "live"): in GET /heatmap, the
   * report and the exports; the live socket frames leave it out (session:state has it).
   */
  rounds: z.array(ZRoundInfo).optional(),
});
export type THeatmap = z.infer<typeof ZHeatmap>;

export const ZHeatmapQuery = z.strictObject({
  segment: z.string().max(60).optional(),
  round: z.coerce.number().int().min(1).max(1000).optional(),
});
