import { jest } from '@jest/globals';
import type { Config } from '../../config/config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { AnswerWriter, HOLD_MS, PROBE_MS, WriteUnavailableError } from './answer-writer.js';
import type { AnswerOutcome, AnswerRepository, AnswerRow } from './answer.repository.js';

// The real statement is covered against PostgreSQL in test/participant.test.ts; this spec
// pins what only the writer decides: who is told what when a batch fails.

const row = (n: number, comment: string | null = null): AnswerRow => ({
  answerId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  sessionId: '01900000-0000-7000-8000-000000000001',
  participantId: `01900000-0000-7000-8000-${String(100 + n).padStart(12, '0')}`,
  concernId: '01900000-0000-7000-8000-000000000002',
  choice: 'nobody',
  owners: [],
  raci: null,
  answerKey: 'nobody',
  confidence: null,
  comment,
});

const outcome = (r: AnswerRow): AnswerOutcome => ({
  answerId: r.answerId,
  eligible: true,
  applied: true,
  round: 1,
  ownRole: 'other',
  concernId: r.concernId,
  answerKey: r.answerKey,
  confidence: null,
  previous: null,
  sessionStatus: 'live',
  concernState: 'open',
  answeringClosed: false,
});

/** Refuses a whole statement when any row in it is "poison", as PostgreSQL does with bytes it cannot store. */
class FakeRepository {
  statements: number[] = [];
  /** while true every query fails the way a refused TCP connection does */
  down = false;
  probes = 0;
  constructor(private readonly latencyMs = 0) {}
  async writeBatch(rows: AnswerRow[]): Promise<AnswerOutcome[]> {
    await (this.latencyMs ? new Promise((r) => setTimeout(r, this.latencyMs)) : Promise.resolve());
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    this.statements.push(rows.length);
    if (rows.some((r) => r.comment === 'poison')) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
    return rows.map(outcome);
  }
  async reachable(): Promise<void> {
    this.probes += 1;
    await Promise.resolve();
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }
}

function writer(repository: FakeRepository): AnswerWriter {
  const config = { ANSWER_NAIVE: false, ANSWER_BATCH_MS: 20, ANSWER_BATCH_MAX: 500 } as Config;
  return new AnswerWriter(repository as unknown as AnswerRepository, new MetricsService(), config);
}

