/**
 * Digests against real PostgreSQL: the once-per-period run across concurrent workers (exactly one
 * digest per member and period, also when a lease runs out mid-run), the digest's data from submitted
 * assessments, the per-member setting and the signed one-click unsubscribe.
 */
import { describe, expect, it } from "vitest";
import type { TOrgRole } from "@/lib/authz/roles";
import type { TMailContent } from "@/lib/mail/templates";
import { createTenant, ensureModels } from "../fixtures/tenants";

const NOW = new Date("2026-12-01T06:00:00Z"); // monthly: November 2026; quarterly: 2026 Q3

type TSent = { to: string; content: TMailContent; headers: Record<string, string> };

function recorder(gate?: Promise<void>) {
  const sent: TSent[] = [];
  const send = async (to: string, content: TMailContent, headers: Readonly<Record<string, string>>) => {
    sent.push({ to, content, headers: { ...headers } });
    if (gate) await gate;
    return true;
  };
  return { sent, send };
}

/** A tenant whose members opted in (or not): returns their emails and membership ids by role. */
async function tenantWithSubscribers(frequencies: Array<["MONTHLY" | "QUARTERLY" | "OFF", TOrgRole]>) {
  const { db } = await import("@/lib/db");
  const { setDigestFrequency } = await import("@/lib/data/digests");
  const t = await createTenant();
  const members = [];
  for (const [frequency, role] of frequencies) {
    const ctx = await t.member(role);
    await setDigestFrequency(ctx, frequency);
    const user = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { email: true } });
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: ctx.orgId, userId: ctx.userId } },
      select: { id: true },
    });
    members.push({ ctx, email: user.email, membershipId: membership.id, frequency });
  }
  return { t, members };
}

const mine = (sent: TSent[], emails: string[]) => sent.filter((s) => emails.includes(s.to));

