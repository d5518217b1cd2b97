import { describe, expect, it } from "vitest";
import * as passwords from "@/lib/passwords";

describe("argon2 concurrency cap (issue 12 #2)", () => {
  it("never runs more than MAX_CONCURRENT_HASHES at once, and refuses past the queue", async () => {
    const { hashPassword, verifyPassword, activeHashes, MAX_CONCURRENT_HASHES } = passwords;
    expect(MAX_CONCURRENT_HASHES).toBeGreaterThanOrEqual(1);
    const stored = await hashPassword("secret password");
    let peak = 0;
    let done = false;
    const sample = (async () => {
      while (!done) {
        peak = Math.max(peak, activeHashes());
        await new Promise((r) => setImmediate(r));
      }
    })();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => verifyPassword(stored, i % 2 ? "secret password" : "wrong")),
    );
    done = true;
    await sample;
    expect(results.filter(Boolean)).toHaveLength(4);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(activeHashes()).toBe(0);
  }, 60_000);

  it("refuses at once when too many are waiting", async () => {
    const { verifyPassword, MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES, PasswordHashingBusyError } = passwords;
    const stored = await passwords.hashPassword("x");
    const flood = Array.from({ length: MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES + 5 }, () =>
      verifyPassword(stored, "y").then(
        () => "checked",
        (err: unknown) => (err instanceof PasswordHashingBusyError ? "busy" : "error"),
      ),
    );
    const outcomes = await Promise.all(flood);
    expect(outcomes.filter((o) => o === "busy")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES);
  }, 180_000);
});
