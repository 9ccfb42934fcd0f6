import { z } from 'zod';
import { RACI_LETTERS } from './answer.js';
import { ZId } from './ids.js';
import { text } from './text.js';

export const DECISION_LIMITS = { rationaleLength: 2000, dissentLength: 2000 } as const;

/**
 * The checks of a concern's ownership (product.md, "From the room's view to a decision"),
 * from the room's RACI answers and from a decision attempt.
 */
export const RACI_CHECKS = ['no-accountable', 'several-accountable', 'accountable-without-responsible', 'unowned'] as const;
export type TRaciCheck = (typeof RACI_CHECKS)[number];

/** How every screen and export names a check. */
export const RACI_CHECK_LABELS: Record<TRaciCheck, string> = {
  'no-accountable': 'No accountable role',
  'several-accountable': 'Several accountable roles',
  'accountable-without-responsible': 'Accountable without responsible',
  unowned: 'Unowned',
};

/** A RACI assignment over the session's roles: role id → letter; a role without a letter is not involved. */
export const ZRaci = z.record(ZId, z.enum(RACI_LETTERS));
export type TRaci = z.infer<typeof ZRaci>;

/**
 * PUT /api/sessions/:id/decisions/:concernId. Shape only (400 validation/invalid); the RACI
 * rules (exactly one A, roles of the session) are the server's, 400 decision/invalid.
 */
export const ZDecisionRequest = z.strictObject({
  raci: ZRaci,
  rationale: text().trim().max(DECISION_LIMITS.rationaleLength, { message: `a rationale has at most ${DECISION_LIMITS.rationaleLength} characters` }).optional(),
  dissent: text().trim().max(DECISION_LIMITS.dissentLength, { message: `a dissent has at most ${DECISION_LIMITS.dissentLength} characters` }).optional(),
});
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;

export const ZDecidedBy = z.object({ id: ZId, name: z.string() });

/** A version of a decision that a later one replaced (or a deletion removed). */
export const ZDecisionRevision = z.object({
  raci: ZRaci,
  rationale: z.string().nullable(),
  dissent: z.string().nullable(),
  decidedAt: z.string(),
  decidedBy: ZDecidedBy,
  replacedAt: z.string(),
});
export type TDecisionRevision = z.infer<typeof ZDecisionRevision>;

export const ZDecision = z.object({
  concernId: ZId,
  raci: ZRaci,
  rationale: z.string().nullable(),
  dissent: z.string().nullable(),
  decidedAt: z.string(),
  decidedBy: ZDecidedBy,
  /** what this decision replaced, newest first */
  history: z.array(ZDecisionRevision),
});
export type TDecision = z.infer<typeof ZDecision>;

/** What the room says per concern, for the picker's pre-fill and the live checks. */
export const ZRoomOwnership = z.object({
  concernId: ZId,
  /** the RACI checks of the room's answers (RACI mode) and the heatmap's status */
  checks: z.array(z.enum(RACI_CHECKS)),
  /** the picker's starting point: the roles at or above θ; in RACI mode the most named letter per role */
  proposal: ZRaci,
});
export type TRoomOwnership = z.infer<typeof ZRoomOwnership>;

/** GET /api/sessions/:id/decisions (and the `decisions` socket event). */
export const ZDecisionList = z.object({
  decisions: z.array(ZDecision),
  /** the current round's whole room, concern by concern in session order */
  room: z.array(ZRoomOwnership),
});
export type TDecisionList = z.infer<typeof ZDecisionList>;

/**
 * A decision as a report link shows it: what was decided and when, not who decided nor the
 * history (a report never names the workshop's facilitator).
 */
export const ZReportDecision = ZDecision.omit({ decidedBy: true, history: true });
export type TReportDecision = z.infer<typeof ZReportDecision>;

export function toReportDecision({ concernId, raci, rationale, dissent, decidedAt }: TReportDecision): TReportDecision {
  return { concernId, raci, rationale, dissent, decidedAt };
}

/** The `decisions` socket event: presenters get TDecisionList, report viewers its report form. */
export interface TReportDecisionList {
  decisions: TReportDecision[];
  room: TRoomOwnership[];
}