describe("digests", () => {
  it("two concurrent workers send exactly one digest per member and period", async () => {
    const { runDigests } = await import("@/lib/data/digests");
    const { members } = await tenantWithSubscribers([
      ["MONTHLY", "VIEWER"],
      ["MONTHLY", "ADMIN"],
      ["QUARTERLY", "VIEWER"],
      ["OFF", "ADMIN"],
    ]);
    const emails = members.map((m) => m.email);
    const a = recorder();
    const b = recorder();
    await Promise.all([
      runDigests({ now: NOW, worker: "worker-a", send: a.send }),
      runDigests({ now: NOW, worker: "worker-b", send: b.send }),
    ]);
    const all = [...mine(a.sent, emails), ...mine(b.sent, emails)];
    expect(all.map((s) => s.to).sort()).toEqual([emails[0], emails[1], emails[2]].sort());
    // The whole organization's (org, period) pair went to one worker.
    const monthly = all.filter((s) => s.content.subject.includes("November 2026"));
    expect(monthly).toHaveLength(2);
    expect(all.find((s) => s.to === emails[2])?.content.subject).toContain("2026 Q3");

    // Later runs (another instance, the CronJob) send nothing again for the same period...
    const c = recorder();
    await runDigests({ now: new Date(NOW.getTime() + 3600_000), worker: "worker-c", send: c.send });
    expect(mine(c.sent, emails)).toEqual([]);
    // ...and the next period is a new digest.
    const next = recorder();
    await runDigests({ now: new Date("2027-01-01T06:00:00Z"), worker: "worker-d", send: next.send });
    expect(
      mine(next.sent, emails)
        .map((s) => s.to)
        .sort(),
    ).toEqual(emails.slice(0, 3).sort());
  });

  it("a lease that runs out mid-run never sends a member's digest twice", async () => {
    const { runDigests } = await import("@/lib/data/digests");
    const { db } = await import("@/lib/db");
    const { t, members } = await tenantWithSubscribers([
      ["MONTHLY", "VIEWER"],
      ["MONTHLY", "VIEWER"],
      ["MONTHLY", "ADMIN"],
    ]);
    const emails = members.map((m) => m.email);
    let release!: () => void;
    const slow = recorder(new Promise<void>((r) => (release = r)));
    // Worker A takes the lease and blocks on its first mail...
    const runA = runDigests({ now: NOW, worker: "slow-a", send: slow.send, leaseMs: 60_000 });
    await expect.poll(() => mine(slow.sent, emails).length, { timeout: 10_000 }).toBe(1);
    // ...its lease runs out (as if it hung), and worker B takes over the organization's period.
    await db.digestRun.update({
      where: { organizationId_period: { organizationId: t.org.id, period: "2026-11" } },
      data: { leaseUntil: new Date(Date.now() - 1000) },
    });
    const fast = recorder();
    await runDigests({ now: NOW, worker: "fast-b", send: fast.send });
    release();
    await runA;
    const all = [...mine(slow.sent, emails), ...mine(fast.sent, emails)].map((s) => s.to).sort();
    expect(all).toEqual([...emails].sort());
    const rows = await db.digestDelivery.findMany({ where: { organizationId: t.org.id } });
    expect(rows.map((r) => `${r.period}:${r.status}`)).toEqual([
      "2026-11:SENT",
      "2026-11:SENT",
      "2026-11:SENT",
    ]);
  });

  it("a held lease makes another worker skip the organization", async () => {
    const { claimDigestRun } = await import("@/lib/data/digests");
    const { t } = await tenantWithSubscribers([["MONTHLY", "VIEWER"]]);
    expect(await claimDigestRun(t.org.id, "2026-11", "one", 60_000)).toBe(true);
    expect(await claimDigestRun(t.org.id, "2026-11", "two", 60_000)).toBe(false);
    expect(await claimDigestRun(t.org.id, "2026-10", "two", 60_000)).toBe(true);
  });

  it("the mail carries the one-click unsubscribe headers and link; the token works once per member", async () => {
    const { runDigests, unsubscribeDigest, getDigestFrequency } = await import("@/lib/data/digests");
    const { members } = await tenantWithSubscribers([
      ["MONTHLY", "VIEWER"],
      ["MONTHLY", "ADMIN"],
    ]);
    const rec = recorder();
    await runDigests({ now: NOW, worker: "unsub", send: rec.send });
    const [first, second] = members.map((m) => mine(rec.sent, [m.email])[0]!);
    expect(first!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const headerUrl = /^<(.+)>$/.exec(first!.headers["List-Unsubscribe"]!)![1]!;
    expect(headerUrl).toMatch(/^https?:\/\/[^/]+\/api\/digest\/unsubscribe\/[^/]+$/);
    const token = decodeURIComponent(headerUrl.split("/").pop()!);
    expect(first!.content.text).toContain(`/digest/unsubscribe/${token}`);
    expect(first!.content.html).toContain(`/digest/unsubscribe/${token}`);
    expect(first!.content.subject).toContain(members[0]!.ctx.orgName);

    // Tampered, truncated, or another member's signature: refused, nothing changes.
    const [id, sig] = token.split(".") as [string, string];
    const otherSig = decodeURIComponent(
      /^<(.+)>$/.exec(second!.headers["List-Unsubscribe"]!)![1]!.split("/").pop()!,
    ).split(".")[1]!;
    for (const bad of [
      `${id}.${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`,
      `${id}.${otherSig}`,
      id,
      `${id}.`,
      `${members[1]!.membershipId}.${sig}`,
    ])
      expect(await unsubscribeDigest(bad)).toBeNull();
    expect(await getDigestFrequency(members[0]!.ctx)).toBe("MONTHLY");
    expect(await getDigestFrequency(members[1]!.ctx)).toBe("MONTHLY");

    expect(await unsubscribeDigest(token)).toEqual({ orgName: members[0]!.ctx.orgName });
    expect(await getDigestFrequency(members[0]!.ctx)).toBe("OFF");
    expect(await getDigestFrequency(members[1]!.ctx)).toBe("MONTHLY");
    expect(await unsubscribeDigest(token)).toEqual({ orgName: members[0]!.ctx.orgName }); // again: no change
  });

  it("without a mail server nothing is sent or recorded", async () => {
    const { runDigests } = await import("@/lib/data/digests");
    const { env } = await import("@/lib/env");
    if (env().SMTP_URL) return; // the integration suite runs without SMTP_URL
    expect(await runDigests({ now: NOW })).toMatchObject({ skipped: "no-mailer", sent: 0 });
  });

  it("reads moves and stale teams from submitted assessments", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { saveAnswer, startAssessment, submitAssessment } = await import("@/lib/data/assessments");
    const { getModelDefinition } = await import("@/lib/data/models");
    const { loadDigest } = await import("@/lib/data/digests");
    const { lastCompletedPeriod } = await import("@/lib/digests/period");
    const { db } = await import("@/lib/db");
    const { tiny } = await ensureModels();
    const def = await getModelDefinition(tiny);
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const admin = await t.member("ADMIN");
    async function submit(teamId: string, ctx: typeof lead, option: number, at: string) {
      const { id } = await startAssessment(ctx, { teamId, modelId: tiny, title: `At ${at}` });
      for (const q of def.aspects.flatMap((a) => a.questions))
        await saveAnswer(ctx, id, {
          questionId: q.id,
          level: q.options[option]!.level,
          notSure: false,
          notes: "",
          evidenceUrl: "",
        });
      await submitAssessment(ctx, id, NO_AUDIT_META);
      await db.assessment.update({ where: { id }, data: { submittedAt: new Date(`${at}T12:00:00Z`) } });
      return id;
    }
    await submit(t.teamId, lead, 0, "2026-10-05");
    const later = await submit(t.teamId, lead, 1, "2026-11-20");
    await submit(t.otherTeamId, admin, 1, "2026-08-20"); // fresh on 1 Nov, stale (> 90 days) on 1 Dec
    const digest = await loadDigest({ id: t.org.id, name: "Org" }, lastCompletedPeriod("MONTHLY", NOW), NOW);
    expect(digest.movedUp.map((m) => [m.teamName, m.assessmentId])).toEqual([["Team A", later]]);
    expect(digest.movedUp[0]!.changes.length).toBeGreaterThan(0);
    expect(digest.movedDown).toEqual([]);
    expect(digest.goneStale.map((s) => s.teamName)).toEqual(["Team B"]);
  });
});
