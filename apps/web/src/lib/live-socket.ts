import { type ClientToServerEvents, LIVE_NAMESPACE, type ServerToClientEvents } from '@thinline/shared';
import { type Socket, io } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A socket to the /live namespace. `auth` says who connects: `{ joinCode }` for a
 * participant, `{ sessionId }` for the facilitator's screens (with the session cookie),
 * `{ shareToken }` for a report viewer.
 */
export function connectLive(auth: { joinCode: string } | { sessionId: string } | { shareToken: string }): LiveSocket {
  return io(LIVE_NAMESPACE, {
    auth,
    transports: ['websocket', 'polling'],
    withCredentials: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

export interface OpenedLiveSocket {
  /** the socket, once it is open (null before the first tick and after close) */
  current: () => LiveSocket | null;
  /** stops the socket and its listeners, or stops it from opening: a React effect's cleanup */
  close: () => void;
}

/**
 * Opens a /live socket on the next tick and hands it to `wire` for its listeners. The tick is
 * for React's development double mount, which would otherwise open a socket and drop it at
 * once: the browser reports that as a failed WebSocket.
 */
export function openLiveSocket(auth: Parameters<typeof connectLive>[0], wire: (socket: LiveSocket) => void): OpenedLiveSocket {
  let socket: LiveSocket | null = null;
  const opener = window.setTimeout(() => {
    socket = connectLive(auth);
    wire(socket);
  }, 0);
  return {
    current: () => socket,
    close: () => {
      window.clearTimeout(opener);
      socket?.removeAllListeners();
      socket?.disconnect();
      socket = null;
    },
  };
}
