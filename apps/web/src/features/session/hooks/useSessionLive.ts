import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n/i18n';
import { type LiveSocket, type OpenedLiveSocket, keepConnected, openLiveSocket, reconnectNow } from '../../../lib/live-socket';
import type { TDecisionList } from '@thinline/shared';
import { applyDecisions } from '../../decisions/api';
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
  retry: () => void;
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
export function useSessionLive(sessionId: string): SessionLive {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [signIn, setSignIn] = useState(false);
  const socketRef = useRef<OpenedLiveSocket | null>(null);

  useEffect(() => {
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
        connectedOnce = true;
        catchUp();
      });
      socket.on('live:status', ({ answers }) => {
        setStatus(answers === 'paused' ? 'paused' : 'live');
        if (answers === 'saving') catchUp();
      });
      socket.on('session:state', (state) => applySessionState(client, state));
      socket.on('presence', (presence) => applyPresence(client, sessionId, presence));
      // a facilitator's socket gets the full list (with who decided)
      socket.on('decisions', (list) => applyDecisions(client, sessionId, list as TDecisionList));
      socket.on('heatmap', (heatmap) => {
        void applyHeatmap(client, heatmap);
        derived.refresh(heatmap.round);
      });
      return keepConnected(socket, {
        reconnecting: () => setStatus(connectedOnce ? 'reconnecting' : 'connecting'),
        refused: ({ message, action }) => {
          // signed out, or not this facilitator's session: reconnecting will not help
          setStatus('failed');
          setError(message || t('app.session.live.refused'));
          setSignIn(action === 'sign-in');
        },
        closedByServer: () => {
          setStatus('failed');
          setError(t('app.session.live.removed'));
        },
      });
    };

    const live = openLiveSocket({ sessionId }, wire);
    socketRef.current = live;
    return () => {
      derived.stop();
      live.close();
      socketRef.current = null;
    };
  }, [client, sessionId]);

  const retry = useCallback(() => {
    setStatus('connecting');
    setError(null);
    const socket = socketRef.current?.current();
    if (socket) reconnectNow(socket);
  }, []);

  return { status, error, signIn, retry };
}
