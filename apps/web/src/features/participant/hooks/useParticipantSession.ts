import type { TAck, TAnswerSubmit, TJoinResult, TParticipantJoin } from '@thinline/shared';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { type LiveSocket, connectLive } from '../../../lib/live-socket';
import { connectErrorDetails } from '../errors';
import type { Outbox, SendOutcome, SendReply } from '../outbox';
import { INITIAL_MODEL, type ParticipantModel, reduce } from '../session-model';
import { type StoredIdentity, loadIdentity, saveIdentity } from '../storage';
import { type OutboxTransport, useOutbox } from './useOutbox';

const JOIN_TIMEOUT_MS = 10_000;
const ANSWER_TIMEOUT_MS = 15_000;

export interface ProfileInput {
  name?: string;
  roleId: string;
}

export interface ParticipantSession {
  model: ParticipantModel;
  outbox: Outbox;
  inFlightId: string | null;
  submit: (answer: TAnswerSubmit) => void;
  /** send the own role (and name) after the first join; resolves with an error message or null. */
  saveProfile: (profile: ProfileInput) => Promise<string | null>;
  /** try again after a refusal or a server-side disconnect. */
  retry: () => void;
}

/** A join ack's error that a fresh join (without the stored resume token) could fix. */
function resumeTokenRejected(code: string): boolean {
  return /resume|token|participant\/(not-found|unknown|removed)/.test(code);
}

function emitJoin(socket: LiveSocket, payload: TParticipantJoin): Promise<TAck<TJoinResult>> {
  return new Promise((resolve) => {
    socket.timeout(JOIN_TIMEOUT_MS).emit('participant:join', payload, (err, res) => {
      resolve(err ? { ok: false, code: 'timeout/join', message: 'The session did not answer in time.' } : res);
    });
  });
}

function emitAnswer(socket: LiveSocket, answer: TAnswerSubmit): Promise<SendReply> {
  return new Promise((resolve) => {
    socket.timeout(ANSWER_TIMEOUT_MS).emit('answer:submit', answer, (err, res) => {
      resolve(err ? { ok: false, code: 'timeout/answer', message: 'The server did not confirm in time.' } : res);
    });
  });
}

/**
 * One participant's live link to a session: connects with the join code, joins (resuming
 * the same participant with the stored token on every (re)connect), follows session:state
 * and results, and sends answers through the outbox so none is lost.
 */
export function useParticipantSession(joinCode: string): ParticipantSession {
  const [model, dispatch] = useReducer(reduce, INITIAL_MODEL);
  const socketRef = useRef<LiveSocket | null>(null);
  const joinedRef = useRef(false);
  const profileDoneRef = useRef(false);
  // also kept in memory: with storage disabled (private mode) the page still resumes after a reconnect
  const identityRef = useRef<StoredIdentity | null>(null);
  const remember = useCallback(
    (identity: StoredIdentity | null) => {
      identityRef.current = identity;
      saveIdentity(joinCode, identity);
    },
    [joinCode],
  );

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
      const stored = loadIdentity(joinCode) ?? identityRef.current;
      let res = await emitJoin(socket, stored ? { resumeToken: stored.resumeToken } : {});
      if (!res.ok && stored && resumeTokenRejected(res.code)) {
        // the session no longer knows this phone: start over as a new participant
        remember(null);
        res = await emitJoin(socket, {});
      }
      if (socketRef.current !== socket) return;
      if (!res.ok) {
        if (res.code.startsWith('timeout/')) {
          // reconnecting repeats the join
          socket.disconnect().connect();
          return;
        }
        dispatch({ type: 'refused', code: res.code, message: res.message });
        return;
      }
      // a fresh participant (no token, or a rejected one) picks their role again
      const profileDone = stored !== null && stored.participantId === res.participantId && stored.profileDone;
      remember({ participantId: res.participantId, resumeToken: res.resumeToken, profileDone });
      joinedRef.current = true;
      profileDoneRef.current = profileDone;
      dispatch({ type: 'joined', result: res, profileDone });
      pumpRef.current();
    },
    [joinCode, remember],
  );

  useEffect(() => {
    const open = (): LiveSocket => {
      const socket = connectLive({ joinCode });
      socketRef.current = socket;
      dispatch({ type: 'connecting' });
      socket.on('connect', () => {
        void join(socket);
      });
      socket.on('disconnect', (reason) => {
        joinedRef.current = false;
        dispatch({ type: 'disconnected' });
        // the server hung up on purpose: socket.io will not reconnect by itself
        if (reason === 'io server disconnect') {
          dispatch({ type: 'refused', code: 'session/disconnected', message: 'The session ended this connection.' });
        }
      });
      socket.on('connect_error', (err) => {
        if (socket.active) {
          dispatch({ type: 'connect-failed' });
          return;
        }
        const { code, message } = connectErrorDetails(err);
        dispatch({ type: 'refused', code, message });
      });
      socket.on('session:state', (state) => dispatch({ type: 'state', state }));
      socket.on('results', (results) => dispatch({ type: 'results', results }));
      socket.on('session:closed', () => dispatch({ type: 'closed' }));
      return socket;
    };
    // one tick later: React's development double mount would otherwise open a
    // connection and drop it before it is established
    let socket: LiveSocket | null = null;
    const timer = setTimeout(() => {
      socket = open();
    }, 0);
    return () => {
      clearTimeout(timer);
      socketRef.current = null;
      joinedRef.current = false;
      if (socket) {
        socket.removeAllListeners();
        socket.disconnect();
      }
    };
  }, [joinCode, join]);

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
      const socket = socketRef.current;
      const stored = identityRef.current ?? loadIdentity(joinCode);
      if (!socket?.connected || !stored) return 'You are offline. Your choice will be kept: try again when you are back.';
      const payload: TParticipantJoin = { resumeToken: stored.resumeToken, roleId: profile.roleId };
      if (profile.name) payload.name = profile.name;
      const res = await emitJoin(socket, payload);
      if (!res.ok) return res.message || 'Could not save your role.';
      remember({ participantId: res.participantId, resumeToken: res.resumeToken, profileDone: true });
      joinedRef.current = true;
      profileDoneRef.current = true;
      dispatch({ type: 'joined', result: res, profileDone: true });
      pumpRef.current();
      return null;
    },
    [joinCode, remember],
  );

  const retry = useCallback(() => {
    const socket = socketRef.current;
    if (!socket) return;
    dispatch({ type: 'connecting' });
    if (socket.connected) void join(socket);
    else socket.connect();
  }, [join]);

  return { model, outbox: outbox.entries, inFlightId: outbox.inFlightId, submit, saveProfile, retry };
}
