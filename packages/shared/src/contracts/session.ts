import { z } from 'zod';
import { ZConcern, ZRole } from './workshop.js';
import { ZFollowUp } from './follow-up.js';
import { ZId } from './ids.js';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.js';

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
  locale: DEFAULT_LOCALE,
} as const;

/** One of the languages Thinline speaks (a BCP 47 tag). */
export const ZLocale = z.enum(LOCALES);

export const ZSessionSettings = z.strictObject({
  pacing: z.enum(PACING),
  anonymity: z.enum(ANONYMITY),
  answerMode: z.enum(ANSWER_MODES),
  /** θ: a role owns a concern when at least this share of respondents name it. */
  threshold: z.number().gt(0).max(1),
  /** k: segments with fewer respondents are not shown. */
  minSegmentSize: z.number().int().min(1).max(50),
  maxParticipants: z.number().int().min(1).max(20000),
  /** The language of the presenter, the control room's defaults, the report and the exports. */
  locale: ZLocale,
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

/**
 * A closing time as sent: a string the service reads as an ISO 8601 date-time with a zone
 * (unparseable or past: 400 session/invalid-closes-at, a code of its own rather than a zod
 * message, so a form can put it beside the field).
 */
export const ZClosesAtInput = z.string().max(100);

/** A session's own name ("Q1 2027 review"), shown in compare, history and exports; the workshop's title when none is given. */
export const SESSION_TITLE_MAX = 120;
export const ZCreateSessionRequest = ZSessionSettings.partial().extend({
  title: z.string().trim().min(1).max(SESSION_TITLE_MAX).optional(),
  /** pre-work: answering in round 1 stops at this moment (api.md, "Pre-work") */
  closesAt: ZClosesAtInput.nullable().optional(),
});
export type TCreateSessionRequest = z.input<typeof ZCreateSessionRequest>;

/**
 * PATCH /api/sessions/:id: change the closing time, remove it (null), or close answering
 * now (`closeNow: true`, which a future-only closesAt cannot say). One of the two.
 */
export const ZUpdateSessionRequest = z
  .strictObject({
    closesAt: ZClosesAtInput.nullable().optional(),
    closeNow: z.literal(true).optional(),
  })
  .refine((b) => (b.closesAt !== undefined) !== (b.closeNow !== undefined), { message: 'give either closesAt (a date-time, or null to remove it) or closeNow: true' });
export type TUpdateSessionRequest = z.infer<typeof ZUpdateSessionRequest>;

/** The label given to a round ("live"); round 1 of a session with a closing time is "pre-work". */
export const PREWORK_LABEL = 'pre-work';
export const ZRoundLabel = z.string().trim().min(1).max(40);

export const ZSessionAction = z.strictObject({
  action: z.enum(SESSION_ACTIONS),
  concernId: ZId.optional(),
  /** next-round only: the new round's label */
  label: ZRoundLabel.optional(),
});
export type TSessionActionRequest = z.infer<typeof ZSessionAction>;

export const ZConcernStatus = z.object({
  concernId: ZId,
  state: z.enum(CONCERN_STATES),
  revealed: z.boolean(),
});
export type TConcernStatus = z.infer<typeof ZConcernStatus>;

export const ZRoundInfo = z.object({ round: z.number().int().min(1), label: z.string().nullable() });
export type TRoundInfo = z.infer<typeof ZRoundInfo>;

/** What is stored about rounds and the closing time, read the one way every reader uses. */
export interface StoredRounds {
  round: number;
  roundLabels: unknown;
  closesAt: Date | null;
  closesRound: number | null;
}

/**
 * Rounds 1..round with their labels: a label given to a round (next-round's `label`, or
 * the one a round had when the next began), else "pre-work" for round 1 while the
 * session's closing time closes round 1.
 */
export function describeRounds(s: StoredRounds): TRoundInfo[] {
  const given = s.roundLabels !== null && typeof s.roundLabels === 'object' ? (s.roundLabels as Record<string, unknown>) : {};
  return Array.from({ length: Math.max(1, s.round) }, (_, i) => {
    const round = i + 1;
    const label = given[String(round)];
    if (typeof label === 'string') return { round, label };
    return { round, label: round === 1 && s.closesAt !== null && s.closesRound === 1 ? PREWORK_LABEL : null };
  });
}

/** "Round 1 · pre-work", or "Round 2" for a round without a label. */
export function roundName(round: number, rounds: readonly TRoundInfo[] | undefined): string {
  const label = rounds?.find((r) => r.round === round)?.label;
  return label ? `Round ${round} · ${label}` : `Round ${round}`;
}

/** The closing time that applies to the current round, or null (none set, or it closed an earlier round). */
export function currentClosesAt(s: Omit<StoredRounds, 'roundLabels'>): Date | null {
  return s.closesAt !== null && s.closesRound === s.round ? s.closesAt : null;
}

/** What every client of a session sees about its progress (`session:state`). */
export const ZSessionState = z.object({
  sessionId: ZId,
  status: z.enum(SESSION_STATUSES),
  pacing: z.enum(PACING),
  round: z.number().int().min(1),
  currentConcernId: ZId.nullable(),
  concerns: z.array(ZConcernStatus),
  /** every round so far with its label */
  rounds: z.array(ZRoundInfo),
  /** pre-work: when answering in the current round stops (ISO 8601), or null */
  closesAt: z.string().nullable(),
  /** true once closesAt has passed: the server refuses this round's answers with answer/locked */
  answeringClosed: z.boolean(),
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
  /** closesAt: the closing time as stored (ISO 8601), also once it closed an earlier round; null when none */
  settings: ZSessionSettings.extend({ closesAt: z.string().nullable() }),
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
  // locale: the phone's fallback when its browser asks for none of Thinline's languages
  settings: ZSessionSettings.pick({ pacing: true, anonymity: true, answerMode: true, locale: true }).partial({ locale: true }),
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
  /** every round with its label ("pre-work", "live"): what a workshop's history shows per session */
  rounds: z.array(ZRoundInfo),
  /** the session's language (`settings.locale`), which the workshop's list of sessions shows */
  locale: ZLocale,
});
export type TSessionSummary = z.infer<typeof ZSessionSummary>;
