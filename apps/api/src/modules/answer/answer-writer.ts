import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config.js';
import { isDatabaseDown } from '../../common/errors/database-errors.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { type AnswerOutcome, AnswerRepository, type AnswerRow } from './answer.repository.js';

interface Pending {
  row: AnswerRow;
  /** When this submission id was first queued (ms since epoch): its batch window starts then. */
  queuedAt: number;
  waiters: Waiter[];
}

interface Waiter {
  resolve: (o: AnswerOutcome) => void;
  reject: (e: unknown) => void;
}

/** How long a batch keeps retrying while the database is away before the writer hands its answers back. */
export const HOLD_MS = 8000;
/** While the database is away: how often the writer asks whether it is back. */
export const PROBE_MS = 1000;

export class WriteUnavailableError extends Error {}

/**
 * Collects answers from every connection of this process for a few milliseconds (or up
 * to a size cap) and writes them with one statement; each submitter's promise resolves
 * only after that statement committed. One batch is in flight at a time, so batches of
 * this process are ordered; repeats of one submission id inside a batch are merged.
 * Every answer waits at most one window (plus the statement in flight) and every batch
 * but a full one spans a whole window, so a busy room writes a statement per window,
 * not one per round trip.
 *
 * When the database goes away, a batch is held and retried for HOLD_MS (a restart or a
 * short failover then costs only latency). Past that the writer does not hold answers
 * longer: it hands the batch and everything queued behind it back at once, and refuses
 * new ones at once, until a probe every PROBE_MS finds the database back. The caller
 * answers those with `answer/retry` and the phone keeps the answer (in localStorage) and
 * sends it again with backoff. Holding longer here would not make an answer safer (it
 * would die with this process, which a phone's storage survives), it would keep
 * thousands of acknowledgements and sockets waiting, and it would make every batch queued
 * behind the first wait out its own window in turn.
 */
@Injectable()
export class AnswerWriter implements OnApplicationShutdown {
  private readonly logger = new Logger(AnswerWriter.name);
  private queue = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly batchMs: number;
  private readonly batchMax: number;
  private readonly committedListeners: ((rows: AnswerRow[], outcomes: AnswerOutcome[], settled: boolean) => void)[] = [];
  private readonly savingListeners: ((saving: boolean) => void)[] = [];
  /** set while the database is known to be away: writes are handed back at once */
  private away: { since: number; probe: NodeJS.Timeout | null } | null = null;

  constructor(
    private readonly repository: AnswerRepository,
    private readonly metrics: MetricsService,
    @Inject(CONFIG) config: Config,
  ) {
    this.batchMs = config.ANSWER_NAIVE ? 0 : config.ANSWER_BATCH_MS;
    this.batchMax = config.ANSWER_NAIVE ? 1 : config.ANSWER_BATCH_MAX;
  }

  /**
   * Runs after each committed batch, before any submitter is acknowledged; `settled`: no
   * answer is waiting for the next batch (a room's burst of answers is over).
   */
  onCommitted(listener: (rows: AnswerRow[], outcomes: AnswerOutcome[], settled: boolean) => void): void {
    this.committedListeners.push(listener);
  }

  /** Told `false` when the writer starts handing answers back, `true` once the database is back. */
  onSavingChanged(listener: (saving: boolean) => void): void {
    this.savingListeners.push(listener);
  }

  /** false while answers are handed back because the database is away */
  get saving(): boolean {
    return this.away === null;
  }

  write(row: AnswerRow): Promise<AnswerOutcome> {
    if (this.away) return Promise.reject(new WriteUnavailableError('database unavailable'));
    return new Promise((resolve, reject) => {
      const existing = this.queue.get(row.answerId);
      if (existing) existing.waiters.push({ resolve, reject });
      else this.queue.set(row.answerId, { row, queuedAt: Date.now(), waiters: [{ resolve, reject }] });
      if (this.queue.size >= this.batchMax) this.kick();
      else this.timer ??= setTimeout(() => this.kick(), this.batchMs);
    });
  }

