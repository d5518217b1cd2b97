import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type TMailCatcher } from "@/scripts/lib/mail-catcher";
import { createTenant, createUser } from "../fixtures/tenants";

let catcher: TMailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.smtpUrl; // before anything parses the settings
  process.env.APP_URL = "https://stepwise.example.test";
});
afterAll(() => catcher.stop());

describe("invite lifecycle", () => {
  it("a revoked invite is refused; the list shows status, creator and date; all audited", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const { acceptInvite, createInvite, findInvite, listInvites, revokeInvite } =
      await import("@/lib/data/invites");
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const revoked = await createInvite(admin, { role: "MEMBER" }, NO_AUDIT_META);
    const used = await createInvite(admin, { role: "LEAD", teamId: t.teamId }, NO_AUDIT_META);
    const expired = await createInvite(admin, { role: "VIEWER" }, NO_AUDIT_META);
    const pending = await createInvite(admin, { role: "MEMBER" }, NO_AUDIT_META);
    expect(revoked.url).toBe(`https://stepwise.example.test/invite/${revoked.token}`);
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    await revokeInvite(admin, revoked.id, NO_AUDIT_META);
    await expect(revokeInvite(admin, revoked.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const user = await createUser("late");
    await expect(findInvite(revoked.token)).resolves.toBeNull();
    await expect(acceptInvite(user.id, revoked.token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await acceptInvite(user.id, used.token);

    const list = await listInvites(admin);
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(byId.get(revoked.id)?.status).toBe("revoked");
    expect(byId.get(used.id)).toMatchObject({ status: "used", teamName: "Team A" });
    expect(byId.get(expired.id)?.status).toBe("expired");
    expect(byId.get(pending.id)?.status).toBe("pending");
    const adminName = (await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).name;
    expect(list.every((i) => i.createdByName === adminName && i.createdAt instanceof Date)).toBe(true);

    // another org's admin cannot revoke it
    const other = await createTenant();
    const otherAdmin = await other.member("ADMIN");
    await expect(revokeInvite(otherAdmin, pending.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const member = await t.member("MEMBER");
    await expect(revokeInvite(member, pending.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const actions = await db.$queryRaw<Array<{ action: string; n: bigint }>>`
      SELECT action, count(*) AS n FROM audit_events WHERE organization_id = ${t.org.id} GROUP BY action ORDER BY action`;
    expect(actions.map((a) => [a.action, Number(a.n)])).toEqual([
      ["invite.accepted", 1],
      ["invite.created", 4],
      ["invite.revoked", 1],
    ]);
  });

  it("mails an invite to an address; only a verified account with that address may accept it", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const { acceptInvite, createInvite } = await import("@/lib/data/invites");
    const { sendEmailVerification, verifyEmail } = await import("@/lib/data/accounts/email-verification");
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const invitee = await createUser("invitee");
    const invite = await createInvite(
      admin,
      { role: "MEMBER", email: invitee.email.toUpperCase() },
      NO_AUDIT_META,
    );
    expect(invite.mailed).toBe(true);
    const mail = await catcher.waitFor((m) => m.to.includes(invitee.email));
    const orgName = (await db.organization.findUniqueOrThrow({ where: { id: t.org.id } })).name;
    expect(mail.subject).toContain(orgName);
    expect(mail.text).toContain(invite.url);
    expect(mail.html).toContain(invite.url);

    const someoneElse = await createUser("other");
    await db.user.update({ where: { id: someoneElse.id }, data: { emailVerified: new Date() } });
    await expect(acceptInvite(someoneElse.id, invite.token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // unverified address: refused until confirmed through the mailed link
    await expect(acceptInvite(invitee.id, invite.token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await sendEmailVerification(invitee.id);
    const verifyMail = await catcher.waitFor(
      (m) => m.to.includes(invitee.email) && m.subject.includes("Confirm"),
    );
    const token = /\/verify-email\/([\w-]+)/.exec(verifyMail.text)![1]!;
    await expect(verifyEmail(token)).resolves.toEqual({ email: invitee.email });
    await expect(verifyEmail(token)).resolves.toBeNull(); // single use
    await expect(acceptInvite(invitee.id, invite.token)).resolves.toEqual({ orgSlug: t.org.slug });
  });
});
