/** How long the hot reads of a live room (its state, its revealed results) are shared. */
export const SHARED_READ_MS = 100;

/**
 * Reads that many callers ask for at once (a room of phones joining within seconds asks
 * for the same session's state hundreds of times a second). Callers arriving while a
 * read is in flight, or within `ttlMs` after it finished, share its result; a failed
 * read is not kept. `forget` drops a key, so the next caller reads afresh: call it
 * whenever this process changes or hears of a change to what the key reads.
 */
export class SharedReads<K, V> {
  private readonly reads = new Map<K, Promise<V>>();

  constructor(private readonly ttlMs: number) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const known = this.reads.get(key);
    if (known) return known;
    const read = load();
    this.reads.set(key, read);
    const drop = () => {
      if (this.reads.get(key) === read) this.reads.delete(key);
    };
    read.then(
      () => (this.ttlMs > 0 ? setTimeout(drop, this.ttlMs).unref() : drop()),
      drop,
    );
    return read;
  }

  forget(key: K): void {
    this.reads.delete(key);
  }
}
