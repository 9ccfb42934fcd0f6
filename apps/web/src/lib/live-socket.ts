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
