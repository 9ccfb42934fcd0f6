import { Backoff, type TAnswerSubmit, type TErrorCode, type TJoinResult, type TParticipantJoin, errorAction, readErrorBody } from '@thinline/shared';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { type LiveSocket, keepConnected, openLiveSocket, reconnectNow } from '../../../lib/live-socket';
import type { Outbox, SendOutcome, SendReply } from '../outbox';
import { INITIAL_MODEL, type ParticipantModel, reduce, viewOf } from '../session-model';
import { type PhonePageStart, readPhonePageData } from '../phone-page-data';
import { type StoredIdentity, adoptResumeLink, loadIdentity, loadView, saveIdentity, saveView } from '../storage';
import { type OutboxTransport, useOutbox } from './useOutbox';
import { errorText } from '../../../i18n/error-messages';
import { t } from '../../../i18n/i18n';

const JOIN_TIMEOUT_MS = 10_000;
// Longer than the server holds a batch while its database is away (8 s, AnswerWriter),
// so its `answer/retry` arrives rather than a timeout.
const ANSWER_TIMEOUT_MS = 15_000;

export interface ProfileInput {
  name?: string;
  roleId: string;
}

export interface ParticipantSession {
  model: ParticipantModel;
  outbox: Outbox;
  inFlightId: string | null;
  /** the server asked the phone to try again later: it cannot save right now */
  stalled: boolean;
  /** whether waiting answers survive a reload */
  persisted: boolean;
  submit: (answer: TAnswerSubmit) => void;
  /** send the own role (and name) after the first join; resolves with an error message or null. */
  saveProfile: (profile: ProfileInput) => Promise<string | null>;
  /** try again after a refusal, or now instead of after the backoff. */
  retry: () => void;
}

type JoinReply = { ok: true; result: TJoinResult } | { ok: false; code: TErrorCode; message: string };

function emitJoin(socket: LiveSocket, payload: TParticipantJoin): Promise<JoinReply> {
  return new Promise((resolve) => {
    socket.timeout(JOIN_TIMEOUT_MS).emit('participant:join', payload, (err, res) => {
      if (err) resolve({ ok: false, code: 'network/timeout', message: 'The session did not answer in time.' });
      else if (res.ok) resolve({ ok: true, result: res });
      else resolve({ ok: false, ...readErrorBody(res, 0) });
    });
  });
}

function emitAnswer(socket: LiveSocket, answer: TAnswerSubmit): Promise<SendReply> {
  return new Promise((resolve) => {
    socket.timeout(ANSWER_TIMEOUT_MS).emit('answer:submit', answer, (err, res) => {
      if (err) resolve({ ok: false, code: 'network/timeout', message: 'The server did not confirm in time.' });
      else if (res.ok) resolve({ ok: true });
      else resolve({ ok: false, ...readErrorBody(res, 0) });
    });
  });
}

/** The model a page starts with: the session from the phone page's data, or its refusal, or nothing known yet. */
function startModel(start: PhonePageStart): ParticipantModel {
  if (start?.kind === 'session') return reduce(INITIAL_MODEL, { type: 'preview', session: start.session });
  if (start?.kind === 'refused') return reduce(INITIAL_MODEL, { type: 'refused', ...start.refusal });
  return INITIAL_MODEL;
}

/** Resolves at the next successful join, or after `ms` (the caller then finds itself offline). */
function untilJoined(waiters: Set<() => void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      waiters.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    waiters.add(wake);
  });
}

/**
 * One participant's live link to a session: connects with the join code, joins (resuming
 * the same participant with the stored token on every (re)connect), follows session:state
 * and results, and sends answers through the outbox so none is lost. Every refusal is
 * decided by the shared error table: `retry` waits out the shared backoff and tries again,
 * `rejoin` joins again (as a new participant when the resume token itself was refused),
 * `refuse` shows why.
 */
