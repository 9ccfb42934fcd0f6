import { beforeAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { RETRY_POLICY, type TAnswerSubmit, type TErrorCode, seededRandom as seeded } from '@thinline/shared';
import { type Outbox, parseOutbox, serializeOutbox } from '../outbox';
import { OutboxSender, type OutboxStore, type OutboxTransport } from '../outbox-sender';
import { loadContracts } from '../contracts';

const ROLE = '33333333-3333-4333-8333-333333333333';
const concern = (k: number) => `11111111-1111-4111-8111-${String(k).padStart(12, '0')}`;
let n = 0;
const answer = (k: number): TAnswerSubmit => ({ answerId: `aaaaaaaa-aaaa-4aaa-8aaa-${String(++n).padStart(12, '0')}`, concernId: concern(k), choice: 'owners', owners: [ROLE] });

/** localStorage as the phone has it: a string that outlives the page. */
class MemoryStore implements OutboxStore {
  raw: string | null = null;
  refuse = false;
  load = (): Outbox => parseOutbox(this.raw);
  save = (entries: Outbox): boolean => {
    if (this.refuse) return false;
    this.raw = entries.length ? serializeOutbox(entries) : null;
    return true;
  };
}

/** The server as the phone sees it: answering, turning answers away with a code, or unreachable. */
class FakeServer {
  mode: 'up' | 'offline' | { code: TErrorCode } = 'up';
  readonly saved: string[] = [];
  readonly sentAt: number[] = [];
  readonly outcomes: string[] = [];
  rejoins = 0;

  transport(): OutboxTransport {
    return {
      canSend: () => this.mode !== 'offline',
      send: async (a) => {
        await Promise.resolve();
        this.sentAt.push(Date.now());
        if (this.mode === 'up') {
          this.saved.push(a.answerId);
          return { ok: true };
        }
        if (this.mode === 'offline') return { ok: false, code: 'network/offline', message: '' };
        return { ok: false, code: this.mode.code, message: 'no' };
      },
      onOutcome: (o) => this.outcomes.push(o.kind),
      rejoin: () => {
        this.rejoins += 1;
      },
    };
  }
}

describe('OutboxSender', () => {
  // the schemas the phone loads after its first screen (contracts.ts)
  beforeAll(() => loadContracts());

  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(0);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('keeps every answer through the database being away, survives a reload, and sends them all once the server saves again', async () => {
    const server = new FakeServer();
    const store = new MemoryStore();
    const phone = new OutboxSender(server.transport(), store, seeded(1));
    const first = answer(1);
    phone.enqueue(first);
    await jest.advanceTimersByTimeAsync(0);
    expect(server.saved).toEqual([first.answerId]);

    // the database goes away: the server hands answers back with answer/retry
    server.mode = { code: 'answer/retry' };
    const during = [answer(2), answer(3), answer(4)];
    for (const a of during) phone.enqueue(a);
    await jest.advanceTimersByTimeAsync(20_000);
    expect(phone.state.stalled).toBe('answer/retry');
    expect(phone.state.entries.map((e) => e.answer.answerId).sort()).toEqual(during.map((a) => a.answerId).sort());

    // the tab is reloaded during the outage: a new page reads the same storage
    phone.stop();
    const reloaded = new OutboxSender(server.transport(), store, seeded(2));
    expect(reloaded.state.entries.map((e) => e.answer.answerId).sort()).toEqual(during.map((a) => a.answerId).sort());
    reloaded.pump();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(server.saved).toEqual([first.answerId]);

    server.mode = 'up';
    await jest.advanceTimersByTimeAsync(RETRY_POLICY.capMs);
    expect(server.saved.slice(1).sort()).toEqual(during.map((a) => a.answerId).sort());
    expect(reloaded.state).toMatchObject({ entries: [], stalled: null });
    expect(store.raw).toBeNull();
    expect(server.outcomes).not.toContain('refused');
  });

  it('waits out a backoff with full jitter between tries, each within its doubling window', async () => {
    const server = new FakeServer();
    server.mode = { code: 'database/unavailable' };
    const phone = new OutboxSender(server.transport(), new MemoryStore(), seeded(7));
    phone.enqueue(answer(1));
    await jest.advanceTimersByTimeAsync(120_000);
    const gaps = server.sentAt.slice(1).map((t, i) => t - server.sentAt[i]!);
    expect(gaps.length).toBeGreaterThanOrEqual(6);
    gaps.forEach((gap, i) => expect({ retry: i + 1, withinWindow: gap <= Math.min(RETRY_POLICY.capMs, RETRY_POLICY.baseMs * 2 ** i) }).toEqual({ retry: i + 1, withinWindow: true }));
  });

  it('does not send a new answer at once while the server asks to wait', async () => {
    const server = new FakeServer();
    server.mode = { code: 'rate/limited' };
    const phone = new OutboxSender(server.transport(), new MemoryStore(), () => 0.99);
    phone.enqueue(answer(1));
    await jest.advanceTimersByTimeAsync(0);
    expect(server.sentAt).toHaveLength(1);
    phone.enqueue(answer(2));
    await jest.advanceTimersByTimeAsync(0);
    expect(server.sentAt).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(server.sentAt).toHaveLength(2);
  });

  it('drops only what the server refuses for good, and reports it', async () => {
    const server = new FakeServer();
    server.mode = { code: 'answer/locked' };
    const phone = new OutboxSender(server.transport(), new MemoryStore());
    phone.enqueue(answer(1));
    await jest.advanceTimersByTimeAsync(0);
    expect(phone.state.entries).toEqual([]);
    expect(server.outcomes).toEqual(['refused']);
  });

  it('joins again when the server no longer knows the connection, and keeps the answer meanwhile', async () => {
    const server = new FakeServer();
    server.mode = { code: 'participant/not-joined' };
    const phone = new OutboxSender(server.transport(), new MemoryStore(), () => 0.5);
    const a = answer(1);
    phone.enqueue(a);
    await jest.advanceTimersByTimeAsync(1000);
    expect(server.rejoins).toBe(1);
    server.mode = 'up';
    phone.pump(); // what a successful join does
    await jest.advanceTimersByTimeAsync(0);
    expect(server.saved).toEqual([a.answerId]);
  });

  it('sends nothing while offline, and everything at the next pump once back', async () => {
    const server = new FakeServer();
    server.mode = 'offline';
    const phone = new OutboxSender(server.transport(), new MemoryStore());
    phone.enqueue(answer(1));
    phone.enqueue(answer(2));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(server.sentAt).toEqual([]);
    server.mode = 'up';
    phone.pump();
    await jest.advanceTimersByTimeAsync(0);
    expect(server.saved).toHaveLength(2);
  });

  it('says when the answers would not survive a reload (storage refused)', async () => {
    const server = new FakeServer();
    server.mode = 'offline';
    const store = new MemoryStore();
    store.refuse = true;
    const phone = new OutboxSender(server.transport(), store);
    phone.enqueue(answer(1));
    await jest.advanceTimersByTimeAsync(0);
    expect(phone.state.persisted).toBe(false);
  });

  it('2,000 phones turned away together come back spread over the backoff window, not in one burst', async () => {
    const servers = Array.from({ length: 2000 }, () => new FakeServer());
    const phones = servers.map((s, i) => new OutboxSender(s.transport(), new MemoryStore(), seeded(1000 + i)));
    for (const s of servers) s.mode = { code: 'answer/retry' };
    // every phone sends at the same instant and is turned away
    for (const p of phones) p.enqueue(answer(1));
    await jest.advanceTimersByTimeAsync(30_000);
    for (const s of servers) s.mode = 'up';
    const back = 30_000;
    await jest.advanceTimersByTimeAsync(RETRY_POLICY.capMs + 1000);
    const arrivals = servers.map((s) => s.sentAt.at(-1)! - back);
    expect(servers.every((s) => s.saved.length === 1)).toBe(true);
    const perSecond = new Map<number, number>();
    for (const t of arrivals) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    // one burst would put all 2,000 in the first second; spread over ~20 s it is about 100 a second
    expect(Math.max(...perSecond.values())).toBeLessThan(250);
    expect(Math.max(...arrivals)).toBeGreaterThan(10_000);
  });
});
