import { z } from 'zod';
import type { TErrorBody } from '../errors/codes.js';
import type { THeatmap } from './aggregate.js';
import type { TDecisionList, TReportDecisionList } from './decision.js';
import { type TSavedAnswer, OTHER_ROLE, UNDISCLOSED_ROLE } from './answer.js';
import type { TAnswerSubmit } from './answer.js';
import { ZId, ZJoinCode } from './ids.js';
import type { TPublicSession, TSessionState } from './session.js';
import { text } from './text.js';
import { LIMITS } from './workshop.js';

export { LIVE_NAMESPACE, PHONE_PAGE_DATA_ID } from './values.js';

/**
 * Handshake `auth` for each kind of client. Not strict: on a reconnect socket.io's
 * connection-state recovery adds its own `pid` and `offset` keys.
 */
export const ZParticipantAuth = z.object({ joinCode: ZJoinCode });
export const ZPresenterAuth = z.object({ sessionId: ZId });
export const ZReportAuth = z.object({ shareToken: z.string().min(20).max(200) });
/** A projector opened from a presenter link: no cookie, it only shows. */
export const ZPresenterLinkAuth = z.object({ presenterToken: z.string().min(20).max(200) });

/**
 * `presenter:command`: the control room paces every projector of its session (signed-in
 * presenters and presenter links alike, on any API process): which view, which page of rows
 * (0-based, absolute, so a command that arrives twice changes nothing more). The projector
 * clamps the page to the pages it has.
 */
export const PRESENTER_COMMAND_VIEWS = ['heatmap', 'gaps', 'focus', 'rounds'] as const;
export const ZPresenterCommand = z
  .strictObject({
    view: z.enum(PRESENTER_COMMAND_VIEWS).optional(),
    page: z.number().int().min(0).max(1000).optional(),
  })
  .refine((c) => c.view !== undefined || c.page !== undefined, { message: 'Name a view or a page.' });
export type TPresenterCommand = z.infer<typeof ZPresenterCommand>;

export const ZParticipantJoin = z.strictObject({
  name: text().trim().max(LIMITS.participantNameLength).optional(),
  /** a session role id, 'other' or 'undisclosed' */
  roleId: z.union([ZId, z.literal(OTHER_ROLE), z.literal(UNDISCLOSED_ROLE)]).optional(),
  resumeToken: z.string().min(20).max(200).optional(),
});
export type TParticipantJoin = z.infer<typeof ZParticipantJoin>;

/** A refused event: `{ ok: false }` and the error body, its code one of API_ERRORS. */
export type TAckError = { ok: false } & TErrorBody;
export type TAck<T> = ({ ok: true } & T) | TAckError;

export interface TJoinResult {
  participantId: string;
  resumeToken: string;
  session: TPublicSession;
  ownRole: string;
  name: string | null;
  answers: TSavedAnswer[];
}

/**
 * What the server sends with the phone page for /j/CODE (issue 23), as JSON in the
 * `<script type="application/json" id={PHONE_PAGE_DATA_ID}>` element: the session's public
 * data (what its join result's `session` holds), so the join screen shows without waiting
 * for the socket; or the refusal a handshake with this code would get (a wrong code), so
 * the phone does not spend a second guess on it. Absent when the server could not tell
 * (its limit for this address was spent, its database away): the socket then decides.
 */
export type TPhonePageData = { joinCode: string; session: TPublicSession } | { joinCode: string; refusal: TErrorBody };

/** Results of revealed concerns, as phones see them (whole room only). */
export interface TRevealedResults {
  sessionId: string;
  round: number;
  concerns: THeatmap['concerns'];
}

export interface TPresence {
  participants: number;
}

/**
 * Whether this API process can save answers right now. `paused` while its database is
 * away (answers are handed back with `answer/retry` and stay on the phones), `saving`
 * once it answers again. Sent to presenter and report sockets when it changes, and on
 * connecting while paused. Phones do not get it: they learn from their own
 * acknowledgements, and a room told "back" at one instant would return in one burst.
 */
export interface TLiveStatus {
  answers: 'saving' | 'paused';
}

export interface ClientToServerEvents {
  'participant:join': (payload: TParticipantJoin, ack: (res: TAck<TJoinResult>) => void) => void;
  'answer:submit': (payload: TAnswerSubmit, ack: (res: TAck<{ answerId: string }>) => void) => void;
  /** the control room (a facilitator who may run the session) paces the session's projectors */
  'presenter:command': (payload: TPresenterCommand, ack: (res: TAck<Record<string, never>>) => void) => void;
}

export interface ServerToClientEvents {
  'session:state': (state: TSessionState) => void;
  results: (results: TRevealedResults) => void;
  presence: (presence: TPresence) => void;
  heatmap: (heatmap: THeatmap) => void;
  /** presenters, facilitators and report viewers: a decision changed (after its commit) */
  decisions: (list: TDecisionList | TReportDecisionList) => void;
  'live:status': (status: TLiveStatus) => void;
  /** every presenter of the session (signed in or by link): the control room's pacing */
  'presenter:command': (command: TPresenterCommand) => void;
  /** a projector's presenter link was revoked: sent just before the server disconnects it */
  'presenter:revoked': (refusal: TErrorBody) => void;
  /** sent to a participant's socket when the session closes or the participant is removed */
  'session:closed': (info: { sessionId: string }) => void;
}
