import {
  Backoff,
  type ClientToServerEvents,
  LIVE_NAMESPACE,
  type ServerToClientEvents,
  type TErrorAction,
  type TErrorCode,
  errorAction,
  readErrorBody,
} from '@thinline/shared';
import { type Socket, io } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A socket to the /live namespace. `auth` says who connects: `{ joinCode }` for a
 * participant, `{ sessionId }` for the facilitator's screens (with the session cookie),
 * `{ shareToken }` for a report viewer, `{ presenterToken }` for a projector opened from a
 * presenter link (it only shows).
 *
 * socket.io's own reconnection is off: `keepConnected` reconnects by the shared rules
 * instead, for a dropped connection and for a handshake the server could not serve alike.
 */
export function connectLive(auth: { joinCode: string } | { sessionId: string } | { shareToken: string } | { presenterToken: string }): LiveSocket {
  return io(LIVE_NAMESPACE, {
    auth,
    transports: ['websocket', 'polling'],
    withCredentials: true,
    reconnection: false,
  });
}

export interface LiveRefusal {
  code: TErrorCode;
  message: string;
  action: TErrorAction;
}

export interface KeepConnectedHandlers {
  /** the server refused the handshake for a reason reconnecting will not change */
  refused: (refusal: LiveRefusal) => void;
  /** the server closed this connection on purpose (the session was removed): not reopened */
  closedByServer: () => void;
  /** a reconnect is scheduled in `delayMs` */
  reconnecting?: (delayMs: number) => void;
}

/** `{ code, message }` of a handshake refusal (the gateway's middleware sends it as `data`), or of a connection that failed. */
export function connectErrorDetails(err: unknown): { code: TErrorCode; message: string } {
  const e = err as { message?: unknown; data?: unknown } | null;
  if (e?.data === undefined) {
    return { code: 'network/offline', message: 'Cannot reach Thinline. Check your Wi-Fi or mobile data.' };
  }
  return readErrorBody(e.data, 0);
}

/**
 * Keeps `socket` connected: a dropped connection and a handshake refused with a `retry`
 * (or `rejoin`) code are retried after the shared backoff with full jitter, so a room
 * that lost the server together comes back spread over the backoff window, not at once.
 * A `refuse` or `sign-in` refusal stops and is handed to `refused`. Returns a function
 * that stops reconnecting.
 */
export function keepConnected(socket: LiveSocket, handlers: KeepConnectedHandlers): () => void {
  const backoff = new Backoff();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = () => {
    if (stopped || timer !== null) return;
    const delay = backoff.next();
    handlers.reconnecting?.(delay);
    timer = setTimeout(() => {
      timer = null;
      if (!stopped && !socket.connected) socket.connect();
    }, delay);
  };

  socket.on('connect', () => backoff.reset());
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    if (reason === 'io server disconnect') {
      handlers.closedByServer();
      return;
    }
    schedule();
  });
  socket.on('connect_error', (err) => {
    const { code, message } = connectErrorDetails(err);
    const action = errorAction(code);
    switch (action) {
      case 'retry':
      case 'rejoin':
        schedule();
        return;
      case 'refuse':
      case 'sign-in':
        handlers.refused({ code, message, action });
        return;
    }
  });

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}

/** Connect again now (a person pressed "Try again"), keeping the backoff for what follows. */
export function reconnectNow(socket: LiveSocket): void {
  if (!socket.connected) socket.connect();
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
 * once: the browser reports that as a failed WebSocket. What `wire` returns (e.g. the stop of
 * `keepConnected`) runs on close.
 */
export function openLiveSocket(auth: Parameters<typeof connectLive>[0], wire: (socket: LiveSocket) => (() => void) | void): OpenedLiveSocket {
  let socket: LiveSocket | null = null;
  let unwire: (() => void) | void;
  const opener = window.setTimeout(() => {
    socket = connectLive(auth);
    unwire = wire(socket);
  }, 0);
  return {
    current: () => socket,
    close: () => {
      window.clearTimeout(opener);
      unwire?.();
      socket?.removeAllListeners();
      socket?.disconnect();
      socket = null;
    },
  };
}
