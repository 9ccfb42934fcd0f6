import { type TAnswerSubmit, ZAnswerSubmit } from '@thinline/shared';

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
 * - a refusal that retrying cannot fix (locked, invalid, closed) drops the entry and is
 *   reported; anything else keeps it for the next attempt.
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
  | { kind: 'refused'; answerId: string; code: string; message: string }
  | { kind: 'retry'; answerId: string; code: string; message: string };

export type SendReply = { ok: true; answerId?: string } | { ok: false; code: string; message: string };

/**
 * Error codes worth sending again later: the server was busy, the socket was not (yet)
 * joined, or the reply never came. Everything else (`answer/locked`, validation errors,
 * a closed session) will be refused the same way again.
 */
export function isRetriable(code: string): boolean {
  return /^(network|timeout|rate|internal|server|unavailable)\//.test(code) || /not[-_]joined|rate[-_]?limit|too[-_]many|unavailable|timeout/.test(code);
}

export function outcomeOf(answerId: string, reply: SendReply): SendOutcome {
  if (reply.ok) return { kind: 'saved', answerId };
  return isRetriable(reply.code)
    ? { kind: 'retry', answerId, code: reply.code, message: reply.message }
    : { kind: 'refused', answerId, code: reply.code, message: reply.message };
}

/** The outbox after an outcome: saved and refused entries leave, retried ones stay. */
export function applyOutcome(outbox: Outbox, outcome: SendOutcome): Outbox {
  return outcome.kind === 'retry' ? outbox : removeAnswer(outbox, outcome.answerId);
}

/** Wait before the n-th retry (1-based): 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
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
    const parsed = ZAnswerSubmit.safeParse(e?.answer);
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