  private kick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.flushing || this.queue.size === 0) return;
    this.flushing = this.writeNextBatch().finally(() => {
      this.flushing = null;
      this.scheduleRest();
    });
  }

  /**
   * After a batch: a full batch goes at once; otherwise what arrived meanwhile waits out
   * the rest of its window, so it is not written alone the moment the last one lands.
   */
  private scheduleRest(): void {
    const oldest = this.queue.values().next().value;
    if (!oldest) return;
    const wait = oldest.queuedAt + this.batchMs - Date.now();
    // a window already over (the answers arrived during the last statement) goes now, not a loop turn later
    if (this.queue.size >= this.batchMax || wait <= 0) this.kick();
    else this.timer ??= setTimeout(() => this.kick(), wait);
  }

  private async writeNextBatch(): Promise<void> {
    const batch = [...this.queue.values()].slice(0, this.batchMax);
    for (const p of batch) this.queue.delete(p.row.answerId);
    // Same lock order in every batch: no deadlocks between processes.
    batch.sort((a, b) => cmp(a.row.participantId, b.row.participantId) || cmp(a.row.concernId, b.row.concernId));
    try {
      await this.commit(batch);
    } catch (err) {
      if (err instanceof WriteUnavailableError) {
        // Everything queued behind this batch would wait out a window of its own in turn.
        const queued = [...this.queue.values()];
        this.queue.clear();
        for (const p of [...batch, ...queued]) this.settle(p, (w) => w.reject(err));
        this.markAway();
      } else if (batch.length === 1) {
        for (const p of batch) this.settle(p, (w) => w.reject(err));
      } else {
        // The database refused the statement for something in it, not for being away:
        // one bad row must not fail the other phones' answers batched with it.
        this.logger.error({ err }, `Answer batch of ${batch.length} refused; writing its answers one by one`);
        for (const p of batch) {
          try {
            await this.commit([p]);
          } catch (one) {
            this.settle(p, (w) => w.reject(one));
          }
        }
      }
    }
  }

  /** Writes one batch, tells the listeners, then resolves each submitter with its outcome. */
  private async commit(batch: Pending[]): Promise<void> {
    const writeTimer = this.metrics.answerWriteDuration.startTimer();
    const outcomes = await this.writeWithRetry(batch.map((p) => p.row)).finally(writeTimer);
    this.metrics.answerBatches.inc();
    this.metrics.answerBatchSize.observe(batch.length);
    for (const listener of this.committedListeners) {
      try {
        listener(
          batch.map((p) => p.row),
          outcomes,
          this.queue.size === 0,
        );
      } catch (err) {
        this.logger.error({ err }, 'After-commit listener failed');
      }
    }
    const byId = new Map(outcomes.map((o) => [o.answerId, o]));
    // Acknowledged once the next batch's statement is on its way (scheduleRest runs as this
    // returns): while a hall's burst is queued, PostgreSQL writes the next batch while this
    // process writes these acknowledgements, instead of one waiting for the other (issue 23,
    // the race benchmark). Queued from a microtask, so after what the listeners scheduled a
    // microtask later: the live tally applies the batch then, and the heatmap of a burst's
    // last batch goes to the presenters before its acknowledgements (LiveBroadcaster).
    void Promise.resolve().then(() => setImmediate(() => {
      for (const p of batch) {
        const outcome = byId.get(p.row.answerId);
        if (outcome?.applied) this.metrics.answersWritten.inc();
        this.settle(p, (w) => (outcome ? w.resolve(outcome) : w.reject(new Error('answer missing from batch result'))));
      }
    }));
  }

  /** Answers every submitter of one submission id, and times it from when it was queued. */
  private settle(p: Pending, answer: (waiter: Waiter) => void): void {
    this.metrics.answerAckDuration.observe((Date.now() - p.queuedAt) / 1000);
    for (const w of p.waiters) answer(w);
  }

  private async writeWithRetry(rows: AnswerRow[]): Promise<AnswerOutcome[]> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.repository.writeBatch(rows);
      } catch (err) {
        if (!isDatabaseDown(err) || Date.now() - started > HOLD_MS) {
          if (isDatabaseDown(err)) throw new WriteUnavailableError('database unavailable');
          throw err;
        }
        if (attempt === 0) this.logger.warn(`Database unavailable; holding ${rows.length} answers and retrying`);
        await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 2000)));
      }
    }
  }

  private markAway(): void {
    if (this.away) return;
    this.logger.warn(`Database still unavailable after ${HOLD_MS} ms; handing answers back to the phones until it answers again`);
    this.away = { since: Date.now(), probe: null };
    this.tellSaving(false);
    const probe = async (): Promise<void> => {
      const away = this.away;
      if (!away) return;
      try {
        await this.repository.reachable();
      } catch {
        away.probe = setTimeout(() => void probe(), PROBE_MS);
        return;
      }
      this.logger.log(`Database back after ${Date.now() - away.since} ms; saving answers again`);
      this.away = null;
      this.tellSaving(true);
    };
    this.away.probe = setTimeout(() => void probe(), PROBE_MS);
  }

  private tellSaving(saving: boolean): void {
    for (const listener of this.savingListeners) {
      try {
        listener(saving);
      } catch (err) {
        this.logger.error({ err }, 'Saving listener failed');
      }
    }
  }

  /** On shutdown, write what is queued before the database connection closes. */
  async onApplicationShutdown(): Promise<void> {
    if (this.away?.probe) clearTimeout(this.away.probe);
    while (this.flushing || this.queue.size > 0) {
      this.kick();
      await this.flushing;
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
