import { type ClientToServerEvents, type ServerToClientEvents, isApiErrorCode } from '@thinline/shared';
import { type Socket, io } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A /live connection. `localAddress` picks the source address on the loopback (127.0.0.x),
 * so one test can play phones on different networks; `headers` are sent with the handshake.
 */
export function connect(baseUrl: string, auth: Record<string, string>, cookie?: string, options: { localAddress?: string; headers?: Record<string, string> } = {}): TestSocket {
  const headers = { ...(cookie ? { cookie } : {}), ...(options.headers ?? {}) };
  return io(`${baseUrl}/live`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: Object.keys(headers).length ? headers : undefined,
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
}

/** A server-to-client event and what it carries, from the event map both ends share. */
export type LiveEvent = keyof ServerToClientEvents;
export type LivePayload<E extends LiveEvent> = Parameters<ServerToClientEvents[E]>[0];

interface WaitOptions<E extends LiveEvent> {
  timeout?: number;
  /** resolve with the first payload this accepts (default: any) */
  until?: (payload: LivePayload<E>) => boolean;
}

/** Resolves with the next `name` event (that `until` accepts), or fails after `timeout` ms. */
export function waitForEvent<E extends LiveEvent>(socket: TestSocket, name: E, { timeout = 5000, until = () => true }: WaitOptions<E> = {}): Promise<LivePayload<E>> {
  // socket.io's listener types do not resolve for a generic event name; the payload's type
  // comes from the event map through LivePayload, so an untyped view of on/off loses nothing.
  const events = socket as unknown as { on(n: string, l: (p: LivePayload<E>) => void): void; off(n: string, l: (p: LivePayload<E>) => void): void };
  return new Promise((resolve, reject) => {
    const listener = (payload: LivePayload<E>) => {
      if (!until(payload)) return;
      clearTimeout(timer);
      events.off(name, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      events.off(name, listener);
      reject(new Error(`no matching "${name}" event within ${timeout} ms`));
    }, timeout);
    events.on(name, listener);
  });
}

/**
 * Every event a socket receives, from the moment it is made: a test can then wait for an
 * event that may already have arrived (the last coalesced heatmap) without a race.
 */
export class EventLog {
  readonly received: { name: LiveEvent; payload: unknown }[] = [];

  constructor(private readonly socket: TestSocket) {
    socket.onAny((name: LiveEvent, payload: unknown) => this.received.push({ name, payload }));
  }

  /** The payloads of every `name` event so far, oldest first. */
  all<E extends LiveEvent>(name: E): LivePayload<E>[] {
    return this.received.filter((e) => e.name === name).map((e) => e.payload as LivePayload<E>);
  }

  /** The first `name` event (so far or still to come) that `until` accepts. */
  waitFor<E extends LiveEvent>(name: E, options: WaitOptions<E> = {}): Promise<LivePayload<E>> {
    const accept = options.until ?? (() => true);
    const seen = this.all(name).find(accept);
    return seen !== undefined ? Promise.resolve(seen) : waitForEvent(this.socket, name, options);
  }
}

export function connected(socket: TestSocket, { timeout = 5000 } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not connect')), timeout);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (err: Error & { data?: { code?: unknown } }) => {
      clearTimeout(timer);
      // A handshake refused by the gateway carries `{ code, message }`; the code must be in the shared table.
      if (err.data !== undefined && !isApiErrorCode(err.data.code)) {
        reject(new Error(`handshake refused with a code missing from the shared error table: ${JSON.stringify(err.data)}`));
        return;
      }
      reject(Object.assign(new Error(err.message), { data: err.data }));
    });
  });
}

/** Waits for the handshake: 'connected', or the code it was refused with. */
export async function handshake(socket: TestSocket): Promise<string> {
  try {
    await connected(socket);
    return 'connected';
  } catch (err) {
    return (err as { data?: { code?: string } }).data?.code ?? String(err);
  }
}

/**
 * Emits with an acknowledgement and resolves with it. Every refusal a test sees passes
 * through here, so a code the gateway sends that is not in the shared error table fails
 * that test, whatever it was checking.
 */
export async function request<T = Record<string, unknown>>(socket: TestSocket, event: string, payload: unknown, { timeout = 10000 } = {}): Promise<T> {
  const ack = await (socket as unknown as { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<T> } }).timeout(timeout).emitWithAck(event, payload);
  assertCodedAck(ack);
  return ack;
}

/** A refused acknowledgement is exactly `{ ok: false, code, message }` with a code from the shared table. */
export function assertCodedAck(ack: unknown): void {
  const a = ack as { ok?: unknown; code?: unknown; message?: unknown } | null;
  if (a?.ok !== false) return;
  if (!isApiErrorCode(a.code) || typeof a.message !== 'string') {
    throw new Error(`acknowledgement with a code missing from the shared error table: ${JSON.stringify(ack)}`);
  }
}
