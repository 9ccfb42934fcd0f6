import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type LiveSocket, type OpenedLiveSocket, openLiveSocket } from '../../../lib/live-socket';
import { applyHeatmap, applyPresence, applySessionState, sessionKeys } from '../api';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface SessionLive {
  status: LiveStatus;
  /** why the connection failed for good (status 'failed') */
  error: string | null;
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
 * updater each; after every (re)connect the session and its heatmaps are fetched again, so
 * whatever happened while offline is caught up.
 */
export function useSessionLive(sessionId: string): SessionLive {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const socketRef = useRef<OpenedLiveSocket | null>(null);

  useEffect(() => {
    const derived = derivedRefresher(client, sessionId);
    let connectedOnce = false;

    const wire = (socket: LiveSocket) => {
      socket.on('connect', () => {
        setStatus('live');
        setError(null);
        connectedOnce = true;
        void client.invalidateQueries({ queryKey: sessionKeys.session(sessionId) });
        void client.invalidateQueries({ queryKey: sessionKeys.heatmaps(sessionId) });
      });
      socket.on('disconnect', (reason) => {
        if (reason === 'io client disconnect') return;
        if (reason === 'io server disconnect') {
          // the server ended it on purpose; socket.io does not retry this case by itself
          setStatus('failed');
          setError('The server closed the live connection.');
          return;
        }
        setStatus('reconnecting');
      });
      socket.on('connect_error', (err) => {
        if (socket.active) {
          setStatus(connectedOnce ? 'reconnecting' : 'connecting');
          return;
        }
        // refused by the server (signed out, not this facilitator's session): retrying will not help
        setStatus('failed');
        setError(err.message || 'The server refused the live connection.');
      });
      socket.on('session:state', (state) => applySessionState(client, state));
      socket.on('presence', (presence) => applyPresence(client, sessionId, presence));
      socket.on('heatmap', (heatmap) => {
        applyHeatmap(client, heatmap);
        derived.refresh(heatmap.round);
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
    socketRef.current?.current()?.connect();
  }, []);

  return { status, error, retry };
}
