import { describe, expect, it } from '@jest/globals';
import type { TAnswerSubmit } from '@thinline/shared';
import {
  EMPTY_OUTBOX,
  type Outbox,
  applyOutcome,
  enqueue,
  isRetriable,
  markAttempt,
  newAnswerId,
  nextToSend,
  outboxStorageKey,
  outcomeOf,
  parseOutbox,
  pendingFor,
  removeAnswer,
  retryDelayMs,
  serializeOutbox,
} from '../outbox';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const ROLE = '33333333-3333-4333-8333-333333333333';
let n = 0;
const id = () => `aaaaaaaa-aaaa-4aaa-8aaa-${String(++n).padStart(12, '0')}`;

function answer(concernId: string, extra: Partial<TAnswerSubmit> = {}): TAnswerSubmit {
  return { answerId: id(), concernId, choice: 'owners', owners: [ROLE], ...extra };
}

describe('outbox', () => {
  it('queues answers in the order they were given', () => {
    const a = answer(C1);
    const b = answer(C2);
    const box = enqueue(enqueue(EMPTY_OUTBOX, a, 1), b, 2);
    expect(box.map((e) => e.answer.answerId)).toEqual([a.answerId, b.answerId]);
    expect(nextToSend(box)?.answer).toBe(a);
    expect(nextToSend(EMPTY_OUTBOX)).toBeNull();
  });

  it('replaces the pending answer of the same concern with the newer one, at the back', () => {
    const old = answer(C1);
    const other = answer(C2);
    const newer = answer(C1, { choice: 'nobody', owners: undefined });
    const box = enqueue(enqueue(enqueue(EMPTY_OUTBOX, old, 1), other, 2), newer, 3);
    expect(box).toHaveLength(2);
    expect(box.map((e) => e.answer.answerId)).toEqual([other.answerId, newer.answerId]);
    expect(pendingFor(box, C1)?.answer).toBe(newer);
  });

  it('an ack removes only the answer it is for: an ack of a replaced answer leaves the newer one waiting', () => {
    const old = answer(C1);
    const newer = answer(C1, { confidence: 4 });
    let box = enqueue(EMPTY_OUTBOX, old, 1);
    box = enqueue(box, newer, 2); // `old` was in flight when the person changed their mind
    box = applyOutcome(box, outcomeOf(old.answerId, { ok: true, answerId: old.answerId }));
    expect(pendingFor(box, C1)?.answer).toBe(newer);
    box = applyOutcome(box, outcomeOf(newer.answerId, { ok: true, answerId: newer.answerId }));
    expect(box).toHaveLength(0);
  });

  it('drops an answer the server refuses for good (locked), keeps one worth retrying', () => {
    const a = answer(C1);
    const box = enqueue(EMPTY_OUTBOX, a, 1);
    const locked = outcomeOf(a.answerId, { ok: false, code: 'answer/locked', message: 'locked' });
    expect(locked.kind).toBe('refused');
    expect(applyOutcome(box, locked)).toHaveLength(0);

    const busy = outcomeOf(a.answerId, { ok: false, code: 'rate/limited', message: 'slow down' });
    expect(busy.kind).toBe('retry');
    expect(applyOutcome(box, busy)).toBe(box);
    expect(outcomeOf(a.answerId, { ok: false, code: 'timeout/answer', message: '' }).kind).toBe('retry');
  });

  it('knows which error codes are worth retrying', () => {
    for (const code of ['network/offline', 'timeout/answer', 'rate/limited', 'internal/error', 'participant/not-joined', 'live/rate-limit']) {
      expect(isRetriable(code)).toBe(true);
    }
    for (const code of ['answer/locked', 'validation/invalid', 'session/closed', 'answer/unknown-role']) {
      expect(isRetriable(code)).toBe(false);
    }
  });

  it('counts attempts and backs off up to 30 s', () => {
    const a = answer(C1);
    const box = markAttempt(markAttempt(enqueue(EMPTY_OUTBOX, a, 1), a.answerId), a.answerId);
    expect(box[0]?.attempts).toBe(2);
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(20)).toBe(30_000);
  });

  it('removing an unknown answer changes nothing (same object, no needless write)', () => {
    const box = enqueue(EMPTY_OUTBOX, answer(C1), 1);
    expect(removeAnswer(box, id())).toBe(box);
  });

  it('survives a round trip through storage with order, attempts and answer ids intact', () => {
    const a = answer(C1, { comment: 'we think MLOps', confidence: 3 });
    const b = answer(C2, { choice: 'unknown', owners: undefined });
    const box = markAttempt(enqueue(enqueue(EMPTY_OUTBOX, a, 10), b, 20), a.answerId);
    const back = parseOutbox(serializeOutbox(box));
    expect(back).toEqual(box);
  });

  it('reads a damaged store without failing: bad JSON, bad entries and duplicates are dropped', () => {
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{not json')).toEqual([]);
    expect(parseOutbox('{"entries": 3}')).toEqual([]);
    const good = answer(C1);
    const later = answer(C1, { choice: 'nobody', owners: undefined });
    const raw = JSON.stringify({
      v: 1,
      entries: [{ answer: good, queuedAt: 1, attempts: 0 }, { answer: { concernId: 'x' } }, null, { answer: later, queuedAt: 2 }],
    });
    const back: Outbox = parseOutbox(raw);
    expect(back.map((e) => e.answer.answerId)).toEqual([later.answerId]);
    expect(back[0]?.attempts).toBe(0);
  });

  it('keys the store by join code, case-insensitively', () => {
    expect(outboxStorageKey('abc234')).toBe(outboxStorageKey('ABC234'));
    expect(outboxStorageKey('ABC234')).not.toBe(outboxStorageKey('ABC235'));
  });

  it('makes v4 UUIDs even where crypto.randomUUID is missing (plain http)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const insecure: Pick<Crypto, 'getRandomValues'> = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) };
    const made = new Set(Array.from({ length: 50 }, () => newAnswerId(insecure)));
    expect(made.size).toBe(50);
    for (const u of made) expect(u).toMatch(uuid);
    expect(newAnswerId()).toMatch(uuid);
  });
});
