import type { TAnswerSubmit } from '@thinline/shared';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { outboxStorageKey, parseOutbox, serializeOutbox } from '../outbox';
import { type OutboxSnapshot, OutboxSender, type OutboxTransport } from '../outbox-sender';
import { safeStorage } from '../storage';

export type { OutboxTransport } from '../outbox-sender';

export interface OutboxApi extends OutboxSnapshot {
  enqueue: (answer: TAnswerSubmit) => void;
  /** send what waits, one at a time, in order; a no-op while sending or unable to send. */
  pump: () => void;
}

/**
 * The outbox of one session on this phone (OutboxSender), kept in localStorage under the
 * join code. `transport` is read once: pass one that stays the same for the page's life.
 */
export function useOutbox(joinCode: string, transport: OutboxTransport): OutboxApi {
  const [sender] = useState(() => {
    const key = outboxStorageKey(joinCode);
    return new OutboxSender(transport, {
      load: () => parseOutbox(safeStorage.get(key)),
      save: (entries) => safeStorage.set(key, entries.length > 0 ? serializeOutbox(entries) : null),
    });
  });
  const snapshot = useSyncExternalStore(sender.subscribe, sender.getSnapshot);
  useEffect(() => {
    sender.start();
    return () => sender.stop();
  }, [sender]);

  const enqueue = useCallback((answer: TAnswerSubmit) => sender.enqueue(answer), [sender]);
  const pump = useCallback(() => sender.pump(), [sender]);
  return { ...snapshot, enqueue, pump };
}
