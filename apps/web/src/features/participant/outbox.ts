import { type TAnswerSubmit, type TErrorCode, errorAction } from '@thinline/shared';
import { contracts } from './contracts';

/**
 * The outbox: answers the server has not acknowledged yet, kept on the phone so that a
 * reload, a dead battery saver tab or a lost connection never loses one.
 *
 * Rules (pure functions, the hook only persists and sends):
 * - one entry per concern: a newer answer replaces the pending one for the same concern,
 *   and moves to the back of the queue (it is the newest thing the person said);
 * - entries are sent in queue order, one at a time, each with its own answerId, so a
 *   retry of the same entry is applied once by the server;
 * - an acknowledgement removes the entry only if it is still the same answer (an ack for
 *   a replaced answer leaves the newer one waiting);
 * - what happens after a refusal is the shared error table's action for its code
 *   (packages/shared/src/errors/codes.ts): `refuse` drops the entry and reports it (the
 *   server will say the same however often it is asked: locked, invalid, closed); `retry`
 *   keeps it and moves it to the back, so one answer the server keeps failing never
 *   holds up the others; `rejoin` keeps it until the phone has joined again. No reply at
 *   all (offline, a timeout) is a `retry` too: the entry is only ever dropped because the
 *   server acknowledged it or refused it for good.
 */
export interface OutboxEntry {
  answer: TAnswerSubmit;
  /** ms since epoch when the person saved it; only for display and ordering ties. */
  queuedAt: number;
  /** how many times it was sent without a final answer from the server. */
  attempts: number;
}

export type Outbox = readonly OutboxEntry[];

export const EMPTY_OUTBOX: Outbox = [];

const STORAGE_PREFIX = 'thinline:outbox:';

export function outboxStorageKey(joinCode: string): string {
  return STORAGE_PREFIX + joinCode.toUpperCase();
}

/** Queue an answer; any pending answer for the same concern is replaced. */
export function enqueue(outbox: Outbox, answer: TAnswerSubmit, now: number): Outbox {
  return [...outbox.filter((e) => e.answer.concernId !== answer.concernId), { answer, queuedAt: now, attempts: 0 }];
}

/** Remove the entry with this answerId (after an ack or a final refusal); unknown ids change nothing. */
export function removeAnswer(outbox: Outbox, answerId: string): Outbox {
  return outbox.some((e) => e.answer.answerId === answerId) ? outbox.filter((e) => e.answer.answerId !== answerId) : outbox;
}

/** Count one more send of this answer. */
export function markAttempt(outbox: Outbox, answerId: string): Outbox {
  return outbox.map((e) => (e.answer.answerId === answerId ? { ...e, attempts: e.attempts + 1 } : e));
}

/** The answer to send next, or null when there is nothing to send. */
export function nextToSend(outbox: Outbox): OutboxEntry | null {
  return outbox[0] ?? null;
}

export function pendingFor(outbox: Outbox, concernId: string): OutboxEntry | undefined {
  return outbox.find((e) => e.answer.concernId === concernId);
}

/** What to do with an entry after the server's reply (or the lack of one). */
export type SendOutcome =
  | { kind: 'saved'; answerId: string }
  | { kind: 'refused'; answerId: string; code: TErrorCode; message: string }
  | { kind: 'retry'; answerId: string; code: TErrorCode; message: string }
  | { kind: 'rejoin'; answerId: string; code: TErrorCode; message: string };

/** The server's acknowledgement, or the phone's own code when none came. */
export type SendReply = { ok: true } | { ok: false; code: TErrorCode; message: string };

export function outcomeOf(answerId: string, reply: SendReply): SendOutcome {
  if (reply.ok) return { kind: 'saved', answerId };
  const { code, message } = reply;
  const action = errorAction(code);
  switch (action) {
    case 'retry':
      return { kind: 'retry', answerId, code, message };
    case 'rejoin':
      return { kind: 'rejoin', answerId, code, message };
    // a phone has no account: the server never asks it to sign in, and if it did, asking again would not help
    case 'refuse':
    case 'sign-in':
      return { kind: 'refused', answerId, code, message };
  }
}

/** The outbox after an outcome: saved and refused entries leave, retried ones go to the back, rejoining ones wait. */
export function applyOutcome(outbox: Outbox, outcome: SendOutcome): Outbox {
  switch (outcome.kind) {
    case 'saved':
    case 'refused':
      return removeAnswer(outbox, outcome.answerId);
    case 'retry': {
      const entry = outbox.find((e) => e.answer.answerId === outcome.answerId);
      return entry ? [...outbox.filter((e) => e !== entry), entry] : outbox;
    }
    case 'rejoin':
      return outbox;
  }
}

export function serializeOutbox(outbox: Outbox): string {
  return JSON.stringify({ v: 1, entries: outbox });
}

/**
 * Read a stored outbox. Anything unreadable is dropped entry by entry (a corrupted or
 * older entry must not block the good ones), and a concern keeps only its last entry.
 */
export function parseOutbox(raw: string | null): Outbox {
  if (!raw) return EMPTY_OUTBOX;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_OUTBOX;
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return EMPTY_OUTBOX;
  const valid: OutboxEntry[] = [];
  for (const item of entries as unknown[]) {
    const e = item as Partial<OutboxEntry> | null;
    const parsed = contracts().ZAnswerSubmit.safeParse(e?.answer);
    if (!parsed.success) continue;
    valid.push({
      answer: parsed.data,
      queuedAt: typeof e?.queuedAt === 'number' ? e.queuedAt : 0,
      attempts: typeof e?.attempts === 'number' ? e.attempts : 0,
    });
  }
  const outbox = valid.filter((e, i) => !valid.slice(i + 1).some((later) => later.answer.concernId === e.answer.concernId));
  return outbox;
}

/**
 * A v4 UUID for a new answer. `crypto.randomUUID` exists only in secure contexts, and a
 * workshop may well run on `http://<laptop-ip>:3000`; getRandomValues works everywhere.
 */
export function newAnswerId(cryptoImpl: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof cryptoImpl.randomUUID === 'function') return cryptoImpl.randomUUID();
  const b = cryptoImpl.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
