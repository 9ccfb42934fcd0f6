import { z } from 'zod';
import { ZHeatmap } from './aggregate.js';
import { ZReportDecision, ZRoomOwnership } from './decision.js';
import { ZFollowUp } from './follow-up.js';
import { ZSessionSettings } from './session.js';
import { ZConcern, ZRole } from './workshop.js';

/**
 * What a share link opens: `report`, the read-only report (/r/TOKEN, GET /api/reports/TOKEN), or
 * `presenter`, a projector that only shows (/present/TOKEN, socket `auth: { presenterToken }`).
 * A token opens only its own kind.
 */
export const SHARE_LINK_KINDS = ['report', 'presenter'] as const;
export const ZShareLinkKind = z.enum(SHARE_LINK_KINDS);
export type TShareLinkKind = z.infer<typeof ZShareLinkKind>;

export const ZCreateShareRequest = z.strictObject({
  /** days until the link stops working; no expiry when absent */
  expiresInDays: z.number().int().min(1).max(365).optional(),
  /** default `report`, so a request without it makes the report link it always made */
  kind: ZShareLinkKind.optional(),
});
export type TCreateShareRequest = z.infer<typeof ZCreateShareRequest>;

export const ZShareLink = z.object({
  /** the link's id, as GET /api/sessions/:id/share lists it */
  id: z.string().optional(),
  token: z.string(),
  url: z.string(),
  expiresAt: z.string().nullable(),
  kind: ZShareLinkKind.optional(),
});
export type TShareLink = z.infer<typeof ZShareLink>;

/**
 * GET /api/sessions/:id/share: the session's report links that still work, newest first. The
 * token is stored hashed and shown only once, so a listed link carries its id (which
 * `DELETE /api/sessions/:id/share/:token` also accepts) and when it was made and expires.
 */
export const ZShareLinkSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  kind: ZShareLinkKind,
});
export const ZShareLinkList = z.object({ links: z.array(ZShareLinkSummary) });
export type TShareLinkSummary = z.infer<typeof ZShareLinkSummary>;
export type TShareLinkList = z.infer<typeof ZShareLinkList>;

/** GET /api/reports/:token — everything a manager's read-only page shows. */
export const ZReport = z.object({
  session: z.object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    round: z.number().int(),
    // locale: the report page speaks the session's language (a link made before it existed reads English)
    settings: ZSessionSettings.pick({ pacing: true, anonymity: true, answerMode: true, threshold: true, minSegmentSize: true, locale: true }).partial({ locale: true }),
  }),
  roles: z.array(ZRole),
  concerns: z.array(ZConcern),
  participants: z.number().int(),
  /** the requested view (?segment=&round=), whole room of the last round by default */
  heatmap: ZHeatmap,
  /** whole-room aggregates of every round, first to last */
  rounds: z.array(ZHeatmap),
  /** what was decided, per concern (api.md "Decisions") */
  decisions: z.array(ZReportDecision),
  /** the room's RACI checks and proposals of the last round */
  room: z.array(ZRoomOwnership),
  /** the follow-ups this session left */
  followUps: z.array(ZFollowUp),
});
export type TReport = z.infer<typeof ZReport>;
