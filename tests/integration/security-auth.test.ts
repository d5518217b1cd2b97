import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pruneRateLimitBuckets } from "@/lib/data/rate-limit";
import { registerUser, signInWithPassword } from "@/lib/data/users";

const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@sec.test`;
let ipN = 0;
const ip = () => `198.51.${Math.floor(Math.random() * 250)}.${(ipN += 1) % 250}`;

describe("sign-in limits (issue 12 #2)", () => {
  it("an attacker's failures never lock the real user out of their own account", async () => {
    const email = uniqueEmail("admin");
    await registerUser({ email, name: "Admin", password: "the right password" }, { ip: ip() });
    const attacker = ip();
    for (let i = 0; i < 12; i += 1) await signInWithPassword(email, `guess ${i}`, attacker);
    // The attacker is now refused for this account …
    await expect(signInWithPassword(email, "the right password", attacker)).resolves.toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
    // … but the owner, from their own address, signs in with the right password.
    await expect(signInWithPassword(email, "the right password", ip())).resolves.toMatchObject({ ok: true });
  });

  it("limits failures per IP across many emails (password spraying)", async () => {
    const sprayer = ip();
    const results: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const r = await signInWithPassword(uniqueEmail(`spray${i}`), "Winter2026!", sprayer);
      results.push(r.ok ? "ok" : r.reason);
    }
    expect(results.filter((r) => r === "RATE_LIMITED").length).toBeGreaterThan(0);
    expect(results.indexOf("RATE_LIMITED")).toBeLessThanOrEqual(50);
    // Another address is unaffected.
    await expect(signInWithPassword(uniqueEmail("other"), "x", ip())).resolves.toMatchObject({
      reason: "INVALID_CREDENTIALS",
    });
  }, 120_000);

  it("a success clears the IP+email failure count", async () => {
    const email = uniqueEmail("clears");
    await registerUser({ email, name: "C", password: "the right password" }, { ip: ip() });
    const me = ip();
    for (let i = 0; i < 5; i += 1) await signInWithPassword(email, "typo", me);
    await expect(signInWithPassword(email, "the right password", me)).resolves.toMatchObject({ ok: true });
    const rows = await db.rateLimitBucket.findMany({ where: { key: { contains: email } } });
    expect(rows.every((r) => r.count === 0) || rows.length === 0).toBe(true);
  }, 60_000);
});

describe("sign-up limit (issue 12 #2)", () => {
  it("refuses more than the allowed sign-ups per IP in the window", async () => {
    const from = ip();
    const outcomes: string[] = [];
    for (let i = 0; i < 22; i += 1) {
      outcomes.push(
        await registerUser(
          { email: uniqueEmail(`su${i}`), name: "S", password: "a long password" },
          { ip: from },
        )
          .then(() => "ok")
          .catch((err: { code?: string }) => err.code ?? "error"),
      );
    }
    expect(outcomes.slice(0, 20).every((o) => o === "ok")).toBe(true);
    expect(outcomes.slice(20)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    // Another address can still sign up.
    await expect(
      registerUser({ email: uniqueEmail("su-other"), name: "S", password: "a long password" }, { ip: ip() }),
    ).resolves.toMatchObject({ name: "S" });
  }, 120_000);
});

describe("rate-limit buckets are pruned (issue 12 #12)", () => {
  it("deletes buckets whose window ended more than a day ago and keeps current ones", async () => {
    const old = `prune-old-${Date.now()}`;
    const fresh = `prune-fresh-${Date.now()}`;
    await db.rateLimitBucket.createMany({
      data: [
        { key: old, windowStart: new Date(Date.now() - 25 * 3600 * 1000), count: 3 },
        { key: fresh, windowStart: new Date(), count: 1 },
      ],
    });
    expect(await pruneRateLimitBuckets()).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimitBucket.findMany({ where: { key: { in: [old, fresh] } } });
    expect(left.map((b) => b.key)).toEqual([fresh]);
  });
});
