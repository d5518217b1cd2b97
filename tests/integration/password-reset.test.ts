import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type TMailCatcher } from "@/scripts/lib/mail-catcher";
import { createUser } from "../fixtures/tenants";

let catcher: TMailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.smtpUrl; // before anything parses the settings
  process.env.APP_URL = "https://stepwise.example.test";
});
afterAll(() => catcher.stop());

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function mailedToken(email: string) {
  const mail = await catcher.waitFor((m) => m.to.includes(email) && m.subject.includes("Reset"));
  const match = /https:\/\/stepwise\.example\.test\/reset-password\/([\w-]+)/.exec(mail.text);
  expect(match).not.toBeNull();
  return { token: match![1]!, mail };
}

describe("password reset", () => {
  it("ends the sign-in lockout of that account from every address (issue 12 #2)", async () => {
    const { requestPasswordReset, resetPassword } = await import("@/lib/data/accounts/password-reset");
    const { SIGN_IN_LIMITS, signInWithPassword } = await import("@/lib/data/users");
    const user = await createUser("reset-lockout");
    const [mine, other] = [ip(), ip()];
    for (const from of [mine, other])
      for (let i = 0; i < SIGN_IN_LIMITS.ipEmail.limit; i += 1)
        await signInWithPassword(user.email, "typo", from);
    await expect(signInWithPassword(user.email, "x", mine)).resolves.toMatchObject({
      reason: "RATE_LIMITED",
    });
    await requestPasswordReset(user.email, mine);
    await resetPassword((await mailedToken(user.email)).token, "a-brand-new-password");
    for (const from of [mine, other])
      await expect(signInWithPassword(user.email, "a-brand-new-password", from)).resolves.toMatchObject({
        ok: true,
      });
  }, 60_000);

  it("mails a single-use link built from APP_URL; the new password works and old sessions end", async () => {
    const { db } = await import("@/lib/db");
    const { requestPasswordReset, resetPassword, findPasswordReset } =
      await import("@/lib/data/accounts/password-reset");
    const { authenticateUser, isSessionCurrent } = await import("@/lib/data/users");
    const user = await createUser("reset");
    await expect(requestPasswordReset(user.email.toUpperCase(), ip())).resolves.toEqual({ ok: true });
    const { token, mail } = await mailedToken(user.email);
    expect(mail.html).toContain(`/reset-password/${token}`);
    // only a hash is stored
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);
    await expect(findPasswordReset(token)).resolves.toEqual({ email: user.email });

    expect(await isSessionCurrent(user.id, 1)).toBe(true);
    await resetPassword(token, "a-brand-new-password");
    expect(await authenticateUser(user.email, "a-brand-new-password")).toMatchObject({ id: user.id });
    expect(await isSessionCurrent(user.id, 1)).toBe(false); // sessions issued before the reset end
    expect(await isSessionCurrent(user.id, 2)).toBe(true);

    // single use
    await expect(resetPassword(token, "yet-another-password")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findPasswordReset(token)).resolves.toBeNull();
    expect(await authenticateUser(user.email, "yet-another-password")).toBeNull();
  });

  it("refuses an expired link", async () => {
    const { db } = await import("@/lib/db");
    const { requestPasswordReset, resetPassword } = await import("@/lib/data/accounts/password-reset");
    const user = await createUser("expired");
    await requestPasswordReset(user.email, ip());
    const { token } = await mailedToken(user.email);
    await db.userToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword(token, "a-brand-new-password")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the link expires after one hour, and a new request replaces the old link", async () => {
    const { db } = await import("@/lib/db");
    const { requestPasswordReset, resetPassword } = await import("@/lib/data/accounts/password-reset");
    const user = await createUser("twice");
    await requestPasswordReset(user.email, ip());
    const first = await mailedToken(user.email);
    const row = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000 + 1000);

    catcher.mails.length = 0;
    await requestPasswordReset(user.email, ip());
    const second = await mailedToken(user.email);
    expect(second.token).not.toBe(first.token);
    await expect(resetPassword(first.token, "a-brand-new-password")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(resetPassword(second.token, "a-brand-new-password")).resolves.toEqual({ email: user.email });
  });

  it("answers the same for unknown addresses and sends nothing", async () => {
    const { requestPasswordReset } = await import("@/lib/data/accounts/password-reset");
    const before = catcher.mails.length;
    await expect(requestPasswordReset("nobody-here@test.stepwise.test", ip())).resolves.toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(catcher.mails.length).toBe(before);
  });

  it("limits requests per email address and per client IP", async () => {
    const { requestPasswordReset, RESET_LIMITS } = await import("@/lib/data/accounts/password-reset");
    const email = `limited-${Date.now()}@test.stepwise.test`;
    for (let i = 0; i < RESET_LIMITS.perEmail.limit; i += 1)
      expect((await requestPasswordReset(email, ip())).ok).toBe(true);
    expect(await requestPasswordReset(email, ip())).toMatchObject({ ok: false });

    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    for (let i = 0; i < RESET_LIMITS.perIp.limit; i += 1)
      expect((await requestPasswordReset(`x${i}-${Date.now()}@test.stepwise.test`, address)).ok).toBe(true);
    expect(await requestPasswordReset(`other-${Date.now()}@test.stepwise.test`, address)).toMatchObject({
      ok: false,
    });
  });

  it("mails in the account's language: German to a German user, English to an English one", async () => {
    const { db } = await import("@/lib/db");
    const { requestPasswordReset } = await import("@/lib/data/accounts/password-reset");
    const { setUserLocale } = await import("@/lib/data/users");
    const [german, english, unknown] = await Promise.all([
      createUser("reset-de"),
      createUser("reset-en"),
      createUser("reset-unknown"),
    ]);
    await setUserLocale(german.id, "de");
    await setUserLocale(english.id, "en");
    await setUserLocale(unknown.id, "xx"); // not a UI language: ignored
    expect((await db.user.findUniqueOrThrow({ where: { id: unknown.id } })).locale).toBeNull();

    // The request's language never overrides a stored one; it is the fallback for accounts without one.
    await requestPasswordReset(german.email, ip(), "en");
    await requestPasswordReset(english.email, ip(), "de");
    await requestPasswordReset(unknown.email, ip(), "ja");
    const mailTo = (email: string) => catcher.waitFor((m) => m.to.includes(email));
    const [de, en, ja] = await Promise.all([
      mailTo(german.email),
      mailTo(english.email),
      mailTo(unknown.email),
    ]);

    expect(de.subject).toBe("Setzen Sie Ihr Stepwise-Passwort zurück");
    expect(de.text).toContain("läuft in 60 Minuten ab");
    expect(de.text).toContain("Neues Passwort wählen: https://stepwise.example.test/reset-password/");
    expect(de.html).toContain('<html lang="de">');
    expect(en.subject).toBe("Reset your Stepwise password");
    expect(en.text).toContain("expires in 60 minutes");
    expect(en.text).toContain("Choose a new password: https://stepwise.example.test/reset-password/");
    expect(ja.subject).toBe("Stepwise のパスワードを再設定してください");
  });
});
