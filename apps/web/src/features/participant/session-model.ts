import type {
  TAnswerSubmit,
  TConcernAggregate,
  TConcernState,
  TErrorCode,
  TJoinResult,
  TPublicSession,
  TRevealedResults,
  TSavedAnswer,
  TSessionState,
} from '@thinline/shared';
import type { AnswerLike } from './answer-draft';
import type { StoredView } from './storage';

/**
 * Everything a participant's phone knows about its session, changed only by `reduce`:
 * one updater per socket event, shared by the phone's own acknowledgements.
 */
export interface ParticipantModel {
  /** connecting: no join ack yet; refused: the server will not let this phone in; profile: own role not picked yet (joined, or shown from the phone page's data while the socket joins). */
  phase: 'connecting' | 'refused' | 'profile' | 'ready';
  refusal: { code: TErrorCode; message: string } | null;
  /** the socket is connected and joined. */
  online: boolean;
  /** at least one join succeeded (on this page, or before a reload: see `restored`), so a disconnect means "reconnecting", not "still connecting". */
  everJoined: boolean;
  /** failed connection attempts since the last success. */
  connectFailures: number;
  session: TPublicSession | null;
  state: TSessionState | null;
  /** the session:closed event arrived. */
  closed: boolean;
  me: { participantId: string; ownRole: string; name: string | null } | null;
  /** the last answer the server acknowledged, per concern. */
  saved: Record<string, SavedAnswer>;
  /** the last refusal per concern (cleared by the next submission). */
  refused: Record<string, { code: TErrorCode; message: string }>;
  /** revealed results of `resultsRound`, per concern. */
  results: Record<string, TConcernAggregate>;
  resultsRound: number;
}

export interface SavedAnswer extends AnswerLike {
  answerId: string;
  round: number;
}

export type ParticipantEvent =
  | { type: 'connecting' }
  | { type: 'connect-failed' }
  | { type: 'disconnected' }
  | { type: 'refused'; code: TErrorCode; message: string }
  | { type: 'joined'; result: TJoinResult; profileDone: boolean }
  /** the session's public data the phone page came with: the join screen before the socket joined */
  | { type: 'preview'; session: TPublicSession }
  /** after a reload: what the phone last knew, until the server can be asked again */
  | { type: 'restored'; view: StoredView }
  | { type: 'state'; state: TSessionState }
  | { type: 'results'; results: TRevealedResults }
  | { type: 'closed' }
  | { type: 'answer-saved'; answer: TAnswerSubmit }
  | { type: 'answer-refused'; concernId: string; code: TErrorCode; message: string }
  | { type: 'answer-queued'; concernId: string };

export const INITIAL_MODEL: ParticipantModel = {
  phase: 'connecting',
  refusal: null,
  online: false,
  everJoined: false,
  connectFailures: 0,
  session: null,
  state: null,
  closed: false,
  me: null,
  saved: {},
  refused: {},
  results: {},
  resultsRound: 0,
};

/** The server's saved answers, newest round per concern. */
export function savedFromServer(answers: readonly TSavedAnswer[]): Record<string, SavedAnswer> {
  const out: Record<string, SavedAnswer> = {};
  for (const a of answers) {
    const prev = out[a.concernId];
    if (prev && prev.round > a.round) continue;
    out[a.concernId] = { answerId: a.answerId, round: a.round, choice: a.choice, owners: a.owners, raci: a.raci, confidence: a.confidence, comment: a.comment };
  }
  return out;
}

function withState(model: ParticipantModel, state: TSessionState): ParticipantModel {
  if (model.session && state.sessionId !== model.session.id) return model;
  // a new round starts blind: the previous round's results are no longer shown
  const results = state.round > model.resultsRound ? {} : model.results;
  const resultsRound = Math.max(model.resultsRound, state.round);
  return { ...model, state, results, resultsRound, closed: model.closed || state.status === 'closed' };
}

