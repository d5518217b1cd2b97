import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/cache/lru";

describe("LruCache", () => {
  it("evicts the least recently used entry when full", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("forgets entries after their time to live, capped by the cache's TTL", () => {
    let now = 1_000;
    const cache = new LruCache<string, string>(10, 500, () => now);
    cache.set("short", "x", 100);
    cache.set("long", "y", 10_000);
    now += 99;
    expect(cache.get("short")).toBe("x");
    now += 1;
    expect(cache.get("short")).toBeUndefined();
    now += 399;
    expect(cache.get("long")).toBe("y");
    now += 1;
    expect(cache.get("long")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("overwrites and deletes", () => {
    const cache = new LruCache<string, number>(1);
    cache.set("a", 1);
    cache.set("a", 2);
    expect(cache.get("a")).toBe(2);
    cache.delete("a");
    expect(cache.get("a")).toBeUndefined();
    expect(() => new LruCache(0)).toThrow();
  });
});
