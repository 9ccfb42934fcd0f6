import { z } from 'zod';
import { ZConcern, ZRole } from './workshop.js';
import { ZFollowUp } from './follow-up.js';
import { ZId } from './ids.js';

export const PACING = ['self-paced', 'facilitator-led'] as const;
export const ANONYMITY = ['anonymous', 'named'] as const;
export const ANSWER_MODES = ['owners', 'raci'] as const;
/**
 * lobby → live → closed. A session is created in the lobby, ready to join: the workshop is
 * what a facilitator drafts, so there is no draft status (product.md's list named one that
 * nothing ever set).
 */
export const SESSION_STATUSES = ['lobby', 'live', 'closed'] as const;
/** pending: not yet opened (facilitator-led); open: taking answers; locked: answers frozen. */
export const CONCERN_STATES = ['pending', 'open', 'locked'] as const;
export const SESSION_ACTIONS = ['start', 'close', 'open', 'lock', 'reveal', 'hide', 'goto', 'next', 'previous', 'next-round'] as const;

export type TPacing = (typeof PACING)[number];
export type TAnonymity = (typeof ANONYMITY)[number];
export type TAnswerMode = (typeof ANSWER_MODES)[number];
export type TSessionStatus = (typeof SESSION_STATUSES)[number];
export type TConcernState = (typeof CONCERN_STATES)[number];
export type TSessionAction = (typeof SESSION_ACTIONS)[number];

export const DEFAULT_SETTINGS = {
  pacing: 'self-paced',
  anonymity: 'anonymous',
  answerMode: 'owners',
  threshold: 0.5,
  minSegmentSize: 3,
  maxParticipants: 20000,
} as const;

export const ZSessionSettings = z.strictObject({
  pacing: z.enum(PACING),
  anonymity: z.enum(ANONYMITY),
  answerMode: z.enum(ANSWER_MODES),
  /** θ: a role owns a concern when at least this share of respondents name it. */
  threshold: z.number().gt(0).max(1),
  /** k: segments with fewer respondents are not shown. */
  minSegmentSize: z.number().int().min(1).max(50),
  maxParticipants: z.number().int().min(1).max(20000),
});
export type TSessionSettings = z.infer<typeof ZSessionSettings>;

/**
 * A session's settings as stored, read the one way every reader uses: today's defaults
 * under what was stored, then validated. A setting added later thus reads as its default
 * for older sessions, on every path (state, snapshot, actions), not only on some.
 */
export function readSessionSettings(stored: unknown): TSessionSettings {
  const given = stored !== null && typeof stored === 'object' ? stored : {};
  return ZSessionSettings.parse({ ...DEFAULT_SETTINGS, ...given });
}

export const ZCreateSessionRequest = ZSessionSettings.partial();
export type TCreateSessionRequest = z.input<typeof ZCreateSessionRequest>;

export const ZSessionAction = z.strictObject({
  action: z.enum(SESSION_ACTIONS),
  concernId: ZId.optional(),
});
export type TSessionActionRequest = z.infer<typeof ZSessionAction>;

export const ZConcernStatus = z.object({
  concernId: ZId,
  state: z.enum(CONCERN_STATES),
  revealed: z.boolean(),
});
export type TConcernStatus = z.infer<typeof ZConcernStatus>;

/** What every client of a session sees about its progress (`session:state`). */
export const ZSessionState = z.object({
  sessionId: ZId,
  status: z.enum(SESSION_STATUSES),
  pacing: z.enum(PACING),
  round: z.number().int().min(1),
  currentConcernId: ZId.nullable(),
  concerns: z.array(ZConcernStatus),
});
export type TSessionState = z.infer<typeof ZSessionState>;

export const ZSession = z.object({
  id: ZId,
  workshopId: ZId,
  title: z.string(),
  joinCode: z.string(),
  status: z.enum(SESSION_STATUSES),
  roles: z.array(ZRole),
  concerns: z.array(ZConcern),
  settings: ZSessionSettings,
  state: ZSessionState,
  participants: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** the workshop's open follow-ups, oldest first: the next session starts by reviewing them */
  openFollowUps: z.array(ZFollowUp),
  /** false for an org viewer: the session is theirs to read, not to run */
  canRun: z.boolean().optional(),
});
export type TSession = z.infer<typeof ZSession>;

/** The public view a participant gets on joining: no facilitator-only data. */
export const ZPublicSession = ZSession.pick({ id: true, title: true, status: true, roles: true, concerns: true, state: true }).extend({
  settings: ZSessionSettings.pick({ pacing: true, anonymity: true, answerMode: true }),
});
export type TPublicSession = z.infer<typeof ZPublicSession>;

/** A past or running session as the workshop dashboard lists it. */
export const ZSessionSummary = z.object({
  id: ZId,
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  joinCode: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  participants: z.number().int(),
});
export type TSessionSummary = z.infer<typeof ZSessionSummary>;