export function useParticipantSession(joinCode: string): ParticipantSession {
  // before anything reads the stored identity: a resume link opened here names who this device is
  useState(() => adoptResumeLink(joinCode));
  // what the phone page came with (read once): the join screen at once, or a wrong code's refusal
  const [pageStart] = useState(() => (loadIdentity(joinCode)?.profileDone ? null : readPhonePageData(joinCode)));
  const [model, dispatch] = useReducer(reduce, pageStart, startModel);
  const socketRef = useRef<LiveSocket | null>(null);
  const joinedRef = useRef(false);
  const profileDoneRef = useRef(false);
  const joinBackoff = useRef(new Backoff());
  const joinTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // also kept in memory: with storage disabled (private mode) the page still resumes after a reconnect
  const identityRef = useRef<StoredIdentity | null>(null);
  const remember = useCallback(
    (identity: StoredIdentity | null) => {
      identityRef.current = identity;
      saveIdentity(joinCode, identity);
    },
    [joinCode],
  );
  const joinRef = useRef<(socket: LiveSocket) => Promise<void>>(() => Promise.resolve());
  // a role picked on the page's data before the socket joined waits for the join
  const joinWaiters = useRef(new Set<() => void>());

  const transport = useMemo<OutboxTransport>(
    () => ({
      canSend: () => joinedRef.current && profileDoneRef.current && socketRef.current?.connected === true,
      send: (answer) => {
        const socket = socketRef.current;
        if (!socket?.connected) return Promise.resolve({ ok: false, code: 'network/offline', message: 'Offline' });
        return emitAnswer(socket, answer);
      },
      onOutcome: (outcome: SendOutcome, answer: TAnswerSubmit) => {
        if (outcome.kind === 'saved') dispatch({ type: 'answer-saved', answer });
        else if (outcome.kind === 'refused') dispatch({ type: 'answer-refused', concernId: answer.concernId, code: outcome.code, message: outcome.message });
      },
      rejoin: () => {
        const socket = socketRef.current;
        joinedRef.current = false;
        if (socket?.connected) void joinRef.current(socket);
      },
    }),
    [],
  );
  const outbox = useOutbox(joinCode, transport);
  const pumpRef = useRef(outbox.pump);
  useEffect(() => {
    pumpRef.current = outbox.pump;
  }, [outbox.pump]);

  const join = useCallback(
    async (socket: LiveSocket): Promise<void> => {
      joinedRef.current = false;
      if (joinTimer.current !== null) clearTimeout(joinTimer.current);
      joinTimer.current = null;
      let stored = loadIdentity(joinCode) ?? identityRef.current;
      let res = await emitJoin(socket, stored ? { resumeToken: stored.resumeToken } : {});
      if (!res.ok && stored && errorAction(res.code) === 'rejoin') {
        // the session no longer knows this phone: start over as a new participant
        remember(null);
        stored = null;
        res = await emitJoin(socket, {});
      }
      if (socketRef.current !== socket) return;
      if (!res.ok) {
        const action = errorAction(res.code);
        switch (action) {
          case 'retry':
          case 'rejoin':
            // the server could not serve the join now (its database is away, too many at once, no reply)
            joinTimer.current = setTimeout(() => {
              joinTimer.current = null;
              if (socketRef.current === socket && socket.connected) void joinRef.current(socket);
            }, joinBackoff.current.next());
            return;
          case 'refuse':
          case 'sign-in':
            dispatch({ type: 'refused', code: res.code, message: res.message });
            return;
        }
      }
      joinBackoff.current.reset();
      const { result } = res;
      // a fresh participant (no token, or a rejected one) picks their role again
      // ('' : a resume link's token, accepted, so its participant is this device)
      const profileDone = stored !== null && (stored.participantId === result.participantId || stored.participantId === '') && stored.profileDone;
      remember({ participantId: result.participantId, resumeToken: result.resumeToken, profileDone });
      joinedRef.current = true;
      profileDoneRef.current = profileDone;
      dispatch({ type: 'joined', result, profileDone });
      for (const wake of joinWaiters.current) wake();
      pumpRef.current();
    },
    [joinCode, remember],
  );
  useEffect(() => {
    joinRef.current = join;
  }, [join]);

  // After a reload with the server away: show what the phone last knew until it can join.
  useEffect(() => {
    const identity = loadIdentity(joinCode);
    const view = loadView(joinCode);
    if (identity?.profileDone && view && view.me.participantId === identity.participantId) dispatch({ type: 'restored', view });
  }, [joinCode]);

  const view = useMemo(() => viewOf(model), [model]);
  useEffect(() => {
    if (view) saveView(joinCode, view);
  }, [joinCode, view]);

  useEffect(() => {
    // a code the page already says opens no session: no socket, no second guess spent on it
    if (pageStart?.kind === 'refused') return;
    dispatch({ type: 'connecting' });
    const link = openLiveSocket({ joinCode }, (socket) => {
      socketRef.current = socket;
      socket.on('connect', () => {
        void join(socket);
      });
      socket.on('disconnect', () => {
        joinedRef.current = false;
        dispatch({ type: 'disconnected' });
      });
      socket.on('session:state', (state) => dispatch({ type: 'state', state }));
      socket.on('results', (results) => dispatch({ type: 'results', results }));
      socket.on('session:closed', () => dispatch({ type: 'closed' }));
      return keepConnected(socket, {
        reconnecting: () => dispatch({ type: 'connect-failed' }),
        refused: ({ code, message }) => dispatch({ type: 'refused', code, message }),
        // the server hangs up on purpose only when the facilitator removed the session
        closedByServer: () => dispatch({ type: 'refused', code: 'session/not-found', message: 'The facilitator removed this session.' }),
      });
    });
    return () => {
      if (joinTimer.current !== null) clearTimeout(joinTimer.current);
      socketRef.current = null;
      joinedRef.current = false;
      link.close();
    };
  }, [joinCode, join, pageStart]);

  const { enqueue } = outbox;
  const submit = useCallback(
    (answer: TAnswerSubmit) => {
      dispatch({ type: 'answer-queued', concernId: answer.concernId });
      enqueue(answer);
    },
    [enqueue],
  );

  const saveProfile = useCallback(
    async (profile: ProfileInput): Promise<string | null> => {
      if (!joinedRef.current) await untilJoined(joinWaiters.current, JOIN_TIMEOUT_MS);
      const socket = socketRef.current;
      const stored = identityRef.current ?? loadIdentity(joinCode);
      if (!socket?.connected || !stored) return t('phone.answer.profileOffline');
      const payload: TParticipantJoin = { resumeToken: stored.resumeToken, roleId: profile.roleId };
      if (profile.name) payload.name = profile.name;
      const res = await emitJoin(socket, payload);
      if (!res.ok) return errorText(res.code);
      remember({ participantId: res.result.participantId, resumeToken: res.result.resumeToken, profileDone: true });
      joinedRef.current = true;
      profileDoneRef.current = true;
      dispatch({ type: 'joined', result: res.result, profileDone: true });
      pumpRef.current();
      return null;
    },
    [joinCode, remember],
  );

  const retry = useCallback(() => {
    const socket = socketRef.current;
    // refused by the page's own data: ask the server again with a fresh page
    if (!socket && pageStart?.kind === 'refused') return window.location.reload();
    if (!socket) return;
    dispatch({ type: 'connecting' });
    if (socket.connected) void join(socket);
    else reconnectNow(socket);
  }, [join, pageStart]);

  return {
    model,
    outbox: outbox.entries,
    inFlightId: outbox.inFlightId,
    stalled: outbox.stalled !== null,
    persisted: outbox.persisted,
    submit,
    saveProfile,
    retry,
  };
}
