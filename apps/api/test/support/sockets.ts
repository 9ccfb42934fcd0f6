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

/** Resolves with the next `name` event's payload, or fails after `timeout` ms. */
export function waitForEvent<T = unknown>(socket: TestSocket, name: string, { timeout = 5000 } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${name}" event within ${timeout} ms`)), timeout);
    (socket as unknown as { once(n: string, l: (p: T) => void): void }).once(name, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
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
