import { beforeAll, describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES, CLIENT_ERROR_CODES, type TAnswerSubmit, type TErrorCode, errorAction } from '@thinline/shared';
import {
  EMPTY_OUTBOX,
  type Outbox,
  applyOutcome,
  enqueue,
  markAttempt,
  newAnswerId,
  nextToSend,
  outboxStorageKey,
  outcomeOf,
  parseOutbox,
  pendingFor,
  removeAnswer,
  serializeOutbox,
} from '../outbox';
import { loadContracts } from '../contracts';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const ROLE = '33333333-3333-4333-8333-333333333333';
let n = 0;
const id = () => `aaaaaaaa-aaaa-4aaa-8aaa-${String(++n).padStart(12, '0')}`;

function answer(concernId: string, extra: Partial<TAnswerSubmit> = {}): TAnswerSubmit {
  return { answerId: id(), concernId, choice: 'owners', owners: [ROLE], ...extra };
}

describe('outbox', () => {
  // the schemas the phone loads after its first screen (contracts.ts)
  beforeAll(() => loadContracts());

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
    box = applyOutcome(box, outcomeOf(old.answerId, { ok: true }));
    expect(pendingFor(box, C1)?.answer).toBe(newer);
    box = applyOutcome(box, outcomeOf(newer.answerId, { ok: true }));
    expect(box).toHaveLength(0);
  });

  it('decides every code of the shared table by its action: only a refusal drops the answer', () => {
    const codes: TErrorCode[] = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];
    for (const code of codes) {
      const a = answer(C1);
      const b = answer(C2);
      const box = enqueue(enqueue(EMPTY_OUTBOX, a, 1), b, 2);
      const outcome = outcomeOf(a.answerId, { ok: false, code, message: 'm' });
      const after = applyOutcome(box, outcome).map((e) => e.answer.answerId);
      const action = errorAction(code);
      // a phone has no account, so "sign in" cannot be done there and counts as final
      const expected = {
        retry: { kind: 'retry', after: [b.answerId, a.answerId] },
        rejoin: { kind: 'rejoin', after: [a.answerId, b.answerId] },
        refuse: { kind: 'refused', after: [b.answerId] },
        'sign-in': { kind: 'refused', after: [b.answerId] },
      }[action];
      expect({ code, kind: outcome.kind, after }).toEqual({ code, ...expected });
    }
  });

  it("keeps an answer through the codes of the issue's outage: answer/retry, database/unavailable, no reply, not joined", () => {
    const a = answer(C1);
    const box = enqueue(EMPTY_OUTBOX, a, 1);
    for (const code of ['answer/retry', 'database/unavailable', 'server/internal', 'rate/limited', 'network/timeout', 'network/offline', 'participant/not-joined', 'client/unknown-code'] as const) {
      expect({ code, kept: applyOutcome(box, outcomeOf(a.answerId, { ok: false, code, message: '' })).length }).toEqual({ code, kept: 1 });
    }
    for (const code of ['answer/locked', 'answer/invalid', 'session/closed', 'concern/not-found', 'validation/invalid'] as const) {
      expect({ code, kept: applyOutcome(box, outcomeOf(a.answerId, { ok: false, code, message: '' })).length }).toEqual({ code, kept: 0 });
    }
  });

  it('sends an answer the server keeps turning away to the back, so it does not hold up the others', () => {
    const a = answer(C1);
    const b = answer(C2);
    const box = applyOutcome(enqueue(enqueue(EMPTY_OUTBOX, a, 1), b, 2), outcomeOf(a.answerId, { ok: false, code: 'server/internal', message: '' }));
    expect(nextToSend(box)?.answer).toBe(b);
  });

  it('counts attempts', () => {
    const a = answer(C1);
    const box = markAttempt(markAttempt(enqueue(EMPTY_OUTBOX, a, 1), a.answerId), a.answerId);
    expect(box[0]?.attempts).toBe(2);
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