describe('AnswerWriter', () => {
  it('sends the next batch\'s statement before acknowledging the batch just committed', async () => {
    const repository = new FakeRepository();
    const config = { ANSWER_NAIVE: false, ANSWER_BATCH_MS: 20, ANSWER_BATCH_MAX: 2 } as Config;
    const w = new AnswerWriter(repository as unknown as AnswerRepository, new MetricsService(), config);
    const seen: string[] = [];
    const write = repository.writeBatch.bind(repository);
    repository.writeBatch = (rows) => (seen.push(`statement of ${rows.length}`), write(rows));
    await Promise.all([1, 2, 3, 4].map((n) => w.write(row(n)).then(() => seen.push(`ack ${n}`))));
    expect(seen.slice(0, 3)).toEqual(['statement of 2', 'statement of 2', 'ack 1']);
  });

  it('writes answers that arrive together in one statement', async () => {
    const repository = new FakeRepository();
    const w = writer(repository);
    await Promise.all([w.write(row(1)), w.write(row(2)), w.write(row(3))]);
    expect(repository.statements).toEqual([3]);
  });

  it('one row the database refuses fails only its own submitter, not the answers batched with it', async () => {
    const repository = new FakeRepository();
    const w = writer(repository);
    const results = await Promise.allSettled([w.write(row(1)), w.write(row(2, 'poison')), w.write(row(3))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[0] as PromiseFulfilledResult<AnswerOutcome>).value).toMatchObject({ answerId: row(1).answerId, applied: true });
    // the batch, then each answer alone
    expect(repository.statements).toEqual([3, 1, 1, 1]);
  });

  describe('in a busy room', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('writes a statement per 20 ms window, not one per answer that lands while the last batch was written', async () => {
      const repository = new FakeRepository(5); // each statement takes 5 ms
      const w = writer(repository);
      const waited: number[] = [];
      const acks: Promise<unknown>[] = [];
      // 100 answers, one every 2 ms: 200 ms of a room answering at 500 per second.
      for (let n = 1; n <= 100; n++) {
        const sent = Date.now();
        acks.push(w.write(row(n)).then(() => waited.push(Date.now() - sent)));
        await jest.advanceTimersByTimeAsync(2);
      }
      await jest.advanceTimersByTimeAsync(50);
      await Promise.all(acks);
      expect(repository.statements.reduce((a, b) => a + b, 0)).toBe(100);
      // ten windows of 20 ms in 200 ms, so about 10 answers a statement
      expect(repository.statements.length).toBeLessThanOrEqual(11);
      // and nobody waits longer than one window and a statement for the acknowledgement
      expect(Math.max(...waited)).toBeLessThanOrEqual(20 + 5 + 5);
    });

    it('writes a full batch at once without waiting for the window', async () => {
      const repository = new FakeRepository();
      const config = { ANSWER_NAIVE: false, ANSWER_BATCH_MS: 20, ANSWER_BATCH_MAX: 10 } as Config;
      const w = new AnswerWriter(repository as unknown as AnswerRepository, new MetricsService(), config);
      const acks = Array.from({ length: 25 }, (_, n) => w.write(row(n + 1)));
      await jest.advanceTimersByTimeAsync(0);
      expect(repository.statements).toEqual([10, 10]);
      // the third batch's window, and the loop turn after its commit that acknowledges it
      await jest.advanceTimersByTimeAsync(21);
      await Promise.all(acks);
      expect(repository.statements).toEqual([10, 10, 5]);
    });
  });

  describe('while the database is away', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('holds a batch through a short outage and writes it once the database is back', async () => {
      const repository = new FakeRepository();
      const w = writer(repository);
      repository.down = true;
      const ack = w.write(row(1));
      await jest.advanceTimersByTimeAsync(3000);
      repository.down = false;
      await jest.advanceTimersByTimeAsync(2500);
      await expect(ack).resolves.toMatchObject({ answerId: row(1).answerId, applied: true });
      expect(w.saving).toBe(true);
    });

    it(`after ${HOLD_MS / 1000} s hands back the batch and everything queued behind it at once, then refuses new answers at once`, async () => {
      const repository = new FakeRepository();
      const config = { ANSWER_NAIVE: false, ANSWER_BATCH_MS: 20, ANSWER_BATCH_MAX: 2 } as Config;
      const w = new AnswerWriter(repository as unknown as AnswerRepository, new MetricsService(), config);
      const told: boolean[] = [];
      w.onSavingChanged((saving) => told.push(saving));
      repository.down = true;
      const settledAt: number[] = [];
      const started = Date.now();
      // five answers: the first batch of two is held, three queue behind it
      const acks = Array.from({ length: 5 }, (_, n) =>
        w.write(row(n + 1)).then(
          () => 'saved',
          (err: unknown) => (settledAt.push(Date.now() - started), err instanceof WriteUnavailableError ? 'handed back' : String(err)),
        ),
      );
      await jest.advanceTimersByTimeAsync(HOLD_MS + 2500);
      expect(await Promise.all(acks)).toEqual(Array(5).fill('handed back'));
      // all five within the first batch's hold, not one hold per batch
      expect(Math.max(...settledAt)).toBeLessThan(HOLD_MS + 2500);
      expect(Math.max(...settledAt) - Math.min(...settledAt)).toBe(0);
      expect(told).toEqual([false]);
      expect(w.saving).toBe(false);

      // while away: refused without touching the database
      const statementsBefore = repository.statements.length;
      await expect(w.write(row(6))).rejects.toBeInstanceOf(WriteUnavailableError);
      expect(repository.statements.length).toBe(statementsBefore);

      // a probe a second finds it back, and answers are saved again
      const probesBefore = repository.probes;
      await jest.advanceTimersByTimeAsync(PROBE_MS * 3);
      expect(repository.probes - probesBefore).toBe(3);
      repository.down = false;
      await jest.advanceTimersByTimeAsync(PROBE_MS);
      expect(told).toEqual([false, true]);
      const ack = w.write(row(7));
      await jest.advanceTimersByTimeAsync(21);
      await expect(ack).resolves.toMatchObject({ answerId: row(7).answerId, applied: true });
    });
  });
});
