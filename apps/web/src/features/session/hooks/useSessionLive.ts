import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n/i18n';
import { type LiveSocket, type OpenedLiveSocket, keepConnected, openLiveSocket, reconnectNow } from '../../../lib/live-socket';
import type { TAck, TDecisionList, TErrorCode, TPresenterCommand } from '@thinline/shared';
import { errorText } from '../../../i18n/error-messages';
import { applyDecisions } from '../../decisions/api';
import { deliverPresenterCommand } from '../../presenter/hooks/usePresenterPaging';
import { applyHeatmap, applyPresence, applySessionState, sessionKeys } from '../api';

/**
 * - connecting: no connection yet; live: connected, answers are being saved;
 * - paused: connected, but the server cannot save answers (its database is away): the
 *   phones keep them, the numbers catch up once it is back;
 * - reconnecting: the connection is lost (or the server could not serve the handshake),
 *   reconnecting by the shared backoff; failed: refused for good (see `error`, `signIn`).
 */
export type LiveStatus = 'connecting' | 'live' | 'paused' | 'reconnecting' | 'failed';

export interface SessionLive {
  status: LiveStatus;
  /** why the connection failed for good (status 'failed') */
  error: string | null;
  /** the refusal was the table's `sign-in`: the facilitator's session ended */
  signIn: boolean;
  /** the code of the refusal (status 'failed'): a presenter link's says it was revoked or expired */
  code: TErrorCode | null;
  retry: () => void;
  /** the control room paces every projector of the session; resolves whether the server took it */
  command: (command: TPresenterCommand) => Promise<boolean>;
}

/** How long the control room waits for the server to take a page turn. */
const COMMAND_TIMEOUT_MS = 5000;

export interface SessionLiveOptions {
  /** a projector opened from a presenter link: connects by its token, without a cookie */
  presenterToken?: string;
}

/** Segment and past-round heatmaps have no live event; they are refreshed at most this often. */
const DERIVED_REFRESH_MS = 2000;

/**
 * Segment views of the current round follow the room by refetching, throttled: the socket
 * only carries the whole room, and past rounds do not change.
 */
function derivedRefresher(client: QueryClient, sessionId: string) {
  let last = 0;
  let timer: number | undefined;
  const refresh = (round: number) => {
    if (timer !== undefined) return;
    const run = () => {
      last = Date.now();
      timer = undefined;
      void client.invalidateQueries({
        queryKey: sessionKeys.heatmaps(sessionId),
        predicate: ({ queryKey }) => queryKey[2] !== 'room' && (queryKey[3] === 'current' || queryKey[3] === round),
      });
    };
    const wait = last + DERIVED_REFRESH_MS - Date.now();
    if (wait <= 0) run();
    else timer = window.setTimeout(run, wait);
  };
  return { refresh, stop: () => window.clearTimeout(timer) };
}

/**
 * The facilitator's live connection to a session (the presenter view and the control room).
 * One hook for both, so they follow the room the same way.
 * `session:state`, `presence` and `heatmap` go into the TanStack Query cache through one
 * updater each; after every (re)connect, and when the server saves answers again after
 * its database was away, the session and its heatmaps are fetched again, so whatever
 * happened meanwhile is caught up without a reload. Reconnecting and refusals follow the
 * shared error table (lib/live-socket.ts).
 */
export function useSessionLive(sessionId: string, { presenterToken }: SessionLiveOptions = {}): SessionLive {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [signIn, setSignIn] = useState(false);
  const [code, setCode] = useState<TErrorCode | null>(null);
  const socketRef = useRef<OpenedLiveSocket | null>(null);

  useEffect(() => {
    // a presenter link's screens read the server's refusals in the shown language: there is nobody to sign in
    const byLink = presenterToken !== undefined;
    let revoked = false;
    const fail = (failure: { code: TErrorCode; message: string }) => {
      setStatus('failed');
      setCode(failure.code);
      setError(byLink ? errorText(failure.code) : failure.message || t('app.session.live.refused'));
    };
    const derived = derivedRefresher(client, sessionId);
    let connectedOnce = false;
    const catchUp = () => {
      void client.invalidateQueries({ queryKey: sessionKeys.session(sessionId) });
      void client.invalidateQueries({ queryKey: sessionKeys.heatmaps(sessionId) });
    };

    const wire = (socket: LiveSocket) => {
      socket.on('connect', () => {
        setStatus('live');
        setError(null);
        setSignIn(false);
        setCode(null);
        connectedOnce = true;
        catchUp();
      });
      socket.on('live:status', ({ answers }) => {
        setStatus(answers === 'paused' ? 'paused' : 'live');
        if (answers === 'saving') catchUp();
      });
      socket.on('session:state', (state) => applySessionState(client, state));
      socket.on('presence', (presence) => applyPresence(client, sessionId, presence));
      // a facilitator's socket gets the full list (with who decided); a link's projector the
      // report form, which has everything a projector reads
      socket.on('decisions', (list) => applyDecisions(client, sessionId, list as TDecisionList));
      socket.on('presenter:command', (command) => deliverPresenterCommand(sessionId, command));
      // the facilitator revoked this presenter link: the server disconnects right after
      socket.on('presenter:revoked', (refusal) => {
        revoked = true;
        fail(refusal);
      });
      socket.on('heatmap', (heatmap) => {
        void applyHeatmap(client, heatmap);
        derived.refresh(heatmap.round);
      });
      return keepConnected(socket, {
        reconnecting: () => setStatus(connectedOnce ? 'reconnecting' : 'connecting'),
        refused: (refusal) => {
          // signed out, or not this facilitator's session: reconnecting will not help
          fail(refusal);
          setSignIn(refusal.action === 'sign-in');
        },
        closedByServer: () => {
          if (revoked) return;
          // a link's projector asks once more, so the handshake's refusal says why (revoked, gone)
          if (byLink) {
            socket.connect();
            return;
          }
          setStatus('failed');
          setCode(null);
          setError(t('app.session.live.removed'));
        },
      });
    };

    const live = openLiveSocket(byLink ? { presenterToken } : { sessionId }, wire);
    socketRef.current = live;
    return () => {
      derived.stop();
      live.close();
      socketRef.current = null;
    };
  }, [client, sessionId, presenterToken]);

  const retry = useCallback(() => {
    setStatus('connecting');
    setError(null);
    const socket = socketRef.current?.current();
    if (socket) reconnectNow(socket);
  }, []);

  const command = useCallback((payload: TPresenterCommand) => {
    const socket = socketRef.current?.current();
    if (!socket?.connected) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      socket.timeout(COMMAND_TIMEOUT_MS).emit('presenter:command', payload, (err: Error | null, reply?: TAck<Record<string, never>>) => resolve(!err && reply?.ok === true));
    });
  }, []);

  return { status, error, signIn, code, retry, command };
}
