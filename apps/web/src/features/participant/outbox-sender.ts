import { Backoff, type TAnswerSubmit, type TErrorCode } from '@thinline/shared';
import { type Outbox, type SendOutcome, type SendReply, applyOutcome, enqueue, markAttempt, nextToSend, outcomeOf } from './outbox';

export interface OutboxTransport {
  /** true while the socket is connected and joined. */
  canSend: () => boolean;
  /** resolves with the server's ack, or with the phone's own code (timeout, offline): never rejects. */
  send: (answer: TAnswerSubmit) => Promise<SendReply>;
  /** told once per outcome. */
  onOutcome: (outcome: SendOutcome, answer: TAnswerSubmit) => void;
  /** the server does not know this connection as joined: join again (a successful join pumps the outbox). */
  rejoin: () => void;
}

/** Where the outbox is kept between page loads; `save` says whether it stuck. */
export interface OutboxStore {
  load: () => Outbox;
  save: (outbox: Outbox) => boolean;
}

export interface OutboxSnapshot {
  entries: Outbox;
  /** the answer on its way right now, if any. */
  inFlightId: string | null;
  /** the code of the last "try again later" (the server cannot save right now), until the server next decides an answer */
  stalled: TErrorCode | null;
  /** whether the waiting answers survive a reload (false while the browser refuses storage) */
  persisted: boolean;
}

/**
 * Sends the outbox: one answer at a time, in queue order, each change stored before
 * anything else happens. The server's reply decides by the shared table (outbox.ts):
 * saved and refused answers leave; a `retry` keeps the answer and pauses the queue for the
 * shared backoff with full jitter, so a room the server turned away comes back spread
 * over the backoff window, not at one instant; a `rejoin` joins again after the same wait.
 * A reconnect or a successful join calls `pump` again.
 */
export class OutboxSender {
  private snapshot: OutboxSnapshot;
  private pumping = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly backoff: Backoff;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly transport: OutboxTransport,
    private readonly store: OutboxStore,
    random: () => number = Math.random,
  ) {
    this.backoff = new Backoff(random);
    this.snapshot = { entries: store.load(), inFlightId: null, stalled: null, persisted: true };
  }

  get state(): OutboxSnapshot {
    return this.snapshot;
  }

  /** Told after every change of `state` (the shape React's useSyncExternalStore wants). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  enqueue(answer: TAnswerSubmit, now = Date.now()): void {
    this.update(enqueue(this.snapshot.entries, answer, now));
    // While the server asks to wait, a new answer waits its turn too: sending it at once
    // would undo the backoff for every phone that keeps answering through an outage.
    if (this.timer === null) this.pump();
  }

  /** Send what waits; a no-op while sending, stopped, or unable to send. Cuts a backoff wait short. */
  pump(): void {
    if (this.pumping || this.stopped) return;
    this.clearTimer();
    this.pumping = true;
    void this.run().finally(() => {
      this.pumping = false;
      this.set({ inFlightId: null });
    });
  }

  /** Sends nothing more until `start` (the page went away). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  start(): void {
    this.stopped = false;
  }

  private async run(): Promise<void> {
    for (;;) {
      const entry = nextToSend(this.snapshot.entries);
      if (!entry || this.stopped || !this.transport.canSend()) return;
      const { answer } = entry;
      this.update(markAttempt(this.snapshot.entries, answer.answerId));
      this.set({ inFlightId: answer.answerId });
      const reply = await this.transport.send(answer);
      const outcome = outcomeOf(answer.answerId, reply);
      this.update(applyOutcome(this.snapshot.entries, outcome));
      if (this.stopped) return;
      this.transport.onOutcome(outcome, answer);
      switch (outcome.kind) {
        case 'saved':
        case 'refused':
          // the server decided: it is there and taking answers
          this.backoff.reset();
          this.set({ stalled: null });
          continue;
        case 'retry':
          this.set({ stalled: outcome.code });
          this.later(() => this.pump());
          return;
        case 'rejoin':
          this.later(() => this.transport.rejoin());
          return;
      }
    }
  }

  private later(then: () => void): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) then();
    }, this.backoff.next());
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(entries: Outbox): void {
    if (entries === this.snapshot.entries) return;
    this.set({ entries, persisted: this.store.save(entries) });
  }

  private set(change: Partial<OutboxSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if ((Object.keys(change) as (keyof OutboxSnapshot)[]).every((k) => next[k] === this.snapshot[k])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
