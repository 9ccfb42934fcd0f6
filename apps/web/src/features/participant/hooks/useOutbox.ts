import type { TAnswerSubmit } from '@thinline/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type Outbox,
  type SendOutcome,
  type SendReply,
  applyOutcome,
  enqueue as enqueueEntry,
  markAttempt,
  nextToSend,
  outboxStorageKey,
  outcomeOf,
  parseOutbox,
  retryDelayMs,
  serializeOutbox,
} from '../outbox';
import { safeStorage } from '../storage';

export interface OutboxTransport {
  /** true while the socket is connected and joined. */
  canSend: () => boolean;
  /** resolves with the server's ack, or with an error reply (timeout, offline): never rejects. */
  send: (answer: TAnswerSubmit) => Promise<SendReply>;
  /** told once per final or retried outcome. */
  onOutcome: (outcome: SendOutcome, answer: TAnswerSubmit) => void;
}

export interface OutboxApi {
  entries: Outbox;
  /** the answer on its way right now, if any. */
  inFlightId: string | null;
  enqueue: (answer: TAnswerSubmit) => void;
  /** send what waits, one at a time, in order; a no-op while sending or unable to send. */
  pump: () => void;
}

/**
 * The outbox of one session on this phone: persisted on every change, sent one answer at
 * a time in order. A reply that asks for a retry pauses the queue with a growing delay;
 * a reconnect calls `pump` again at once.
 */
export function useOutbox(joinCode: string, transport: OutboxTransport): OutboxApi {
  const key = outboxStorageKey(joinCode);
  const [entries, setEntries] = useState<Outbox>(() => parseOutbox(safeStorage.get(key)));
  const [inFlightId, setInFlightId] = useState<string | null>(null);
  const outboxRef = useRef<Outbox>(entries);
  const transportRef = useRef(transport);
  const pumpingRef = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    transportRef.current = transport;
  });

  const update = useCallback(
    (change: (o: Outbox) => Outbox) => {
      const next = change(outboxRef.current);
      if (next === outboxRef.current) return;
      outboxRef.current = next;
      safeStorage.set(key, next.length > 0 ? serializeOutbox(next) : null);
      if (mounted.current) setEntries(next);
    },
    [key],
  );

  const pump = useCallback(() => {
    if (pumpingRef.current) return;
    if (retryTimer.current !== null) {
      clearTimeout(retryTimer.current);
      retryTimer.current = null;
    }
    pumpingRef.current = true;
    const run = async (): Promise<void> => {
      for (;;) {
        const entry = nextToSend(outboxRef.current);
        if (!entry || !mounted.current || !transportRef.current.canSend()) return;
        const { answer } = entry;
        update((o) => markAttempt(o, answer.answerId));
        setInFlightId(answer.answerId);
        const reply = await transportRef.current.send(answer);
        const outcome = outcomeOf(answer.answerId, reply);
        update((o) => applyOutcome(o, outcome));
        if (!mounted.current) return;
        transportRef.current.onOutcome(outcome, answer);
        if (outcome.kind === 'retry') {
          retryTimer.current = setTimeout(() => {
            retryTimer.current = null;
            pumpRef.current();
          }, retryDelayMs(entry.attempts + 1));
          return;
        }
      }
    };
    void run().finally(() => {
      pumpingRef.current = false;
      if (mounted.current) setInFlightId(null);
    });
  }, [update]);

  const pumpRef = useRef(pump);
  useEffect(() => {
    pumpRef.current = pump;
  }, [pump]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (retryTimer.current !== null) clearTimeout(retryTimer.current);
    };
  }, []);

  const enqueue = useCallback(
    (answer: TAnswerSubmit) => {
      update((o) => enqueueEntry(o, answer, Date.now()));
      pump();
    },
    [update, pump],
  );

  return { entries, inFlightId, enqueue, pump };
}
