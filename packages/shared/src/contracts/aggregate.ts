import { z } from 'zod';
import { ZId } from './ids.js';

export const CONCERN_STATUSES = ['clear', 'overlap', 'gap', 'no data'] as const;
export type TConcernStatusKind = (typeof CONCERN_STATUSES)[number];

/** The numbers for one concern (definitions: shared/design/product.md, "Aggregates"). */
export const ZConcernAggregate = z.object({
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
  /** true when a segment view hides this concern because fewer than k answered. */
  suppressed: z.boolean(),
});
export type TConcernAggregate = z.infer<typeof ZConcernAggregate>;

export const ZHeatmap = z.object({
  sessionId: ZId,
  round: z.number().int().min(1),
  /** the own-role the numbers are restricted to, or null for the whole room. */
  segment: z.string().nullable(),
  threshold: z.number(),
  minSegmentSize: z.number().int(),
  /** participants in the session (in the segment, when one is selected). */
  participants: z.number().int().min(0),
  /** answers counted in this round (in the segment), "don't know" included. */
  answers: z.number().int().min(0),
  /** true when the whole segment has fewer than k respondents and is not shown. */
  suppressed: z.boolean(),
  concerns: z.array(ZConcernAggregate),
});
export type THeatmap = z.infer<typeof ZHeatmap>;

export const ZHeatmapQuery = z.strictObject({
  segment: z.string().max(60).optional(),
  round: z.coerce.number().int().min(1).max(1000).optional(),
});
