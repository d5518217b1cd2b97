/**
 * A bounded in-memory map with least-recently-used eviction and a time-to-live per entry, for small
 * process-local caches on hot paths (session decoding, immutable lookups). The clock is injected, so
 * expiry is unit-tested without waiting.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new Error("maxEntries must be at least 1");
  }

  /** The value, unless missing or expired; a hit becomes the most recently used entry. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry); // Map keeps insertion order: re-inserting marks it most recent.
    return entry.value;
  }

  /** Stores `value` for `ttlMs` (at most the cache's own TTL), evicting the least recently used entry when full. */
  set(key: K, value: V, ttlMs: number = this.ttlMs): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.now() + Math.min(ttlMs, this.ttlMs) });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