export function reduce(model: ParticipantModel, event: ParticipantEvent): ParticipantModel {
  switch (event.type) {
    case 'connecting':
      return { ...model, phase: model.phase === 'refused' ? 'connecting' : model.phase, refusal: null };
    case 'connect-failed':
      return { ...model, online: false, connectFailures: model.connectFailures + 1 };
    case 'disconnected':
      return { ...model, online: false };
    case 'refused':
      return { ...model, phase: 'refused', online: false, refusal: { code: event.code, message: event.message } };
    case 'joined': {
      const { result } = event;
      const next: ParticipantModel = {
        ...model,
        phase: event.profileDone ? 'ready' : 'profile',
        refusal: null,
        online: true,
        everJoined: true,
        connectFailures: 0,
        session: result.session,
        me: { participantId: result.participantId, ownRole: result.ownRole, name: result.name },
        // the server's record wins over what this page remembered
        saved: { ...model.saved, ...savedFromServer(result.answers) },
      };
      return withState(next, result.session.state);
    }
    case 'preview': {
      // a join that came first knows better
      if (model.session) return model;
      return withState({ ...model, phase: 'profile', session: event.session }, event.session.state);
    }
    case 'restored': {
      // a join that came first knows better
      if (model.session) return model;
      const { view } = event;
      const next: ParticipantModel = { ...model, phase: 'ready', everJoined: true, session: view.session, me: view.me, saved: savedFromServer(view.saved) };
      return withState(next, view.session.state);
    }
    case 'state':
      return withState(model, event.state);
    case 'results': {
      if (model.session && event.results.sessionId !== model.session.id) return model;
      const round = event.results.round;
      if (round < model.resultsRound) return model;
      const base = round > model.resultsRound ? {} : model.results;
      const results = { ...base };
      for (const c of event.results.concerns) results[c.concernId] = c;
      return { ...model, results, resultsRound: round };
    }
    case 'closed':
      return { ...model, closed: true };
    case 'answer-saved': {
      const a = event.answer;
      const round = model.state?.round ?? 1;
      const refused = { ...model.refused };
      delete refused[a.concernId];
      return { ...model, refused, saved: { ...model.saved, [a.concernId]: { ...a, round } } };
    }
    case 'answer-refused':
      return { ...model, refused: { ...model.refused, [event.concernId]: { code: event.code, message: event.message } } };
    case 'answer-queued': {
      if (!model.refused[event.concernId]) return model;
      const refused = { ...model.refused };
      delete refused[event.concernId];
      return { ...model, refused };
    }
  }
}

/** Whether a concern takes answers now. Without a state entry, a live session's concern is open. */
export function concernState(model: ParticipantModel, concernId: string): TConcernState {
  const entry = model.state?.concerns.find((c) => c.concernId === concernId);
  return entry?.state ?? 'open';
}

/** The room's result for a concern, only once the facilitator revealed it in this round. */
export function visibleResult(model: ParticipantModel, concernId: string): TConcernAggregate | null {
  const entry = model.state?.concerns.find((c) => c.concernId === concernId);
  if (!entry?.revealed) return null;
  if (model.state && model.resultsRound !== model.state.round) return null;
  return model.results[concernId] ?? null;
}

/** The acknowledged answer of the current round, if any. */
export function savedThisRound(model: ParticipantModel, concernId: string): SavedAnswer | null {
  const saved = model.saved[concernId];
  if (!saved) return null;
  return saved.round === (model.state?.round ?? saved.round) ? saved : null;
}

export function sessionStatus(model: ParticipantModel): TSessionState['status'] | null {
  if (model.closed) return 'closed';
  return model.state?.status ?? model.session?.status ?? null;
}

/**
 * What to keep for a reload while the server is away: only once the person is in (own role
 * picked), with the latest state and the answers the server acknowledged.
 */
export function viewOf(model: ParticipantModel): StoredView | null {
  if (model.phase !== 'ready' || !model.session || !model.me) return null;
  const state = model.state ?? model.session.state;
  const saved = Object.entries(model.saved).map(([concernId, a]) => ({
    answerId: a.answerId,
    concernId,
    round: a.round,
    choice: a.choice,
    owners: [...(a.owners ?? [])],
    raci: a.raci ? { ...a.raci } : null,
    confidence: a.confidence ?? null,
    comment: a.comment ?? null,
  }));
  return { session: { ...model.session, status: state.status, state }, me: model.me, saved };
}

/** What the "saved" line under a concern says. */
export type SaveState =
  | { kind: 'none' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'waiting' }
  | { kind: 'saved' }
  | { kind: 'refused'; code: TErrorCode; message: string };

/**
 * A concern's save state: an answer in the outbox is "saving" while the phone is joined
 * and the server takes answers, and "waiting" (for the server) while the phone is not
 * connected or the server asked it to try again later (`stalled`); "saved" only once the
 * server acknowledged this exact answer in this round; "unsaved" when the screen shows
 * something not yet sent.
 */
export function saveStateFor(
  model: ParticipantModel,
  concernId: string,
  pending: { answer: AnswerLike } | undefined,
  draftMatchesSaved: boolean,
  draftEmpty: boolean,
  stalled = false,
): SaveState {
  if (pending) return model.online && !stalled ? { kind: 'saving' } : { kind: 'waiting' };
  const refusal = model.refused[concernId];
  if (refusal) return { kind: 'refused', ...refusal };
  if (savedThisRound(model, concernId)) return draftMatchesSaved ? { kind: 'saved' } : { kind: 'unsaved' };
  return draftEmpty ? { kind: 'none' } : { kind: 'unsaved' };
}
