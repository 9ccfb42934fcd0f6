import { z } from 'zod';
import { CONCERN_STATUSES, ZHeatmap } from './aggregate.js';
import { ZId } from './ids.js';
import { SESSION_STATUSES } from './session.js';
import { ZConcern, ZRole } from './workshop.js';

/**
 * How a row or column of session B was paired with session A's: by the id the two
 * snapshots share (sessions of one workshop), or by its title / name, compared trimmed and
 * case-insensitively (sessions of different workshops, or an item re-created in between).
 */
export const MATCHED_BY = ['id', 'title'] as const;
export type TMatchedBy = (typeof MATCHED_BY)[number];

export const ZCompareQuery = z.strictObject({
  /** the round of both sessions; default: the last round of each. */
  round: z.coerce.number().int().min(1).max(1000).optional(),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;

/** One side of a comparison, as the page heading and the picker name it. */
export const ZComparedSession = z.object({
  id: ZId,
  workshopId: ZId,
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  createdAt: z.string(),
  participants: z.number().int().min(0),
});
export type TComparedSession = z.infer<typeof ZComparedSession>;

/** A role of both sessions: A's id and name, and the id it has in B. */
export const ZMatchedRole = ZRole.extend({ bId: ZId, matchedBy: z.enum(MATCHED_BY) });
export type TMatchedRole = z.infer<typeof ZMatchedRole>;

/** A concern of both sessions: A's id, title and category, and the id it has in B. */
export const ZMatchedConcern = ZConcern.extend({ bId: ZId, matchedBy: z.enum(MATCHED_BY) });
export type TMatchedConcern = z.infer<typeof ZMatchedConcern>;

/** The roles and concerns of one session that have no partner in the other. */
export const ZUnmatched = z.object({ roles: z.array(ZRole), concerns: z.array(ZConcern) });
export type TUnmatched = z.infer<typeof ZUnmatched>;

/** `compareHeatmaps` for one concern: B − A, keyed by A's concern and role ids. */
export const ZConcernComparison = z.object({
  concernId: ZId,
  /** null when either side is suppressed (a segment below k has no numbers to subtract). */
  shareDelta: z.record(z.string(), z.number().min(-1).max(1)).nullable(),
  nobodyDelta: z.number().min(-1).max(1).nullable(),
  statusFrom: z.enum(CONCERN_STATUSES),
  statusTo: z.enum(CONCERN_STATUSES),
  agreementDelta: z.number().min(-1).max(1).nullable(),
  comparable: z.boolean(),
});

export const ZHeatmapComparison = z.object({ concerns: z.array(ZConcernComparison) });

/**
 * GET /api/sessions/:a/compare/:b: the difference heatmap of two of the caller's sessions.
 * `roles` and `concerns` are the matched ones, in A's order, with A's ids; `comparison` is
 * keyed by those ids. `heatmapA` and `heatmapB` are each session's own aggregates (what
 * GET /heatmap returns), so B's carries B's ids: `bId` leads from A's id to it.
 */
export const ZSessionComparison = z.object({
  a: ZComparedSession,
  b: ZComparedSession,
  /** true when both sessions were run from one workshop (their ids are shared). */
  sameWorkshop: z.boolean(),
  roles: z.array(ZMatchedRole),
  concerns: z.array(ZMatchedConcern),
  unmatched: z.object({
    /** only in A */
    a: ZUnmatched,
    /** only in B */
    b: ZUnmatched,
  }),
  heatmapA: ZHeatmap,
  heatmapB: ZHeatmap,
  comparison: ZHeatmapComparison,
});
export type TSessionComparison = z.infer<typeof ZSessionComparison>;
